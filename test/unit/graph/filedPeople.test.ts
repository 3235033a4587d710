import { minutesMailDue } from '../../../src/domain/filedMeeting';
import { mergeMeetings, prefillAttendance, presentCount } from '../../../src/domain/minutes';
import type { Meeting } from '../../../src/domain/planning';
import type { FilingSettings } from '../../../src/domain/settings';
import { meetingToFields, storedMeetingOf } from '../../../src/graph/meetingMapping';
import { heldMeeting, heldReplies } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';

const NAMES: FilingSettings = { budgetPerMeetingCents: 0, namesInMinutes: true };
const NO_NAMES: FilingSettings = { budgetPerMeetingCents: 0, namesInMinutes: false };
const SENT = { sentAt: '2027-03-17T09:00:00Z', count: 10 };

const attendance = heldMeeting.minutes!.attendance;
const addresses = heldReplies.map((reply) => reply.address);
const attendeeNames = attendance.map((entry) => entry.name);

/** One ticked off: not present. */
const oneAbsent = (meeting: Meeting): Meeting => ({
  ...meeting,
  minutes: { ...meeting.minutes!, attendance: attendance.map((e, i) => (i === 2 ? { ...e, present: false } : e)) },
});
const mailed: Meeting = { ...oneAbsent(heldMeeting), minutesMail: SENT };
const filed = (meeting: Meeting, filing?: FilingSettings) => String(meetingToFields(meeting, filing).TpDaten);
const filedMeeting = (meeting: Meeting, filing?: FilingSettings) => storedMeetingOf(meetingToFields(meeting, filing))!;

describe('TpDaten keeps no more of the people than the minutes mail needs and the team allows', () => {
  it('keeps the attendance list and the replies whole while the minutes mail is still to be sent', () => {
    for (const filing of [NAMES, NO_NAMES, undefined]) {
      expect(storedMeetingOf(meetingToFields(heldMeeting, filing))).toEqual(heldMeeting);
    }
    const unconfirmed = { ...heldMeeting, minutesMail: { ...SENT, unconfirmed: true } };
    expect(minutesMailDue(unconfirmed)).toBe(true);
    for (const address of addresses) expect(filed(unconfirmed, NO_NAMES)).toContain(address);
  });

  it('drops every attendee address once the mail is sent, in entries, ids and replies, whatever the setting', () => {
    for (const filing of [NAMES, NO_NAMES, undefined]) {
      const json = filed(mailed, filing);
      for (const address of addresses) expect(json).not.toContain(address);
      const meeting = filedMeeting(mailed, filing);
      for (const entry of meeting.minutes!.attendance) {
        expect(entry).not.toHaveProperty('address');
        expect(entry.id).not.toContain('@');
      }
      expect(meeting.invitation!.replies).toEqual(
        heldReplies.map((r) => ({ name: '', address: '', response: r.response })),
      );
      expect(meeting.minutesMail).toEqual(SENT);
    }
  });

  it('without names in the list: no attendee name, each a numbered person with tick and initiative', () => {
    const json = filed(mailed, NO_NAMES);
    for (const name of attendeeNames.filter((n) => n !== 'Miriam Albers')) expect(json).not.toContain(name);
    const entries = filedMeeting(mailed, NO_NAMES).minutes!.attendance;
    expect(entries.map((e) => e.name)).toEqual(attendance.map((_e, i) => `Person ${i + 1}`));
    expect(entries.at(-2)).toMatchObject({ initiative: 'Café International', present: true, source: 'walk-in' });
    expect(presentCount(entries)).toBe(11);
    // The same without filing settings, as the readable columns.
    expect(filed(mailed)).toBe(json);
  });

  it('with names in the list: the names of those present, as the Protokoll column shows them; no others', () => {
    const entries = filedMeeting(mailed, NAMES).minutes!.attendance;
    expect(entries.map((e) => e.name)).toEqual(attendance.map((e, i) => (i === 2 ? 'Person 3' : e.name)));
    expect(filed(mailed, NAMES)).not.toContain(attendeeNames[2]);
    expect(String(meetingToFields(mailed, NAMES).TpProtokoll)).toContain('<li>Petra Lindner (Café International)</li>');
  });

  it('drops the addresses of a cancelled meeting, no mail will go', () => {
    const cancelled: Meeting = { ...heldMeeting, status: 'abgesagt' };
    for (const address of addresses) expect(filed(cancelled, NAMES)).not.toContain(address);
  });

  it("keeps the speaker's address while the invitation can change, and drops it once the meeting was held", () => {
    const speaker = { ...plannedMeeting.speaker, address: 'lena.hoffmann@jobcenter-ge.de' };
    for (const status of ['geplant', 'eingeladen'] as const) {
      expect(filedMeeting({ ...plannedMeeting, status, speaker }).speaker).toEqual(speaker);
    }
    for (const status of ['durchgeführt', 'protokolliert', 'abgesagt'] as const) {
      const meeting = filedMeeting({ ...heldMeeting, status, speaker });
      expect(meeting.speaker).toEqual(plannedMeeting.speaker);
      expect(meeting.speaker.name).toBe('Dr. Lena Hoffmann');
    }
  });

  it('files the readable columns as before: the count, the costs, names only where allowed', () => {
    for (const filing of [NAMES, NO_NAMES]) {
      const fields = meetingToFields(mailed, filing);
      expect(fields.TpTeilnehmende).toBe(11);
      expect(fields.TpKosten).toBe(68.5);
      expect(String(fields.TpProtokoll).includes('Petra Lindner')).toBe(filing.namesInMinutes);
    }
  });

  it('is idempotent: filing the filed meeting changes nothing', () => {
    for (const filing of [NAMES, NO_NAMES]) {
      const once = filedMeeting(mailed, filing);
      expect(filed(once, filing)).toBe(filed(mailed, filing));
    }
  });
});

describe('A list filed without addresses still works with one that has them', () => {
  it("merges person by person: a colleague's filed version adds nobody twice", () => {
    const theirs = filedMeeting(mailed, NO_NAMES);
    const merged = mergeMeetings(mailed, theirs);
    expect(merged.minutes!.attendance).toHaveLength(attendance.length);
    expect(presentCount(merged.minutes!.attendance)).toBe(11);
    expect(merged.minutes!.attendance[0]).toEqual(mailed.minutes!.attendance[0]);
    // A tick only the colleague set still counts.
    const ticked = {
      ...theirs,
      minutes: { ...theirs.minutes!, attendance: theirs.minutes!.attendance.map((e) => ({ ...e, present: true })) },
    };
    expect(presentCount(mergeMeetings(mailed, ticked).minutes!.attendance)).toBe(12);
  });

  it('finds a filed replier again when the replies are read anew, instead of listing them twice', () => {
    const filedOne = filedMeeting(mailed, NO_NAMES);
    const reread = { ...filedOne, invitation: { ...filedOne.invitation, replies: heldReplies } };
    const entries = prefillAttendance(reread);
    expect(entries).toHaveLength(attendance.length);
    expect(presentCount(entries)).toBe(11);
  });
});
