import type { ListedMeeting } from '../../../../src/domain/lists';
import { createBrowserStore } from '../../../../src/office/browserStore';
import {
  keptPlanDrafts,
  readPlanDraft,
  unsavedWork,
  withOpenMeeting,
  writePlanDraft,
} from '../../../../src/taskpane/meeting/planDraft';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const listed = (itemId: string, etag: string, date: string): ListedMeeting => ({
  itemId,
  etag,
  webUrl: `https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/${itemId}_.000`,
  date,
  status: 'protokolliert',
  venueName: '',
});

describe('withOpenMeeting', () => {
  const opened = [listed('3', '"1"', '2026-09-15'), listed('7', '"3"', heldMeeting.date)];

  it('shows the open meeting as saved last: its etag, its costs and count, its web address kept', () => {
    const meetings = withOpenMeeting(
      opened,
      { meeting: heldMeeting, ref: { itemId: '7', etag: '"5"' }, dirty: false },
      undefined,
    );
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toBe(opened[0]);
    expect(meetings[1]).toMatchObject({
      itemId: '7',
      etag: '"5"',
      webUrl: opened[1]!.webUrl,
      status: heldMeeting.status,
      meeting: heldMeeting,
      participants: 12,
    });
    expect(meetings[1]!.costCents).toBeGreaterThan(0);
  });

  it('adds a meeting created in this session, and leaves the list alone without a list item', () => {
    const created = withOpenMeeting(
      opened,
      { meeting: plannedMeeting, ref: { itemId: '9', etag: '"1"' }, dirty: false },
      undefined,
    );
    expect(created.map((m) => m.itemId)).toEqual(['3', '7', '9']);
    expect(withOpenMeeting(opened, { meeting: plannedMeeting, dirty: true }, undefined)).toEqual(opened);
  });
});

describe('plan drafts on this device: one per tab, only while SharePoint has not got them', () => {
  const withNote = (text: string) => ({
    ...heldMeeting,
    minutes: { ...heldMeeting.minutes!, notes: { ...heldMeeting.minutes!.notes, [text]: text } },
  });

  it('keeps each tab’s unsaved draft under its own key, so two tabs never write over each other', async () => {
    const store = createBrowserStore(null);
    await writePlanDraft(store, { meeting: withNote('A'), dirty: true }, 'tab-a');
    await writePlanDraft(store, { meeting: withNote('B'), dirty: true }, 'tab-b');
    expect(readPlanDraft(store, 'tab-a')?.meeting.minutes?.notes.A).toBe('A');
    expect(readPlanDraft(store, 'tab-b')?.meeting.minutes?.notes.B).toBe('B');
    expect(
      keptPlanDrafts(store)
        .map((k) => k.key)
        .sort(),
    ).toEqual(['treffpunkt.planen.entwurf.tab-a', 'treffpunkt.planen.entwurf.tab-b']);
  });

  it('removes a tab’s draft once SharePoint has it', async () => {
    const store = createBrowserStore(null);
    await writePlanDraft(store, { meeting: plannedMeeting, dirty: true }, 'tab-a');
    await writePlanDraft(store, { meeting: plannedMeeting, ref: { itemId: '9', etag: '"2"' }, dirty: false }, 'tab-a');
    expect(store.keys()).toEqual([]);
    expect(keptPlanDrafts(store)).toEqual([]);
  });

  it('gives the unsaved work one draft per meeting, newest first, merging what several tabs left of one', () => {
    const kept = [
      { key: 'k1', draft: { meeting: withNote('A'), ref: { itemId: '7', etag: '"3"' }, dirty: true, changedAt: '1' } },
      { key: 'k2', draft: { meeting: { ...plannedMeeting, id: 'm-next' }, dirty: true, changedAt: '3' } },
      { key: 'k3', draft: { meeting: withNote('B'), ref: { itemId: '7', etag: '"3"' }, dirty: true, changedAt: '2' } },
      { key: 'k4', draft: { meeting: heldMeeting, dirty: false } },
    ];
    const work = unsavedWork(kept);
    expect(work.map((w) => w.draft.meeting.id)).toEqual(['m-next', heldMeeting.id]);
    expect(work[1]!.keys).toEqual(['k1', 'k3']);
    expect(work[1]!.draft.meeting.minutes?.notes).toMatchObject({ A: 'A', B: 'B' });
    expect(work[1]!.draft).toMatchObject({ ref: { itemId: '7', etag: '"3"' }, dirty: true, changedAt: '2' });
  });
});
