import { namesOrganisation, withoutNamesInProse, withoutPerson } from '../../../src/domain/personText';

const context = {
  knownNames: ['Miriam Albers', 'Jonas Wittkopf', 'Dr. Lena Hoffmann'],
  initiatives: ['Moringen hilft', 'Willkommen in Uslar'],
};

describe('withoutPerson: "a person or an initiative" keeps only the organisation', () => {
  it('removes the meeting’s own people, "Frau X", initials and bare first and last names', () => {
    for (const who of [
      'Miriam Albers',
      'miriam albers',
      'Frau Albers',
      'Herr Dr. Wittkopf',
      'M. Albers',
      'Jana Schmidt',
    ]) {
      expect(withoutPerson(who, context)).toBe('');
    }
  });

  it('keeps initiatives and offices as they are', () => {
    for (const who of [
      'Initiative Moringen',
      'Moringen hilft',
      'Willkommen in Uslar',
      'Café International',
      'Jobcenter',
      'Koordinierungsstelle für Migration und Teilhabe',
      'Flüchtlingshilfe Einbeck e. V.',
      'Sozialamt',
      'AG Mobilität',
      'alle',
    ]) {
      expect(withoutPerson(who, context)).toBe(who);
    }
  });

  it('keeps the organisation when a person is named with it', () => {
    expect(withoutPerson('Dr. Lena Hoffmann, Jobcenter', context)).toBe('Jobcenter');
    expect(withoutPerson('Miriam Albers (Koordinierungsstelle)', context)).toBe('Koordinierungsstelle');
    expect(withoutPerson('Frau Nowak vom Jobcenter', context)).toBe('Jobcenter');
    expect(withoutPerson('J. Wittkopf / Moringen hilft', context)).toBe('Moringen hilft');
  });

  it('removes what it cannot tell from a person (when in doubt, the text goes)', () => {
    expect(withoutPerson('Ute', context)).toBe('');
    expect(withoutPerson('Yasemin', context)).toBe('');
    expect(withoutPerson('', context)).toBe('');
  });

  it('knows organisations by their words', () => {
    expect(namesOrganisation('Ausländerbehörde')).toBe(true);
    expect(namesOrganisation('Kirchengemeinde St. Sixti')).toBe(true);
    expect(namesOrganisation('Petra Lindner')).toBe(false);
  });
});

describe('withoutNamesInProse: free text keeps its topic', () => {
  it('replaces the meeting’s people, "Frau X" and personal mail addresses, and keeps an office’s address', () => {
    const text =
      'Miriam Albers berichtet; Frau Aydın stellt die Sprechstunden vor. Rückfragen an ' +
      'petra.lindner@web.de oder info@moringen-hilft.de.';
    expect(withoutNamesInProse(text, context.knownNames)).toBe(
      '[Name entfernt] berichtet; [Name entfernt] stellt die Sprechstunden vor. Rückfragen an ' +
        '[Adresse entfernt] oder info@moringen-hilft.de.',
    );
  });

  it('changes a text without people not at all, and a second time nothing more', () => {
    const topic = 'Fahrdienste sind ein gemeinsames Problem in Northeim, Einbeck und Uslar.';
    expect(withoutNamesInProse(topic, context.knownNames)).toBe(topic);
    const once = withoutNamesInProse('Herr Wittkopf lädt ein.', context.knownNames);
    expect(withoutNamesInProse(once, context.knownNames)).toBe(once);
  });
});
