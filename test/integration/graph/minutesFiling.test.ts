import { meetingDifferences, mergeMeetings, textFromHtml } from '../../../src/domain/minutes';
import type { RunningEmulator } from '../../../src/emulator/server';
import { meetingColumns } from '../../../src/graph/listSchema';
import { createPlanningGateway } from '../../../src/graph/planningGateway';
import { SEED } from '../../../src/emulator/seed';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { LIST_NAMES, roundTrips, startGraph } from './support';

const meetingsList = { kind: 'meetings' as const, displayName: LIST_NAMES.meetings, columns: meetingColumns };

describe('filing the minutes in the meetings list (emulator)', () => {
  let emulator: RunningEmulator;
  afterEach(() => emulator?.close());

  it('files readable minutes, 12 present and the euro total in one round trip, and reloads them exactly', async () => {
    const graph = await startGraph('integration-minutes-filing');
    emulator = graph.emulator;
    const planning = createPlanningGateway(graph.lists, LIST_NAMES, SEED.distributionListMail);
    const planned = await planning.saveMeeting(plannedMeeting, undefined);

    let filed = planned;
    const trips = await roundTrips(emulator, async () => {
      filed = await planning.saveMeeting(heldMeeting, planned);
    });
    expect(trips.map((t) => `${t.method} ${t.response.status}`)).toEqual(['PATCH 200']);
    expect(filed.etag).not.toBe(planned.etag);

    const item = await graph.lists.getItem(meetingsList, filed.itemId);
    expect(item.fields).toMatchObject({ TpTeilnehmende: 12, TpKosten: 68.5, TpStatus: 'durchgeführt' });
    const minutes = textFromHtml(String(item.fields.TpProtokoll));
    expect(minutes).toContain('TOP 3: Aktuelles aus den Initiativen\nMehrere Initiativen suchen Fahrdienste');
    expect(minutes).toContain('Aufgaben\n• Checkliste verschicken – Miriam Albers – bis 30.04.2027');
    expect(minutes).toContain('12 anwesend.');
    expect(item.fields.TpKostenNotizen).toContain('Summe: 68,50\u00a0€');
    expect(item.fields.TpNaechstesTreffen).toBe('2027-06-15T13:00:00Z');

    const reloaded = await planning.getMeeting(filed.itemId);
    expect(reloaded?.meeting).toEqual(heldMeeting);
    expect(reloaded).toMatchObject({ participants: 12, costCents: 6850, nextMeetingDate: '2027-06-15' });
  });

  it('meets a colleague’s change with a 412, shows what differs and saves the merge', async () => {
    const graph = await startGraph('integration-minutes-conflict');
    emulator = graph.emulator;
    const planning = createPlanningGateway(graph.lists, LIST_NAMES, SEED.distributionListMail);
    const first = await planning.saveMeeting(heldMeeting, undefined);
    const colleague = { ...heldMeeting, minutes: { ...heldMeeting.minutes!, decisions: [] } };
    const theirs = await planning.saveMeeting(colleague, first);

    const mine = { ...heldMeeting, expenses: heldMeeting.expenses!.slice(0, 1) };
    await expect(planning.saveMeeting(mine, first)).rejects.toMatchObject({
      code: 'conflict',
      details: { status: 412 },
    });

    const current = await planning.getMeeting(theirs.itemId);
    expect(current?.etag).toBe(theirs.etag);
    const stored = current!.meeting!;
    expect(meetingDifferences(mine, stored).map((d) => d.label)).toEqual(['Beschlüsse', 'Ausgaben']);
    const merged = mergeMeetings(mine, stored);
    const saved = await planning.saveMeeting(merged, { itemId: theirs.itemId, etag: current!.etag });
    const after = await planning.getMeeting(saved.itemId);
    expect(after?.meeting?.expenses).toHaveLength(3);
    expect(after?.meeting?.minutes?.decisions).toHaveLength(1);
  });
});
