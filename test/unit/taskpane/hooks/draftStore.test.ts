import { createBrowserStore } from '../../../../src/office/browserStore';
import { expenseFormDrafts } from '../../../../src/taskpane/ausgaben/expenseFormDrafts';
import {
  type DraftKind,
  MEETING_DRAFT_KEYS,
  readDraft,
  removeAllFor,
  removeDraft,
  writeDraft,
} from '../../../../src/taskpane/hooks/draftStore';
import { planDraftKind, readPlanDraft, writePlanDraft } from '../../../../src/taskpane/meeting/planDraft';
import { minutesDraftKind } from '../../../../src/taskpane/protokoll/minutesDrafts';
import { settingsDraftKind } from '../../../../src/taskpane/einstellungen/keptSettingsDraft';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

interface Note {
  text: string;
}

const parse = (value: unknown): Note | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Note).text === 'string' ? (value as Note) : undefined;

const once: DraftKind<Note> = { key: 'test.notiz', parse, isEmpty: (note) => note.text === '' };
const perMeeting: DraftKind<Note> = { ...once, key: 'test.notizen', scoped: true };

describe('draftStore: one draft in all (unscoped)', () => {
  it('keeps the draft under its key and reads it back', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, once, { text: 'Wohnraum' });
    expect(store.read('test.notiz')).toEqual({ text: 'Wohnraum' });
    expect(readDraft(store, once)).toEqual({ text: 'Wohnraum' });
  });

  it('removes an empty draft instead of keeping it, and on request', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, once, { text: 'Wohnraum' });
    await writeDraft(store, once, { text: '' });
    expect(readDraft(store, once)).toBeUndefined();
    await writeDraft(store, once, { text: 'Arbeit' });
    await removeDraft(store, once);
    expect(readDraft(store, once)).toBeUndefined();
  });

  it('ignores a broken or foreign value', async () => {
    const store = createBrowserStore(null);
    for (const value of [42, 'Wohnraum', [], { text: 7 }]) {
      await store.write('test.notiz', value);
      expect(readDraft(store, once)).toBeUndefined();
    }
  });
});

describe('draftStore: a draft per scope', () => {
  it('keeps each scope’s draft beside the others', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, perMeeting, { text: 'März' }, 'm-03');
    await writeDraft(store, perMeeting, { text: 'Juni' }, 'm-06');
    expect(readDraft(store, perMeeting, 'm-03')).toEqual({ text: 'März' });
    expect(readDraft(store, perMeeting, 'm-06')).toEqual({ text: 'Juni' });
    expect(readDraft(store, perMeeting, 'm-09')).toBeUndefined();
  });

  it('removes one scope’s draft (empty, or on request) and leaves the others', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, perMeeting, { text: 'März' }, 'm-03');
    await writeDraft(store, perMeeting, { text: 'Juni' }, 'm-06');
    await writeDraft(store, perMeeting, { text: '' }, 'm-03');
    expect(store.read('test.notizen')).toEqual({ 'm-06': { text: 'Juni' } });
    await removeDraft(store, perMeeting, 'm-06');
    expect(store.read('test.notizen')).toBeNull();
    expect(store.keys()).toEqual([]);
  });

  it('ignores a broken store value and a broken scope', async () => {
    const store = createBrowserStore(null);
    await store.write('test.notizen', ['not', 'a', 'record']);
    expect(readDraft(store, perMeeting, 'm-03')).toBeUndefined();
    await writeDraft(store, perMeeting, { text: 'Juni' }, 'm-06');
    expect(store.read('test.notizen')).toEqual({ 'm-06': { text: 'Juni' } });
    await store.write('test.notizen', { 'm-03': { text: null }, 'm-06': { text: 'Juni' } });
    expect(readDraft(store, perMeeting, 'm-03')).toBeUndefined();
    expect(readDraft(store, perMeeting, 'm-06')).toEqual({ text: 'Juni' });
  });
});

describe('the plan draft kind', () => {
  it('keeps the open meeting, unsaved, under the key and in the shape it always had (one per tab)', async () => {
    const store = createBrowserStore(null);
    const draft = { meeting: plannedMeeting, ref: { itemId: '9', etag: '"1"' }, dirty: true };
    await writePlanDraft(store, draft);
    expect(planDraftKind.scoped).toBeFalsy();
    expect(store.read('treffpunkt.planen.entwurf')).toEqual(draft);
    expect(readPlanDraft(store)).toEqual(draft);
    await writePlanDraft(store, draft, 'tab-1');
    expect(store.read('treffpunkt.planen.entwurf.tab-1')).toEqual(draft);
  });

  it('ignores a stored value without a meeting id', async () => {
    const store = createBrowserStore(null);
    for (const value of [{ dirty: true }, { meeting: {}, dirty: true }, { meeting: { id: 7 } }, 'entwurf']) {
      await store.write('treffpunkt.planen.entwurf', value);
      expect(readPlanDraft(store)).toBeUndefined();
    }
  });
});

describe('a meeting’s form drafts leave the device together', () => {
  it('lists the key of every kind kept per meeting', () => {
    const scoped = [minutesDraftKind, expenseFormDrafts, settingsDraftKind, planDraftKind].filter((k) => k.scoped);
    expect([...MEETING_DRAFT_KEYS].sort()).toEqual(scoped.map((k) => k.key).sort());
  });

  it('removes one meeting’s drafts of every kind, the other meetings’ stay', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, minutesDraftKind, { walkInName: 'Petra Lindner' }, 'm1');
    await writeDraft(store, minutesDraftKind, { walkInName: 'Ali Rahimi' }, 'm2');
    const line = {
      id: 'n1',
      category: 'Raum',
      description: 'Saalmiete',
      amountText: '40',
      paidBy: '',
      receiptNumber: '',
    };
    await writeDraft(store, expenseFormDrafts, { add: line }, 'm1');
    await removeAllFor(store, 'm1');
    expect(readDraft(store, minutesDraftKind, 'm1')).toBeUndefined();
    expect(readDraft(store, minutesDraftKind, 'm2')).toEqual({ walkInName: 'Ali Rahimi' });
    expect(store.keys()).toEqual(['treffpunkt.protokoll.entwurf']);
  });
});
