import { AppError } from '../../../../src/domain/appError';
import type { Meeting } from '../../../../src/domain/planning';
import type { ItemRef, ListedMeeting, SavedItem } from '../../../../src/domain/lists';
import type { FilingSettings } from '../../../../src/domain/settings';
import { createBrowserStore } from '../../../../src/office/browserStore';
import { readPlanDraft } from '../../../../src/taskpane/meeting/planDraft';
import type { MeetingStore } from '../../../../src/taskpane/meeting/planSave';
import {
  createPlanSync,
  MINUTES_SAVE_DELAY_MS,
  type PlanSyncDeps,
  RETRY_DELAY_MS,
  SAVE_DELAY_MS,
} from '../../../../src/taskpane/meeting/planSync';
import { finalizeMinutes } from '../../../../src/domain/minutes';
import type { TabChannel } from '../../../../src/office/tabChannel';
import { readDraft, writeDraft } from '../../../../src/taskpane/hooks/draftStore';
import { minutesDraftKind } from '../../../../src/taskpane/protokoll/minutesDrafts';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const at = new Date('2027-03-16T16:00:00Z');
const ref9 = (etag: string): ItemRef => ({ itemId: '9', etag });
const withTopic = (meeting: Meeting, topic: string): Meeting => ({
  ...meeting,
  speaker: { ...meeting.speaker, topic },
});

/** The colleague's version of item 9 as the list returns it. */
const listed = (meeting: Meeting, etag: string): ListedMeeting => ({
  itemId: '9',
  etag,
  webUrl: '',
  date: meeting.date,
  status: meeting.status,
  venueName: '',
  meeting,
});

/** A fake of the gateway's meeting calls: saves answer item 9 with the next etag unless told otherwise. */
function fakeStore(overrides: Partial<MeetingStore> = {}) {
  let etag = 1;
  return {
    saveMeeting: jest.fn<Promise<SavedItem>, Parameters<MeetingStore['saveMeeting']>>(async () => ref9(`"${++etag}"`)),
    getMeeting: jest.fn<Promise<ListedMeeting | undefined>, [string]>(async () => undefined),
    findMeeting: jest.fn<Promise<ListedMeeting | undefined>, [string]>(async () => undefined),
    ...overrides,
  };
}

function setup(options: { store?: Partial<MeetingStore>; deps?: Partial<PlanSyncDeps> } = {}) {
  const planning = fakeStore(options.store);
  const drafts = createBrowserStore(null);
  const sync = createPlanSync({ planning, drafts, now: () => at, ...options.deps });
  return { planning, drafts, sync, state: () => sync.getState() };
}

/** Lets the timers and the promises they start run. */
const wait = (ms: number) => jest.advanceTimersByTimeAsync(ms);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('planSync: saving', () => {
  it('keeps every change on this device at once and saves it to the list after a pause in typing', async () => {
    const { planning, drafts, sync, state } = setup();
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: false });
    sync.update((m) => withTopic(m, 'Wohnraum'));
    expect(readPlanDraft(drafts)).toMatchObject({ dirty: true, meeting: { speaker: { topic: 'Wohnraum' } } });
    expect(state().sync).toEqual({ status: 'pending' });

    await wait(SAVE_DELAY_MS - 1);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    await wait(1);
    expect(planning.saveMeeting).toHaveBeenCalledWith(withTopic(plannedMeeting, 'Wohnraum'), ref9('"1"'), undefined);
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString() });
    expect(state().draft).toMatchObject({ ref: ref9('"2"'), dirty: false });
    // SharePoint has it: the device keeps nothing, the pane works on from memory.
    expect(readPlanDraft(drafts)).toBeUndefined();
    expect(drafts.keys()).toEqual([]);
  });

  it('saves a burst of typing once, with the last text and the team’s filing choices', async () => {
    const filing: FilingSettings = { budgetPerMeetingCents: 50_000, namesInMinutes: false };
    const { planning, sync } = setup({ deps: { filing: () => filing } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: false });
    for (const topic of ['W', 'Wo', 'Woh', 'Wohnraum']) {
      sync.update((m) => withTopic(m, topic));
      await wait(SAVE_DELAY_MS / 2);
    }
    await wait(SAVE_DELAY_MS);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
    expect(jest.mocked(planning.saveMeeting).mock.calls[0]?.[0].speaker.topic).toBe('Wohnraum');
    expect(jest.mocked(planning.saveMeeting).mock.calls[0]?.[2]).toBe(filing);
  });

  it('saves at once on request, and again after a save when the meeting changed meanwhile', async () => {
    let finish: (item: SavedItem) => void = () => undefined;
    const saveMeeting = jest.fn(() => new Promise<SavedItem>((resolve) => (finish = resolve)));
    const { sync, state } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: false });
    sync.update((m) => withTopic(m, 'Wohnraum'), { now: true });
    await wait(0);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(state().sync).toEqual({ status: 'saving' });

    sync.update((m) => withTopic(m, 'Wohnraum und Arbeit'));
    finish(ref9('"2"'));
    await wait(0);
    expect(state().draft).toMatchObject({ dirty: true, ref: ref9('"2"') });
    await wait(0);
    expect(saveMeeting).toHaveBeenCalledTimes(2);
    expect(saveMeeting).toHaveBeenLastCalledWith(
      withTopic(plannedMeeting, 'Wohnraum und Arbeit'),
      ref9('"2"'),
      undefined,
    );
  });

  it('keeps the plan on this device only while the lists are missing', async () => {
    const { planning, sync, state } = setup({ deps: { held: () => true } });
    sync.setDraft({ meeting: plannedMeeting, dirty: false });
    sync.update((m) => withTopic(m, 'Wohnraum'));
    await wait(SAVE_DELAY_MS);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    expect(state().sync).toEqual({ status: 'device' });
  });

  it('tells its listener of every change, until it unsubscribes', () => {
    const { sync } = setup();
    const listener = jest.fn();
    const unsubscribe = sync.subscribe(listener);
    const before = sync.getState();
    sync.setDraft({ meeting: plannedMeeting, dirty: false });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(sync.getState()).not.toBe(before);
    unsubscribe();
    sync.setSync({ status: 'saving' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('saves nothing once disposed', async () => {
    const { planning, sync } = setup();
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: false });
    sync.update((m) => withTopic(m, 'Wohnraum'));
    sync.dispose();
    await wait(SAVE_DELAY_MS * 2);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
  });
});

describe('planSync: failed saves', () => {
  it('tries a save that failed for a passing reason again by itself', async () => {
    const offline = new AppError('offline', 'fetch failed');
    const saveMeeting = jest.fn().mockRejectedValueOnce(offline).mockResolvedValue(ref9('"2"'));
    const { sync, state } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: true });
    sync.scheduleSave(0);
    await wait(0);
    expect(state().sync).toEqual({ status: 'error', error: offline });
    await wait(RETRY_DELAY_MS);
    expect(saveMeeting).toHaveBeenCalledTimes(2);
    expect(state().sync).toMatchObject({ status: 'saved' });
  });

  it('leaves the waiting to the pane’s retry status when it takes it, and settles it after a save', async () => {
    const busy = new AppError('throttled', 'busy');
    const saveMeeting = jest.fn().mockRejectedValueOnce(busy).mockResolvedValue(ref9('"2"'));
    let again: () => void = () => undefined;
    const background = {
      wait: jest.fn((_: AppError, run: () => void) => ((again = run), true)),
      settle: jest.fn(),
    };
    const { sync } = setup({ store: { saveMeeting }, deps: { background } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: true });
    sync.scheduleSave(0);
    await wait(RETRY_DELAY_MS);
    expect(background.wait).toHaveBeenCalledWith(busy, expect.any(Function));
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    again();
    await wait(0);
    expect(saveMeeting).toHaveBeenCalledTimes(2);
    expect(background.settle).toHaveBeenCalled();
  });

  it('does not try again what cannot succeed later', async () => {
    const saveMeeting = jest.fn().mockRejectedValue(new AppError('forbidden', 'denied'));
    const { sync } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: true });
    sync.scheduleSave(0);
    await wait(RETRY_DELAY_MS * 3);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
  });
});

describe('planSync: a create whose answer was lost', () => {
  const lost = new AppError('unknown-outcome', 'answer lost');

  it('looks for the item before creating again, and says it was saved once', async () => {
    const found = listed(plannedMeeting, '"4"');
    const saveMeeting = jest.fn().mockRejectedValueOnce(lost).mockResolvedValue(ref9('"5"'));
    const findMeeting = jest.fn().mockResolvedValue(found);
    const { sync, state, drafts } = setup({ store: { saveMeeting, findMeeting } });
    sync.setDraft({ meeting: plannedMeeting, dirty: true });
    sync.scheduleSave(0);
    await wait(0);
    expect(saveMeeting).toHaveBeenLastCalledWith(plannedMeeting, undefined, undefined);
    expect(readPlanDraft(drafts)).toMatchObject({ createUncertain: true });
    expect(state().sync).toEqual({ status: 'error', error: lost });

    await wait(RETRY_DELAY_MS);
    expect(findMeeting).toHaveBeenCalledWith(plannedMeeting.id);
    expect(saveMeeting).toHaveBeenLastCalledWith(plannedMeeting, ref9('"4"'), undefined);
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString(), recovered: true });
    expect(state().draft).toEqual({ meeting: plannedMeeting, ref: ref9('"5"'), dirty: false });
  });

  it('creates it again when it is not in the list', async () => {
    const saveMeeting = jest.fn().mockRejectedValueOnce(lost).mockResolvedValue(ref9('"1"'));
    const { sync, state, planning } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, dirty: true });
    sync.scheduleSave(0);
    await wait(RETRY_DELAY_MS);
    expect(planning.findMeeting).toHaveBeenCalledTimes(1);
    expect(saveMeeting).toHaveBeenCalledTimes(2);
    expect(saveMeeting).toHaveBeenLastCalledWith(plannedMeeting, undefined, undefined);
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString() });
  });
});

describe('planSync: a colleague’s change (412)', () => {
  const theirs = withTopic(plannedMeeting, 'Arbeit');

  /** The first save with an etag is refused; the colleague's version is item 9 at etag "7". */
  function conflicted(getMeeting: MeetingStore['getMeeting'] = async () => listed(theirs, '"7"')) {
    const saveMeeting = jest.fn(async (_: Meeting, ref: ItemRef | undefined): Promise<SavedItem> => {
      if (ref?.etag === '"1"') throw new AppError('conflict', '412 Precondition Failed');
      return ref9('"8"');
    });
    const context = setup({ store: { saveMeeting, getMeeting } });
    context.sync.setDraft({ meeting: withTopic(plannedMeeting, 'Wohnraum'), ref: ref9('"1"'), dirty: true });
    context.sync.scheduleSave(0);
    return { ...context, saveMeeting };
  }

  it('stops saving and shows what differs', async () => {
    const { sync, state, saveMeeting } = conflicted();
    await wait(0);
    expect(state().sync).toEqual({
      status: 'conflict',
      differences: [expect.objectContaining({ mine: expect.stringContaining('Wohnraum') })],
    });
    sync.update((m) => withTopic(m, 'Wohnraum!'));
    await wait(SAVE_DELAY_MS * 2);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(await sync.flush()).toMatchObject({ code: 'conflict' });
  });

  it('takes a version that is ours in every field (our save whose answer was lost) as saved: nothing sent again', async () => {
    const { state, saveMeeting } = conflicted(async () => listed(withTopic(plannedMeeting, 'Wohnraum'), '"7"'));
    for (let i = 0; i < 5; i++) await wait(1);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString() });
    expect(state().draft).toEqual({ meeting: withTopic(plannedMeeting, 'Wohnraum'), ref: ref9('"7"'), dirty: false });
  });

  it('asks when the versions differ only where the conflict view does not look (a colleague sent the invitation)', async () => {
    const sent = { ...withTopic(plannedMeeting, 'Wohnraum'), invitation: { eventId: 'E1', sentAt: at.toISOString() } };
    const { state, saveMeeting } = conflicted(async () => listed(sent, '"7"'));
    for (let i = 0; i < 5; i++) await wait(1);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(state().sync).toEqual({ status: 'conflict', differences: [] });
    expect(state().draft).toMatchObject({ ref: ref9('"1"'), dirty: true });
  });

  it('still offers the choice when the colleague’s version cannot be read', async () => {
    const { state } = conflicted(async () => Promise.reject(new AppError('offline', 'fetch failed')));
    await wait(0);
    expect(state().sync).toEqual({ status: 'conflict', differences: 'unreadable' });
  });

  it('takes the colleague’s version: saved, nothing sent', async () => {
    const { sync, state, saveMeeting } = conflicted();
    await wait(0);
    await sync.resolveConflict('theirs');
    expect(state().draft).toEqual({ meeting: theirs, ref: ref9('"7"'), dirty: false });
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString() });
    await wait(SAVE_DELAY_MS);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
  });

  it('merges both and saves over the colleague’s version', async () => {
    const { sync, state, saveMeeting } = conflicted();
    await wait(0);
    await sync.resolveConflict('merge');
    await wait(0);
    expect(saveMeeting).toHaveBeenCalledTimes(2);
    expect(saveMeeting).toHaveBeenLastCalledWith(expect.anything(), ref9('"7"'), undefined);
    expect(state().sync).toMatchObject({ status: 'saved' });
    expect(state().draft).toMatchObject({ ref: ref9('"8"'), dirty: false });
  });

  it('keeps ours knowingly, with the colleague’s record that the minutes were mailed', async () => {
    const minutesMail = { sentAt: '2027-03-17T09:00:00Z', count: 12 };
    const { sync, saveMeeting } = conflicted(async () => listed({ ...theirs, minutesMail }, '"7"'));
    await wait(0);
    await sync.resolveConflict('mine');
    await wait(0);
    const [meeting, ref] = saveMeeting.mock.calls.at(-1)!;
    expect(ref).toEqual(ref9('"7"'));
    expect(meeting.speaker.topic).toBe('Wohnraum');
    expect(meeting.minutesMail).toEqual(minutesMail);
  });
});

describe('planSync: flush before switching meetings', () => {
  it('saves what is not in SharePoint yet and has nothing left to say', async () => {
    const { sync, planning } = setup();
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: false });
    sync.update((m) => withTopic(m, 'Wohnraum'));
    await expect(sync.flush()).resolves.toBeUndefined();
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
    await wait(SAVE_DELAY_MS);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
  });

  it('waits for the save under way instead of saving twice', async () => {
    let finish: (item: SavedItem) => void = () => undefined;
    const saveMeeting = jest.fn(() => new Promise<SavedItem>((resolve) => (finish = resolve)));
    const { sync } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: true });
    sync.scheduleSave(0);
    await wait(0);
    const flushed = sync.flush();
    finish(ref9('"2"'));
    await expect(flushed).resolves.toBeUndefined();
    expect(saveMeeting).toHaveBeenCalledTimes(1);
  });

  it('says why the open meeting is not in SharePoint: the failed save’s own error', async () => {
    const saveMeeting = jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed'));
    const { sync } = setup({ store: { saveMeeting } });
    sync.setDraft({ meeting: plannedMeeting, ref: ref9('"1"'), dirty: true });
    await expect(sync.flush()).resolves.toMatchObject({ code: 'offline' });
  });
});

/** The notes on the first agenda item as typed so far (a change of the minutes only). */
const typed =
  (text: string) =>
  (meeting: Meeting): Meeting => ({
    ...meeting,
    minutes: { ...meeting.minutes!, notes: { ...meeting.minutes!.notes, top1: text } },
  });

describe('planSync: the minutes are filed when the user pauses or leaves, not every few words', () => {
  const start = () => {
    const context = setup();
    context.sync.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    return context;
  };

  it('keeps every keystroke on this device at once, and files the minutes after a pause of several seconds', async () => {
    const { planning, drafts, sync } = start();
    for (const text of ['Be', 'Begrü', 'Begrüßung']) {
      sync.update(typed(text));
      await wait(SAVE_DELAY_MS * 2);
    }
    expect(readPlanDraft(drafts)?.meeting.minutes?.notes.top1).toBe('Begrüßung');
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    await wait(MINUTES_SAVE_DELAY_MS - SAVE_DELAY_MS * 2 - 1);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    await wait(1);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
    expect(jest.mocked(planning.saveMeeting).mock.calls[0]?.[0].minutes?.notes.top1).toBe('Begrüßung');
  });

  it('files them at once when the user leaves the field or the pane', async () => {
    const { planning, sync } = start();
    sync.update(typed('Begrüßung'));
    sync.left('field');
    await wait(0);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
    sync.update(typed('Begrüßung, zwei neue Initiativen.'));
    sync.left('pane');
    await wait(0);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(2);
    sync.left('pane');
    await wait(MINUTES_SAVE_DELAY_MS);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(2);
  });

  it('leaves the plan’s short pause as it is: leaving a plan field changes nothing, closing saves', async () => {
    const { planning, sync } = start();
    sync.update((m) => withTopic(m, 'Wohnraum'));
    sync.left('field');
    await wait(SAVE_DELAY_MS - 1);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    await wait(1);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(1);
    sync.update((m) => withTopic(m, 'Wohnraum und Arbeit'));
    sync.left('pane');
    await wait(0);
    expect(planning.saveMeeting).toHaveBeenCalledTimes(2);
  });
});

describe('planSync: final minutes leave the device', () => {
  it('removes the meeting’s drafts, forms included, once the final minutes are in SharePoint', async () => {
    const { sync, drafts } = setup();
    await writeDraft(drafts, minutesDraftKind, { walkInName: 'Petra Lindner' }, heldMeeting.id);
    await writeDraft(drafts, minutesDraftKind, { walkInName: 'Ali Rahimi' }, 'm-other');
    sync.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    sync.update(typed('Begrüßung, zwei neue Initiativen.'));
    sync.update((m) => finalizeMinutes(m, at.toISOString()), { now: true });
    expect(JSON.stringify(drafts.read('treffpunkt.planen.entwurf'))).toContain('zwei neue Initiativen');
    await wait(0);
    expect(JSON.stringify(drafts.keys().map((key) => drafts.read(key)))).not.toContain('zwei neue Initiativen');
    expect(readDraft(drafts, minutesDraftKind, heldMeeting.id)).toBeUndefined();
    expect(readDraft(drafts, minutesDraftKind, 'm-other')).toEqual({ walkInName: 'Ali Rahimi' });
  });

  it('removes them too when the save’s answer was lost and SharePoint holds these very final minutes (412)', async () => {
    const saveMeeting = jest.fn().mockRejectedValue(new AppError('conflict', '412 Precondition Failed'));
    const final = finalizeMinutes(heldMeeting, at.toISOString());
    const getMeeting = jest.fn(async () => listed(final, '"7"'));
    const { sync, drafts, state } = setup({ store: { saveMeeting, getMeeting } });
    await writeDraft(drafts, minutesDraftKind, { walkInName: 'Petra Lindner' }, heldMeeting.id);
    sync.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    sync.update(() => final, { now: true });
    for (let i = 0; i < 5; i++) await wait(1);
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    expect(state().sync).toEqual({ status: 'saved', at: at.toISOString() });
    expect(readDraft(drafts, minutesDraftKind, heldMeeting.id)).toBeUndefined();
  });

  it('keeps them while SharePoint has not got them', async () => {
    const saveMeeting = jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed'));
    const { sync, drafts } = setup({ store: { saveMeeting } });
    await writeDraft(drafts, minutesDraftKind, { walkInName: 'Petra Lindner' }, heldMeeting.id);
    sync.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    sync.update((m) => finalizeMinutes(m, at.toISOString()), { now: true });
    await wait(0);
    expect(readPlanDraft(drafts)?.meeting.minutes?.final).toBeDefined();
    expect(readDraft(drafts, minutesDraftKind, heldMeeting.id)).toEqual({ walkInName: 'Petra Lindner' });
  });
});

/** Two tabs' channels joined as a BroadcastChannel joins them: a post reaches the other tab only. */
function joinedTabs(): [TabChannel, TabChannel] {
  const listeners: [Set<(m: unknown) => void>, Set<(m: unknown) => void>] = [new Set(), new Set()];
  const channel = (own: 0 | 1): TabChannel => ({
    post: (message) => listeners[own === 0 ? 1 : 0].forEach((l) => l(structuredClone(message))),
    subscribe: (listener) => {
      listeners[own].add(listener);
      return () => listeners[own].delete(listener);
    },
  });
  return [channel(0), channel(1)];
}

describe('planSync: two tabs of the pane', () => {
  function twoTabs() {
    const planning = fakeStore();
    const drafts = createBrowserStore(null);
    const [channelA, channelB] = joinedTabs();
    const a = createPlanSync({ planning, drafts, now: () => at, tab: 'a', tabs: channelA });
    const b = createPlanSync({ planning, drafts, now: () => at, tab: 'b', tabs: channelB });
    a.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    b.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    return { planning, drafts, a, b };
  }

  it('keeps each tab’s unsaved work on the device apart: neither overwrites the other', () => {
    const { drafts, a, b } = twoTabs();
    a.update(typed('aus Tab A'));
    b.update((m) => ({ ...m, minutes: { ...m.minutes!, notes: { ...m.minutes!.notes, top2: 'aus Tab B' } } }));
    expect(readPlanDraft(drafts, 'a')?.meeting.minutes?.notes.top1).toBe('aus Tab A');
    expect(readPlanDraft(drafts, 'b')?.meeting.minutes?.notes.top2).toBe('aus Tab B');
  });

  it('takes the other tab’s saved version where nothing waits here, so the next save here meets no conflict', async () => {
    const { planning, a, b } = twoTabs();
    a.update(typed('aus Tab A'));
    a.left('pane');
    await wait(0);
    expect(b.getState().draft).toEqual({ meeting: a.getState().draft!.meeting, ref: ref9('"2"'), dirty: false });
    b.update((m) => withTopic(m, 'aus Tab B'));
    await wait(SAVE_DELAY_MS);
    const [meeting, ref] = jest.mocked(planning.saveMeeting).mock.calls.at(-1)!;
    expect(ref).toEqual(ref9('"2"'));
    expect(meeting.minutes?.notes.top1).toBe('aus Tab A');
    expect(meeting.speaker.topic).toBe('aus Tab B');
    expect(a.getState().draft).toMatchObject({ ref: ref9('"3"'), dirty: false });
  });

  it('leaves unsaved work here as it is when the other tab saves', async () => {
    const { a, b } = twoTabs();
    b.update((m) => withTopic(m, 'aus Tab B'));
    a.update(typed('aus Tab A'));
    a.left('pane');
    await wait(0);
    expect(b.getState().draft).toMatchObject({
      ref: ref9('"1"'),
      dirty: true,
      meeting: { speaker: { topic: 'aus Tab B' } },
    });
  });
});

describe('planSync: a text longer than SharePoint takes', () => {
  it('is never sent: the save names the field, nothing typed leaves the device, nothing is tried again', async () => {
    const { planning, drafts, sync, state } = setup();
    sync.setDraft({ meeting: heldMeeting, ref: ref9('"1"'), dirty: false });
    sync.update(typed('x'.repeat(100_000)));
    sync.left('field');
    await wait(0);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
    const { sync: saving } = state();
    expect(saving).toMatchObject({ status: 'error', error: { code: 'too-long' } });
    expect(saving.status === 'error' && saving.error.details.field).toBeTruthy();
    expect(readPlanDraft(drafts)?.meeting.minutes?.notes.top1).toHaveLength(100_000);
    await wait(RETRY_DELAY_MS * 3);
    expect(planning.saveMeeting).not.toHaveBeenCalled();
  });
});
