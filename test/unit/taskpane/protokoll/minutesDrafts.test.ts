import { createBrowserStore } from '../../../../src/office/browserStore';
import { readDraft, writeDraft } from '../../../../src/taskpane/hooks/draftStore';
import { minutesDraftKind } from '../../../../src/taskpane/protokoll/minutesDrafts';

const KEY = 'treffpunkt.protokoll.entwurf';

describe('the minutes forms kept on this device', () => {
  it("keeps each meeting's typed text apart under the key the add-in has always used", async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, minutesDraftKind, { walkInName: 'Petra Lindner' }, 'm1');
    await writeDraft(store, minutesDraftKind, { nextDate: '2027-06-15' }, 'm2');
    expect(store.read(KEY)).toEqual({ m1: { walkInName: 'Petra Lindner' }, m2: { nextDate: '2027-06-15' } });
    expect(readDraft(store, minutesDraftKind, 'm1')).toEqual({ walkInName: 'Petra Lindner' });
  });

  it('drops a meeting whose forms are empty again, the others stay', async () => {
    const store = createBrowserStore(null);
    await writeDraft(store, minutesDraftKind, { walkInName: 'Petra Lindner' }, 'm1');
    await writeDraft(store, minutesDraftKind, { nextDate: '2027-06-15' }, 'm2');
    await writeDraft(store, minutesDraftKind, { walkInName: '', walkInAddress: '' }, 'm1');
    expect(store.read(KEY)).toEqual({ m2: { nextDate: '2027-06-15' } });
  });

  it('reads back only typed text of the four fields (empty, foreign and broken values are ignored)', async () => {
    const store = createBrowserStore(null);
    await store.write(KEY, {
      m1: { walkInName: 'Ali Rahimi', walkInInitiative: '', walkInAddress: 42, nextDate: '2027-06-15', x: 'y' },
      m2: 'kaputt',
    });
    expect(readDraft(store, minutesDraftKind, 'm1')).toEqual({ walkInName: 'Ali Rahimi', nextDate: '2027-06-15' });
    expect(readDraft(store, minutesDraftKind, 'm2')).toEqual({});
    expect(readDraft(store, minutesDraftKind, 'm3')).toBeUndefined();
  });
});
