import { expenseTotals } from '../../../src/domain/expenses';
import { minutesHtml, presentCount } from '../../../src/domain/minutes';
import {
  DEFAULT_RETENTION_MONTHS,
  hasPersonalData,
  retentionCutoff,
  retentionMonthsOf,
  withoutPersonalData,
} from '../../../src/domain/personalData';
import { agendaHtml, type Meeting } from '../../../src/domain/planning';
import { heldMeeting, heldReplies } from '../../fixtures/heldMeeting';

/** The held meeting as filed, with the traces of people a real record has. */
const filed: Meeting = {
  ...heldMeeting,
  status: 'protokolliert',
  speaker: { ...heldMeeting.speaker, address: 'lena.hoffmann@jobcenter-ge.de' },
  agenda: [
    ...heldMeeting.agenda,
    {
      id: 's1',
      role: 'weitere',
      title: 'Fahrdienste',
      kind: 'austausch',
      minutes: 15,
      presenter: 'Petra Lindner',
      note: 'Vorschlag aus einer E-Mail von Sabine Krüger',
      subItems: [],
    },
  ],
  invitation: { ...heldMeeting.invitation, webLink: 'https://outlook.office365.com/owa/x' },
  minutesMail: { sentAt: '2027-03-20T10:00:00Z', count: 12 },
};

const purged = withoutPersonalData(filed);
const text = JSON.stringify(purged);

describe('withoutPersonalData: the record stays, the people go', () => {
  it('leaves no name and no mail address of those present, those who replied or the speaker', () => {
    const people = [...heldReplies.map((r) => r.name), 'Petra Lindner', 'Ali Rahimi', 'Lena Hoffmann', 'Sabine Krüger'];
    for (const person of people) expect(text).not.toContain(person);
    expect(text).not.toMatch(/@initiativen\.example|jobcenter-ge\.de/);
    expect(purged.minutes?.attendance.every((entry) => entry.address === undefined)).toBe(true);
    expect(purged.minutes?.attendance.map((entry) => entry.name).slice(0, 3)).toEqual([
      'Person 1',
      'Person 2',
      'Person 3',
    ]);
  });

  it('keeps the counts: those present, the replies by answer, the minutes mail', () => {
    expect(presentCount(purged.minutes?.attendance ?? [])).toBe(presentCount(filed.minutes?.attendance ?? []));
    expect(purged.invitation?.replies?.map((reply) => reply.response)).toEqual(heldReplies.map((r) => r.response));
    expect(purged.minutesMail).toEqual({ sentAt: '2027-03-20T10:00:00Z', count: 12 });
  });

  it('keeps the costs and receipts, and the initiatives present', () => {
    const totals = (m: Meeting) => expenseTotals(m.expenses ?? [], 12, 15000);
    expect(totals(purged)).toEqual(totals(filed));
    expect(purged.expenses?.map((line) => line.receiptNumber)).toEqual(
      filed.expenses?.map((line) => line.receiptNumber),
    );
    expect(purged.expenses?.map((line) => line.paidBy)).toEqual(['', '', '']);
    expect(purged.minutes?.attendance.map((entry) => entry.initiative).filter(Boolean)).toEqual([
      'Café International',
      'Moringen hilft',
    ]);
  });

  it('keeps the topics: notes, decisions, what is to be done, the speaker’s organisation and topic', () => {
    expect(purged.minutes?.notes).toEqual(filed.minutes?.notes);
    expect(purged.minutes?.decisions).toEqual(filed.minutes?.decisions);
    expect(purged.minutes?.actionItems).toEqual([
      { id: 'a1', what: 'Checkliste verschicken', who: '', due: '2027-04-30' },
    ]);
    expect(purged.speaker).toEqual({ name: '', organisation: 'Jobcenter', topic: filed.speaker.topic });
    expect(purged.venue).toEqual(filed.venue);
    expect(purged.invitation?.webLink).toBe(filed.invitation?.webLink);
  });

  it('leaves the readable columns without names: agenda and minutes written from the purged meeting', () => {
    const columns = agendaHtml(purged) + minutesHtml(purged, { names: true });
    for (const person of ['Miriam Albers', 'Petra Lindner', 'Lena Hoffmann', 'Sabine Krüger']) {
      expect(columns).not.toContain(person);
    }
    expect(columns).toContain('12 anwesend.');
  });

  it('is done once: a purged meeting has no personal data, and purging it again changes nothing', () => {
    expect(hasPersonalData(filed)).toBe(true);
    expect(hasPersonalData(purged)).toBe(false);
    expect(withoutPersonalData(purged)).toEqual(purged);
  });

  it('finds nothing to do in a meeting without people, however its keys are ordered', () => {
    const bare: Meeting = {
      adoptedSuggestions: [],
      agenda: [],
      speaker: { topic: '', organisation: '', name: '' },
      status: 'geplant',
      startTime: '15:00',
      date: '2020-01-14',
      id: 'm-1',
    };
    expect(hasPersonalData(bare)).toBe(false);
  });
});

describe('the storage period', () => {
  it('is the team’s number of months, or two years where none is set or it is out of the settings’ range', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(24);
    expect(retentionMonthsOf({ retentionMonths: 36 })).toBe(36);
    for (const retentionMonths of [undefined, 0, -3, 1.5, '24', Number.NaN, 121]) {
      expect(retentionMonthsOf({ retentionMonths })).toBe(24);
    }
    expect(retentionMonthsOf({})).toBe(24);
  });

  it('counts back from today: meetings before the cutoff are older than the period', () => {
    expect(retentionCutoff('2027-03-20', 24)).toBe('2025-03-20');
    expect(retentionCutoff('2028-02-29', 12)).toBe('2027-02-28');
  });
});
