import { AppError } from '../../../../src/domain/appError';
import type { ListedMeeting } from '../../../../src/domain/lists';
import { withoutPersonalData } from '../../../../src/domain/personalData';
import type { Meeting } from '../../../../src/domain/planning';
import { type PurgeContext, purgeMeeting, purgeScope } from '../../../../src/taskpane/verlauf/purgeMeetings';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const filed = (id: string, date: string): Meeting => ({ ...heldMeeting, id, date });
const listed = (itemId: string, date: string, meeting?: Meeting): ListedMeeting => ({
  itemId,
  etag: '"1"',
  webUrl: '',
  date,
  status: 'protokolliert',
  venueName: '',
  ...(meeting ? { meeting } : {}),
});

const old = listed('2', '2023-05-09', filed('m-2', '2023-05-09'));
const older = listed('1', '2022-03-08', filed('m-1', '2022-03-08'));
const clean = listed('3', '2023-09-12', withoutPersonalData(filed('m-3', '2023-09-12')));
const handMade = listed('4', '2021-11-30');
const recent = listed('5', '2025-06-17', filed('m-5', '2025-06-17'));

describe('purgeScope: the meetings older than the storage period that still hold names', () => {
  it('takes those before the cutoff with personal data, oldest first, and counts the hand-made ones', () => {
    const scope = purgeScope([recent, old, clean, handMade, older], 24, '2026-11-24');
    expect(scope.cutoff).toBe('2024-11-24');
    expect(scope.candidates.map((m) => m.itemId)).toEqual(['1', '2']);
    expect(scope.handMade).toBe(1);
  });

  it('leaves out what was cleaned in this pane already, and follows the team’s months', () => {
    expect(purgeScope([old, older], 24, '2026-11-24', new Set(['1'])).candidates.map((m) => m.itemId)).toEqual(['2']);
    expect(purgeScope([old, older, recent], 12, '2026-11-24').candidates).toHaveLength(3);
  });
});

describe('purgeMeeting: one meeting, read again and saved with If-Match', () => {
  const context = (planning: Partial<PurgeContext['planning']>, openMeetingId?: string): PurgeContext => ({
    planning: {
      getMeeting: jest.fn(() => Promise.resolve({ ...old, etag: '"2"' })),
      saveMeeting: jest.fn(() => Promise.resolve({ itemId: '2', etag: '"3"' })),
      ...planning,
    },
    filing: { budgetPerMeetingCents: 0, namesInMinutes: true },
    openMeetingId,
  });

  it('saves the meeting as it is now, without personal data, on its current etag', async () => {
    const ctx = context({});
    expect(await purgeMeeting(old, ctx)).toEqual({ kind: 'purged' });
    expect(ctx.planning.saveMeeting).toHaveBeenCalledWith(
      withoutPersonalData(old.meeting!),
      { itemId: '2', etag: '"2"' },
      { budgetPerMeetingCents: 0, namesInMinutes: true },
    );
  });

  it('leaves the meeting open in the pane alone, without asking SharePoint', async () => {
    const ctx = context({}, 'm-2');
    expect(await purgeMeeting(old, ctx)).toEqual({ kind: 'open' });
    expect(ctx.planning.getMeeting).not.toHaveBeenCalled();
    expect(ctx.planning.saveMeeting).not.toHaveBeenCalled();
  });

  it('saves nothing when it was cleaned meanwhile, or has no record any more', async () => {
    const cleaned = context({ getMeeting: () => Promise.resolve(clean) });
    expect(await purgeMeeting(old, cleaned)).toEqual({ kind: 'clean' });
    const bare = context({ getMeeting: () => Promise.resolve(handMade) });
    expect(await purgeMeeting(old, bare)).toEqual({ kind: 'handMade' });
    expect(cleaned.planning.saveMeeting).not.toHaveBeenCalled();
    expect(bare.planning.saveMeeting).not.toHaveBeenCalled();
  });

  it('says conflict when a colleague saved in between, and failed with the reason otherwise', async () => {
    const conflict = new AppError('conflict', '412');
    expect(await purgeMeeting(old, context({ saveMeeting: () => Promise.reject(conflict) }))).toEqual({
      kind: 'conflict',
    });
    const gone = await purgeMeeting(old, context({ getMeeting: () => Promise.resolve(undefined) }));
    expect(gone).toMatchObject({ kind: 'failed', error: { code: 'not-found' } });
    const offline = await purgeMeeting(old, context({ getMeeting: () => Promise.reject(new TypeError('fetch')) }));
    expect(offline).toMatchObject({ kind: 'failed', error: { code: 'unexpected' } });
  });
});
