import { createBrowserStore } from '../../../../src/office/browserStore';
import { type DraftKind, readDraft, removeDraft, writeDraft } from '../../../../src/taskpane/hooks/draftStore';
import { planDraftKind, readPlanDraft, writePlanDraft } from '../../../../src/taskpane/meeting/planDraft';
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
    expect(store.read('test.notizen')).toEqual({});
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
  it('keeps the open meeting once for the device, under the key and in the shape it always had', async () => {
    const store = createBrowserStore(null);
    const draft = { meeting: plannedMeeting, ref: { itemId: '9', etag: '"1"' }, dirty: true };
    await writePlanDraft(store, draft);
    expect(planDraftKind.scoped).toBeFalsy();
    expect(store.read('treffpunkt.planen.entwurf')).toEqual(draft);
    expect(readPlanDraft(store)).toEqual(draft);
  });

  it('ignores a stored value without a meeting id', async () => {
    const store = createBrowserStore(null);
    for (const value of [{ dirty: true }, { meeting: {}, dirty: true }, { meeting: { id: 7 } }, 'entwurf']) {
      await store.write('treffpunkt.planen.entwurf', value);
      expect(readPlanDraft(store)).toBeUndefined();
    }
  });
});
