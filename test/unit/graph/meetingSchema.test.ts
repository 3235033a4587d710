import type { AgendaItem, Meeting } from '../../../src/domain/planning';
import type { StoredItem } from '../../../src/graph/listsGateway';
import { listedMeetingOf, meetingToFields, storedDataOf } from '../../../src/graph/meetingMapping';
import { readStoredMeeting, STORED_MEETING_VERSION } from '../../../src/graph/meetingSchema';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';

/** The readable columns of a held meeting, as a colleague's row has them, with `TpDaten` as given. */
function row(TpDaten: unknown): StoredItem {
  return {
    id: '31',
    etag: '"4"',
    webUrl: 'https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/31',
    fields: {
      Title: 'Vernetzungstreffen der Ehrenamtskoordination – Dienstag, 16. März 2027',
      TpBeginn: '2027-03-16T14:00:00Z',
      TpStatus: 'durchgeführt',
      TpOrt: 'Kreishaus Northeim',
      TpTeilnehmende: 12,
      TpKosten: 68.5,
      TpDaten,
    },
  };
}

const stored = (meeting: unknown, schemaVersion: unknown = STORED_MEETING_VERSION) =>
  JSON.stringify({ schemaVersion, meeting });

describe('TpDaten: the meeting as versioned JSON, checked on reading', () => {
  it('writes the current version (2) and reads back what it wrote', () => {
    const fields = meetingToFields(plannedMeeting);
    expect(STORED_MEETING_VERSION).toBe(2);
    expect(JSON.parse(String(fields.TpDaten))).toMatchObject({ schemaVersion: 2, meeting: { id: plannedMeeting.id } });
    expect(storedDataOf(fields)).toEqual({ meeting: plannedMeeting });
    expect(readStoredMeeting(stored(heldMeeting))).toEqual({ meeting: heldMeeting });
  });

  it('reads version 1 as earlier panes wrote it, filling in the fields that came later', () => {
    expect(readStoredMeeting(stored(heldMeeting, 1))).toEqual({ meeting: heldMeeting });
    const [first, ...others] = plannedMeeting.agenda;
    const bare: Partial<AgendaItem> = { ...first! };
    for (const key of ['role', 'presenter', 'note', 'subItems'] as const) delete bare[key];
    const older: Partial<Meeting> = { ...plannedMeeting };
    delete older.adoptedSuggestions;
    const read = readStoredMeeting(stored({ ...older, agenda: [bare, ...others] }, 1));
    expect(read).toEqual({
      meeting: {
        ...plannedMeeting,
        agenda: [{ ...bare, role: 'weitere', presenter: '', note: '', subItems: [] }, ...others],
      },
    });
  });

  it.each([
    ['not JSON', '{"schemaVersion":2,"meeting":{"id":"m-1"'],
    ['JSON, but no object', '[1,2,3]'],
    ['no version', JSON.stringify({ meeting: plannedMeeting })],
    ['version 0', stored(plannedMeeting, 0)],
    ['a version that is no number', stored(plannedMeeting, '2')],
    ['no meeting', JSON.stringify({ schemaVersion: 2 })],
    ['an agenda that is no list', stored({ ...plannedMeeting, agenda: 'Begrüßung' })],
    ['a date that is none', stored({ ...plannedMeeting, date: '16.03.2027' })],
    ['an unknown status', stored({ ...plannedMeeting, status: 'verschoben' })],
    ['an agenda item without title', stored({ ...plannedMeeting, agenda: [{ id: 'i1', minutes: 20 }] })],
    [
      'a tick that is text',
      stored({
        ...heldMeeting,
        minutes: { ...heldMeeting.minutes!, attendance: [{ ...heldMeeting.minutes!.attendance[0]!, present: 'ja' }] },
      }),
    ],
    [
      'an amount that is text',
      stored({ ...heldMeeting, expenses: [{ ...heldMeeting.expenses![0]!, amountCents: '24,90' }] }),
    ],
  ])('calls TpDaten with %s unreadable', (_what, json) => {
    expect(readStoredMeeting(json)).toEqual({ problem: 'unreadable' });
  });

  it('does not guess at a version written by a newer Treffpunkt', () => {
    expect(readStoredMeeting(stored(plannedMeeting, 3))).toEqual({ problem: 'newer-version' });
    expect(readStoredMeeting(stored({ anything: 'new' }, 7))).toEqual({ problem: 'newer-version' });
  });
});

describe('listedMeetingOf: a row whose TpDaten cannot be used', () => {
  it('reads it from its columns like a row entered by hand, and says why', () => {
    for (const [json, problem] of [
      ['{kaputt', 'unreadable'],
      [stored({ ...plannedMeeting, agenda: null }), 'unreadable'],
      [stored(plannedMeeting, 3), 'newer-version'],
    ] as const) {
      const listed = listedMeetingOf(row(json));
      expect(listed).toEqual({
        itemId: '31',
        etag: '"4"',
        webUrl: expect.stringContaining('/Vernetzungstreffen/31'),
        date: '2027-03-16',
        status: 'durchgeführt',
        venueName: 'Kreishaus Northeim',
        costCents: 6850,
        participants: 12,
        dataProblem: problem,
      });
    }
  });

  it('notes nothing for a row entered by hand (no TpDaten) or one the add-in wrote', () => {
    expect(listedMeetingOf(row(undefined))).not.toHaveProperty('dataProblem');
    expect(listedMeetingOf(row(''))).not.toHaveProperty('dataProblem');
    const written = listedMeetingOf(row(stored(heldMeeting)));
    expect(written?.meeting).toEqual(heldMeeting);
    expect(written).not.toHaveProperty('dataProblem');
  });
});

describe('the filed documents in TpDaten (came during version 2)', () => {
  const protokoll = {
    kind: 'protokoll',
    format: 'docx',
    name: '2027-03-16 Protokoll.docx',
    webUrl: 'https://landkreisnortheim.sharepoint.com/sites/Integration/Freigegebene%20Dokumente/p.docx',
    itemId: '01ABC',
    size: 18422,
    madeAt: '2027-03-17T09:12:00Z',
  } as const;
  const { kind: protokollKind, ...docx } = protokoll;
  const pdf = { ...docx, format: 'pdf', name: '2027-03-16 Protokoll.pdf', itemId: '01ABD' } as const;

  it('reads them back, and reads a meeting without them as before', () => {
    const documents = { [protokollKind]: { ...protokoll, copy: pdf } };
    const meeting: Meeting = { ...heldMeeting, documents };
    expect(readStoredMeeting(stored(meeting))).toEqual({ meeting });
    expect(storedDataOf(meetingToFields(meeting))).toEqual({ meeting });
    expect(readStoredMeeting(stored(heldMeeting))).toEqual({ meeting: heldMeeting });
  });

  it('reads the newer shape too: the poster in both sizes, every other file in `others`', () => {
    const a3 = { ...pdf, name: '2027-03-16 Fotohinweis A3.pdf', paper: 'A3' as const };
    const meeting: Meeting = {
      ...heldMeeting,
      documents: {
        fotohinweis: { kind: 'fotohinweis', ...a3, others: [{ ...a3, paper: 'A4' }] },
        protokoll: { ...protokoll, others: [pdf] },
      },
    };
    expect(readStoredMeeting(stored(meeting))).toEqual({ meeting });
  });

  it.each([
    ['a record under another kind’s key', { tagesordnung: protokoll }],
    ['an unknown kind', { handzettel: { ...protokoll, kind: 'handzettel' } }],
    ['an unknown format', { protokoll: { ...protokoll, format: 'odt' } }],
    ['a size that is text', { protokoll: { ...protokoll, size: '18 KB' } }],
    ['no address', { protokoll: { ...protokoll, webUrl: undefined } }],
    ['a copy without its format', { protokoll: { ...protokoll, copy: { ...pdf, format: undefined } } }],
    ['a list instead of a record', [protokoll]],
    ['a paper size it does not know', { protokoll: { ...protokoll, paper: 'A5' } }],
    ['others that are no list', { protokoll: { ...protokoll, others: pdf } }],
    ['another file without its address', { protokoll: { ...protokoll, others: [{ ...pdf, webUrl: 1 }] } }],
  ])('calls TpDaten with %s unreadable', (_what, documents) => {
    expect(readStoredMeeting(stored({ ...heldMeeting, documents }))).toEqual({ problem: 'unreadable' });
  });
});
