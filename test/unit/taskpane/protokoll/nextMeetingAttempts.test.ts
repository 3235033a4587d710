import type { ListedMeeting } from '../../../../src/domain/lists';
import type { Meeting } from '../../../../src/domain/planning';
import { type Attempts, createdState, nextStep } from '../../../../src/taskpane/protokoll/nextMeetingAttempts';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const held: Meeting = { ...plannedMeeting, status: 'durchgeführt' };

function context(options: { attempts?: Attempts; meetings?: ListedMeeting[] } = {}) {
  let n = 0;
  return {
    meeting: held,
    meetings: options.meetings ?? [],
    attempts: options.attempts ?? {},
    newId: () => `id-${++n}`,
  };
}

const listed = (date: string, meeting: Meeting | undefined, status: Meeting['status'] = 'geplant'): ListedMeeting => ({
  itemId: '9',
  etag: '"1"',
  webUrl: '',
  date,
  status,
  venueName: '',
  ...(meeting ? { meeting } : {}),
});

describe('fixing the next meeting’s date', () => {
  it('creates a planned meeting for a new date', () => {
    const step = nextStep('2027-06-15', undefined, context());
    expect(step).toMatchObject({ kind: 'create', retried: false, attempt: { saved: false, reminded: false } });
    expect(step.kind === 'create' && step.attempt.next).toMatchObject({ id: 'id-1', date: '2027-06-15' });
  });

  it('adds none where the list already has a meeting that day', () => {
    expect(
      nextStep('2027-06-15', undefined, context({ meetings: [listed('2027-06-15', undefined, 'eingeladen')] })),
    ).toEqual({ kind: 'exists' });
  });

  it('is done when this session made it, and tries again (looking first) when it failed', () => {
    const next = { ...held, id: 'n1', date: '2027-06-15' };
    expect(
      nextStep('2027-06-15', undefined, context({ attempts: { '2027-06-15': { next, saved: true, reminded: true } } })),
    ).toEqual({
      kind: 'done',
    });
    const failed = { next, saved: false, reminded: true };
    expect(nextStep('2027-06-15', undefined, context({ attempts: { '2027-06-15': failed } }))).toEqual({
      kind: 'create',
      attempt: failed,
      retried: true,
    });
  });

  it('moves the meeting planned for the date fixed before (its list item kept)', () => {
    const planned = {
      ...held,
      id: 'n1',
      date: '2027-06-15',
      status: 'geplant' as const,
      invitation: { reminderAddedAt: 'x' },
    };
    const step = nextStep('2027-06-22', '2027-06-15', context({ meetings: [listed('2027-06-15', planned)] }));
    expect(step).toMatchObject({
      kind: 'move',
      from: '2027-06-15',
      attempt: { movedFrom: '2027-06-15', ref: { itemId: '9' } },
    });
    expect(step.kind === 'move' && step.attempt.next).toMatchObject({ id: 'n1', date: '2027-06-22' });
  });

  it('refuses a date the domain refuses, with its German sentence', () => {
    const step = nextStep(held.date, undefined, context());
    expect(step.kind).toBe('refused');
  });

  it('says the reminder’s due date with the outcome', () => {
    expect(createdState('2027-06-15')).toEqual({ status: 'created', date: '2027-06-15', due: '2027-05-25' });
  });
});
