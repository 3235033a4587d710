import type { Meeting } from '../../../src/domain/planning';
import type { RunningEmulator } from '../../../src/emulator/server';
import { createBrowserStore } from '../../../src/office/browserStore';
import { createPlanSync, type PlanSync } from '../../../src/taskpane/meeting/planSync';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { journal, setFaults, startGraph } from './support';

/** The version number of a list item's etag ("{guid},N"). */
const version = (etag: string) => Number(/,(\d+)"?$/.exec(etag)?.[1]);

/** Resolves once the save has come to rest: saved, or a conflict whose differences were read. */
function atRest(sync: PlanSync): Promise<ReturnType<PlanSync['getState']>['sync']> {
  return new Promise((resolve) => {
    const check = () => {
      const { sync: now } = sync.getState();
      if (now.status === 'saved' || (now.status === 'conflict' && now.differences !== 'reading')) {
        unsubscribe();
        resolve(now);
      }
    };
    const unsubscribe = sync.subscribe(check);
  });
}

/**
 * An update of the open meeting that SharePoint carried out but whose answer was lost: sent again with
 * the same If-Match, it meets 412 against its own version. The pane reads that version, finds it is
 * the meeting as it stands here, and takes it as saved: no question to the user, nothing written twice.
 */
describe('lost answer of a meeting update (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it.each(['504', 'drop'] as const)('ends saved, written once, without asking (%s)', async (as) => {
    const graph = await startGraph(`integration-lost-update-${as}`);
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    const first = await graph.gateway.planning.saveMeeting(plannedMeeting, undefined);
    const changed: Meeting = { ...plannedMeeting, speaker: { ...plannedMeeting.speaker, topic: 'Wohnraum' } };
    const sync = createPlanSync({
      planning: graph.gateway.planning,
      drafts: createBrowserStore(null),
      now: () => new Date(),
    });
    sync.setDraft({ meeting: changed, ref: { itemId: first.itemId, etag: first.etag }, dirty: true });
    const before = (await journal(emulator)).length;
    await setFaults(emulator, {
      lostAnswers: [{ method: 'PATCH', path: '/items/[^/]+/fields$', regex: true, as, times: 1 }],
    });

    const rest = atRest(sync);
    sync.scheduleSave(0);
    expect(await rest).toEqual({ status: 'saved', at: expect.any(String) });
    sync.dispose();

    // The one PATCH carried out lost its answer (504, or not journaled when dropped); the one sent again
    // was refused (412). No further PATCH: the pane took SharePoint's version as its own.
    const patches = (await journal(emulator)).slice(before).filter((e) => e.method === 'PATCH');
    expect(patches.map((p) => p.response.status)).toEqual(as === '504' ? [504, 412] : [412]);
    const listed = await graph.gateway.planning.getMeeting(first.itemId);
    expect(listed?.meeting).toEqual(changed);
    // Written once: the item's version went up by one.
    expect(version(listed!.etag)).toBe(version(first.etag) + 1);
    expect(sync.getState().draft).toEqual({
      meeting: changed,
      ref: { itemId: first.itemId, etag: listed?.etag },
      dirty: false,
    });
  });
});
