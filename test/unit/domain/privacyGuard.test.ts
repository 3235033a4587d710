import { checkPrivacy, STANDING_REMINDER, type PrivacyWarningKind } from '../../../src/domain/privacyGuard';
import { ACCEPTABLE, CORPUS_PARTICIPANTS, UNACCEPTABLE } from './privacyCorpus';

const kindsOf = (text: string, participantNames: string[] = CORPUS_PARTICIPANTS): PrivacyWarningKind[] =>
  [...new Set(checkPrivacy(text, { participantNames }).map((warning) => warning.kind))].sort();

describe('checkPrivacy on the corpus', () => {
  it('has at least 20 sentences in each direction', () => {
    expect(ACCEPTABLE.length).toBeGreaterThanOrEqual(20);
    expect(UNACCEPTABLE.length).toBeGreaterThanOrEqual(20);
  });

  it.each(ACCEPTABLE.map((text) => [text]))('lets a topic pass: %s', (text) => {
    expect(checkPrivacy(text, { participantNames: CORPUS_PARTICIPANTS })).toEqual([]);
  });

  it.each(UNACCEPTABLE.map(({ text, kinds }) => [text, kinds] as const))(
    'warns on an individual case: %s',
    (text, kinds) => {
      expect(kindsOf(text)).toEqual([...kinds].sort());
    },
  );

  it('passes the acceptable sentences as one text, too', () => {
    expect(checkPrivacy(ACCEPTABLE.join(' '), { participantNames: CORPUS_PARTICIPANTS })).toEqual([]);
  });

  it('finds every case when the unacceptable sentences come as one text, one per line', () => {
    const text = UNACCEPTABLE.map((sentence) => sentence.text).join('\n');
    const expected = UNACCEPTABLE.reduce((count, sentence) => count + sentence.kinds.length, 0);
    expect(new Set(checkPrivacy(text).map((w) => `${w.kind}@${text.lastIndexOf('\n', w.start)}`)).size).toBe(expected);
  });
});

describe('checkPrivacy warnings', () => {
  const text = 'Gut besucht. Herr Haddad, geb. 12.03.1990, braucht Hilfe.';

  it('point at the text they are about, in order, without overlaps', () => {
    const warnings = checkPrivacy(text);
    expect(warnings.map((w) => [w.kind, text.slice(w.start, w.end)])).toEqual([
      ['personenname', 'Herr Haddad'],
      ['geburtsdatum', 'geb. 12.03.1990'],
    ]);
    expect(warnings.map((w) => w.excerpt)).toEqual(['Herr Haddad', 'geb. 12.03.1990']);
  });

  it('say in German what was found and what to do', () => {
    const [, birthDate] = checkPrivacy(text);
    expect(birthDate?.message).toBe(
      '„geb. 12.03.1990“ sieht nach einem Geburtsdatum aus. ' +
        'Bitte im Protokoll keine Einzelfälle festhalten – Themen statt Personen.',
    );
    for (const warning of checkPrivacy(UNACCEPTABLE.map((s) => s.text).join(' '))) {
      expect(warning.message).toContain(`„${warning.excerpt}“`);
    }
  });

  it('shorten long excerpts', () => {
    const [warning] = checkPrivacy(`Aktenzeichen ${'1'.repeat(80)}`);
    expect(warning?.excerpt).toHaveLength(60);
    expect(warning?.excerpt.endsWith('…')).toBe(true);
  });

  it('return nothing for empty text', () => {
    expect(checkPrivacy('')).toEqual([]);
    expect(checkPrivacy('   \n  ')).toEqual([]);
  });
});

describe('checkPrivacy rules', () => {
  it('warns on health and residence words only when the sentence is about one person', () => {
    expect(kindsOf('Die Ausländerbehörde hat die Bearbeitungszeiten für Duldungen verlängert.', [])).toEqual([]);
    expect(kindsOf('Seine Duldung wurde nicht verlängert.')).toEqual(['aufenthaltsstatus']);
    expect(kindsOf('Herr Haddad kam pünktlich. Trauma ist ein wichtiges Thema.')).toEqual(['personenname']);
  });

  it('keeps participants’ names out of the warnings, but not their relatives’ health', () => {
    expect(kindsOf('Frau Albers berichtet vom Sommerfest.', [])).toEqual(['personenname']);
    expect(kindsOf('Frau Albers berichtet vom Sommerfest.', ['Maria Albers'])).toEqual([]);
    expect(kindsOf('Maria Albers berichtet, ihre Tochter ist krank.', ['Maria Albers'])).toEqual(['gesundheit']);
    expect(kindsOf('Frau A. berichtet vom Sommerfest.', ['Maria Albers'])).toEqual([]);
  });

  it('lets a named official pass unless personal details follow', () => {
    expect(kindsOf('Frau Nowak vom Jobcenter erklärte die Regeln zur Duldung.', [])).toEqual([]);
    expect(kindsOf('Referentin Frau Nowak erklärte die Regeln zur Duldung.', [])).toEqual([]);
    expect(kindsOf('Frau Nowak vom Jobcenter, geb. 1.1.1980, erklärte die Regeln.', [])).toEqual([
      'geburtsdatum',
      'personenname',
    ]);
  });

  it('needs personal details before a bare first and last name warns', () => {
    expect(kindsOf('Lisa Meyer übernimmt die Fahrdienste.', [])).toEqual([]);
    expect(kindsOf('Lisa Meyer ist schwanger.', [])).toEqual(['gesundheit', 'personenname']);
    expect(kindsOf('Neue Sprachkurse starten, Psychische Erkrankungen sind ein Thema.', [])).toEqual([]);
  });

  it('does not read abbreviations as the end of a sentence', () => {
    expect(kindsOf('Herr K. ist krank.', [])).toEqual(['gesundheit', 'personenname']);
    expect(kindsOf('Fr. Osman, Az. 123/45, hat eine Duldung.', [])).toEqual([
      'aktenzeichen',
      'aufenthaltsstatus',
      'personenname',
    ]);
  });

  it('tells ages from durations', () => {
    expect(kindsOf('Der 17-jährige Sohn hat eine Duldung.', [])).toEqual(['aufenthaltsstatus']);
    expect(kindsOf('Nach einer 3-jährigen Ausbildung gibt es eine Aufenthaltserlaubnis.', [])).toEqual([]);
  });

  it('warns on personal e-mail addresses but not on the mailbox of an office', () => {
    expect(kindsOf('Fragen an info@initiative-uslar.de oder kontakt@caritas-northeim.de.', [])).toEqual([]);
    expect(kindsOf('Anmeldung über ehrenamt-uslar@example.org.', [])).toEqual([]);
    expect(kindsOf('Fragen an amina.hassan@gmail.com.', [])).toEqual(['email']);
  });

  it('does not read dates, amounts, years or postcodes as phone numbers', () => {
    const text = 'Am 01.02.2026 kosteten Kekse 1.234,56 €; 2025/2026 in 37154 Northeim, Beleg 2026-014.';
    expect(kindsOf(text, [])).toEqual([]);
    expect(kindsOf('Mobil: 0151-23456789', [])).toEqual(['telefon']);
    expect(kindsOf('Tel. +49 (0) 5551 708-123', [])).toEqual(['telefon']);
  });

  it('warns on the phone number of an office, too: the message says it may stay (known false positive)', () => {
    const [warning] = checkPrivacy('Die Beratungsstelle ist unter 05551 708-0 erreichbar.');
    expect(warning?.excerpt).toBe('05551 708-0');
    expect(warning?.message).toContain('Dienstnummer einer Stelle darf bleiben');
  });

  it('warns on an address only when someone lives there, not on a venue', () => {
    expect(kindsOf('Das Treffen ist in der Initiative, Lange Straße 12.', [])).toEqual([]);
    expect(kindsOf('Sie wohnt jetzt in der Lange Straße 12.', [])).toEqual(['adresse']);
  });

  it('copes with a long text', () => {
    const text = `${ACCEPTABLE.join(' ')} ${'0'.repeat(5000)} ${'Aa '.repeat(5000)}`.repeat(5);
    expect(Array.isArray(checkPrivacy(text))).toBe(true);
  });
});

describe('STANDING_REMINDER', () => {
  it('says that individual cases are not discussed and shared challenges are', () => {
    expect(STANDING_REMINDER).toContain('Einzelfälle werden in diesem Treffen nicht besprochen');
    expect(STANDING_REMINDER).toContain('Gemeinsame Herausforderungen');
  });
});
