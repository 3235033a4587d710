import { createBrowserStore } from '../../../../src/office/browserStore';
import type { KeyValueStore } from '../../../../src/office/roamingStore';
import { type ExpenseFormDrafts, expenseFormDrafts } from '../../../../src/taskpane/ausgaben/expenseFormDrafts';
import { readDraft, writeDraft } from '../../../../src/taskpane/hooks/draftStore';

/** A meeting's drafts as the forms start with them (none: empty forms). */
const readFormDrafts = (store: KeyValueStore, meetingId: string) =>
  readDraft(store, expenseFormDrafts, meetingId) ?? {};
const writeFormDrafts = (store: KeyValueStore, meetingId: string, drafts: ExpenseFormDrafts) =>
  writeDraft(store, expenseFormDrafts, drafts, meetingId);

const draft = (id: string, amountText = '12.5x') => ({
  id,
  category: 'Raum',
  description: 'Saalmiete',
  amountText,
  paidBy: '',
  receiptNumber: '',
});

describe('the Ausgaben forms kept on this device', () => {
  it("keeps each meeting's drafts apart and drops a meeting without drafts", async () => {
    const store = createBrowserStore(null);
    await writeFormDrafts(store, 'm1', { add: draft('n1') });
    await writeFormDrafts(store, 'm2', { edits: { l1: draft('l1', '40,00') } });
    expect(readFormDrafts(store, 'm1')).toEqual({ add: draft('n1') });
    expect(readFormDrafts(store, 'm2')).toEqual({ edits: { l1: draft('l1', '40,00') } });

    await writeFormDrafts(store, 'm1', { edits: {} });
    expect(readFormDrafts(store, 'm1')).toEqual({});
    expect(store.read('treffpunkt.ausgaben.entwurf')).toEqual({ m2: { edits: { l1: draft('l1', '40,00') } } });
  });

  it('ignores what is not a draft (an older or damaged entry)', async () => {
    const store = createBrowserStore(null);
    await store.write('treffpunkt.ausgaben.entwurf', {
      m1: { add: { id: 'n1', amountText: 12 }, edits: { l1: draft('l2'), l3: draft('l3'), l4: 'x' } },
    });
    expect(readFormDrafts(store, 'm1')).toEqual({ edits: { l3: draft('l3') } });
    expect(readFormDrafts(store, 'other')).toEqual({});
  });
});
