import {
  blankRowCount,
  buildSignInSheet,
  expectedInvitees,
  signatureRowsOn,
  signInPrivacyNote,
  WALK_IN_ROWS,
} from '../../../../src/domain/documents/signInSheet';
import { withoutPersonalData } from '../../../../src/domain/personalData';
import type { AttendeeReply, Meeting } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';
import { blocksOf, indexOfKind, modelText, onlyTable } from './modelText';

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
const ROOM = plannedMeeting.venue?.roomMailbox ?? '';
const settings = defaultTeamSettings(LIST);
const named = { ...settings, namesInMinutes: true };

const reply = (name: string, response: AttendeeReply['response'], address: string): AttendeeReply => ({
  name,
  address,
  response,
});

const replies: AttendeeReply[] = [
  reply('Zoë Groß', 'accepted', 'zoe@initiative.example'),
  reply('Ayşe Şahin', 'tentative', 'ayse@initiative.example'),
  reply('Łukasz Wójcik', 'accepted', 'lukasz@initiative.example'),
  reply('Dieter Absage', 'declined', 'dieter@initiative.example'),
  reply('Nina Keine-Antwort', 'none', 'nina@initiative.example'),
  reply('Ehrenamtskoordination (Verteiler)', 'accepted', LIST.toUpperCase()),
  reply('Kreishaus Northeim', 'accepted', ROOM),
  reply('', 'accepted', 'ohne-namen@initiative.example'),
  reply('mail-als-name@initiative.example', 'tentative', 'mail-als-name@initiative.example'),
  reply('Zoë Groß', 'accepted', 'ZOE@initiative.example'),
];

const meeting: Meeting = {
  ...plannedMeeting,
  status: 'eingeladen',
  invitation: { eventId: 'evt-1', replies },
  minutes: {
    notes: {},
    decisions: [],
    actionItems: [],
    attendance: [
      {
        id: 'reply:lukasz@initiative.example',
        name: 'Łukasz Wójcik',
        initiative: 'Café International Uslar',
        address: 'lukasz@initiative.example',
        present: false,
        source: 'reply',
      },
    ],
  },
};

describe('expectedInvitees', () => {
  it('takes accepted, then tentative, by name, each address once; never the list, the room, who declined or did not answer', () => {
    const expected = expectedInvitees(meeting, settings);
    expect(expected.map((r) => r.address)).toEqual([
      'ohne-namen@initiative.example',
      'lukasz@initiative.example',
      'zoe@initiative.example',
      'ayse@initiative.example',
      'mail-als-name@initiative.example',
    ]);
  });
});

describe('buildSignInSheet with names allowed (namesInMinutes)', () => {
  const model = buildSignInSheet(meeting, named);
  const table = onlyTable(model);

  it('pre-fills the names that may be printed, umlauts kept, with the initiative the attendance list knows', () => {
    expect(table.rows).toEqual([
      ['1', 'Łukasz Wójcik', 'Café International Uslar', '', ''],
      ['2', 'Zoë Groß', '', '', ''],
      ['3', 'Ayşe Şahin', '', '', ''],
    ]);
  });

  it('prints no mail address, nobody who declined or did not answer, not the list nor the room', () => {
    const text = modelText(model);
    expect(table.rows.flat().join(' ')).not.toContain('@');
    for (const absent of ['Dieter Absage', 'Nina Keine-Antwort', 'Verteiler', 'mail-als-name']) {
      expect(text).not.toContain(absent);
    }
    expect(table.rows.map((row) => row[1])).not.toContain('Kreishaus Northeim');
  });

  it('has the five columns, signature rows, and empty rows for the two unnamed and the walk-ins, filling the last page', () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      'Nr.',
      'Name',
      'Initiative bzw. Dienststelle',
      'Gemeinde',
      'Unterschrift',
    ]);
    expect(table.rowHeight).toBe('signature');
    const blank = table.blankRows ?? 0;
    expect(blank).toBeGreaterThanOrEqual(2 + WALK_IN_ROWS);
    expect([1, 2, 3].map(signatureRowsOn)).toContain(table.rows.length + blank);
  });
});

describe('buildSignInSheet without names (the default)', () => {
  const model = buildSignInSheet(meeting, settings);
  const table = onlyTable(model);

  it('leaves every row to be written in: one per expected person plus the walk-ins', () => {
    expect(table.rows).toEqual([]);
    expect(table.blankRows ?? 0).toBeGreaterThanOrEqual(5 + WALK_IN_ROWS);
    expect(modelText(model)).not.toMatch(/Wójcik|Şahin|Groß/);
  });

  it('prints no names of a meeting whose personal data was removed, even where names are allowed', () => {
    const purged = buildSignInSheet(withoutPersonalData(meeting), named);
    expect(onlyTable(purged).rows).toEqual([]);
  });
});

describe('the sheet around the table', () => {
  const model = buildSignInSheet(meeting, named);
  const text = modelText(model);

  it('is A4 landscape with page numbers and a file name SharePoint takes', () => {
    expect(model.kind).toBe('teilnehmendenliste');
    expect(model.page).toEqual({ size: 'A4', orientation: 'landscape' });
    expect(model.pageNumbers).toBe(true);
    expect(model.lang).toBe('de-DE');
    expect(model.fileName).toBe('2027-03-16 Teilnehmendenliste');
    expect(model.title).toBe(
      'Teilnehmendenliste: Vernetzungstreffen der Ehrenamtskoordination – Dienstag, 16. März 2027',
    );
  });

  it('says date, time and place', () => {
    expect(text).toContain('Datum: Dienstag, 16. März 2027');
    expect(text).toContain('Uhrzeit: 15:00–18:00 Uhr');
    expect(text).toContain('Ort: Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim');
  });

  it('says when the place is not set yet', () => {
    const open: Meeting = { ...meeting };
    delete open.venue;
    expect(modelText(buildSignInSheet(open, named))).toContain('Ort: wird noch bekannt gegeben');
  });

  it('has the funding block, the Art. 13 note before the table, and the organiser’s line last', () => {
    expect(blocksOf(model, 'funding')).toEqual([
      { kind: 'funding', statement: settings.fundingStatement, size: 'normal' },
    ]);
    const note = model.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('Datenschutzhinweis'));
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(indexOfKind(model, 'table'));
    expect(model.blocks.at(-1)).toEqual({
      kind: 'signatureLine',
      label: 'Die Richtigkeit der Angaben bestätigt: Datum, Unterschrift der Veranstalterin / des Veranstalters',
    });
  });
});

describe('signInPrivacyNote', () => {
  it('names purpose, recipients, the funding’s retention rule and the data-protection officer from the settings', () => {
    const note = signInPrivacyNote({ ...settings, privacyOfficer: 'Frau Muster, datenschutz@example.org' });
    expect(note).toContain('als Nachweis der Teilnahme gegenüber dem Fördermittelgeber');
    expect(note).toContain('Asyl-, Migrations- und Integrationsfonds (AMIF)');
    expect(note).toContain('Bundesamt für Migration und Flüchtlinge');
    expect(note).toContain('fünf Jahre ab dem 31. Dezember des Jahres');
    expect(note).toContain('Art. 82 Verordnung (EU) 2021/1060');
    expect(note).toContain('Art. 6 Abs. 1 lit. e DSGVO');
    expect(note).toContain('Die Eintragung ist freiwillig');
    expect(note).toContain('Datenschutzbeauftragte*r: Frau Muster, datenschutz@example.org');
  });

  it('without a funding statement: the team’s storage period, no funder, and no funding block', () => {
    const unfunded = { ...settings, fundingStatement: '  ', retentionMonths: 12 };
    const note = signInPrivacyNote(unfunded);
    expect(note).toContain('Aufbewahrung der unterschriebenen Liste: 12 Monate nach dem Treffen.');
    expect(note).not.toMatch(/AMIF|Fördermittelgeber|2021\/1060/);
    expect(blocksOf(buildSignInSheet(meeting, unfunded), 'funding')).toEqual([]);
  });
});

describe('blankRowCount', () => {
  it('gives at least the walk-in rows beyond those expected and makes up the last page', () => {
    for (const [expected, filled] of [
      [0, 0],
      [2, 2],
      [6, 0],
      [14, 10],
      [20, 20],
      [40, 40],
    ] as const) {
      const blank = blankRowCount(expected, filled);
      const total = filled + blank;
      expect(total).toBeGreaterThanOrEqual(expected + WALK_IN_ROWS);
      const pages = [1, 2, 3, 4, 5, 6].find((p) => signatureRowsOn(p) === total);
      expect(pages).toBeDefined();
      expect(signatureRowsOn((pages ?? 1) - 1)).toBeLessThan(expected + WALK_IN_ROWS);
    }
  });

  it('counts 5 rows on page 1, 13 on a full page and 9 on the last', () => {
    expect([2, 3, 4].map(signatureRowsOn)).toEqual([14, 27, 40]);
  });
});
