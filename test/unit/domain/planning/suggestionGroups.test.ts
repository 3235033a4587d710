import {
  groupSuggestions,
  normalisedSubject,
  topicKey,
  withoutReplyPrefixes,
} from '../../../../src/domain/planning/suggestionGroups';

const mail = (id: string, subject: string, senderName: string, senderAddress = `${id}@example.org`) => ({
  id,
  subject,
  senderName,
  senderAddress,
  receivedAt: '2027-01-12T09:30:00Z',
});

describe('topic suggestions grouped by topic', () => {
  it('drops reply and forward prefixes, case, punctuation and extra spaces', () => {
    expect(withoutReplyPrefixes('AW: WG: Fahrradwerkstatt')).toBe('Fahrradwerkstatt');
    expect(withoutReplyPrefixes('Re[2]: FW: Fwd:Sprachcafé')).toBe('Sprachcafé');
    expect(normalisedSubject('AW:  Sprachcafé in  USLAR!')).toBe('sprachcafé in uslar');
    expect(topicKey('Sprachcafé in Uslar?')).toBe(topicKey('RE: uslar – Sprachcafé'));
    expect(topicKey('Thema: Wohnungssuche')).toBe(topicKey('Wohnungssuche'));
  });

  it('shows two initiatives on the same topic as one group with both names', () => {
    const groups = groupSuggestions([
      mail('a', 'Fahrradwerkstatt', 'Ayşe Demir'),
      mail('b', 'Sprachcafé Uslar', 'Jonas Weber'),
      mail('c', 'AW: Themenaufruf – Sprachcafé in Uslar', 'Initiative Einbeck'),
    ]);
    expect(groups.map((g) => g.subject)).toEqual(['Sprachcafé Uslar', 'Fahrradwerkstatt']);
    expect(groups[0]!.senders).toEqual(['Jonas Weber', 'Initiative Einbeck']);
    expect(groups[0]!.suggestions.map((s) => s.id)).toEqual(['b', 'c']);
    expect(groups[1]!.senders).toEqual(['Ayşe Demir']);
  });

  it('keeps different topics apart, and names a sender of two mails once', () => {
    const groups = groupSuggestions([
      mail('a', 'Wohnungssuche', 'Ayşe Demir', 'ayse@example.org'),
      mail('b', 'Wohnungssuche Northeim', 'Ayşe Demir', 'ayse@example.org'),
      mail('c', 'wohnungssuche', 'Ayşe Demir', 'AYSE@example.org'),
      mail('d', 'Fahrdienste', '', 'fahrdienst@example.org'),
    ]);
    expect(groups).toHaveLength(3);
    expect(groups[0]!.senders).toEqual(['Ayşe Demir']);
    expect(groups[0]!.suggestions.map((s) => s.id)).toEqual(['a', 'c']);
    expect(groups.find((g) => g.subject === 'Fahrdienste')!.senders).toEqual(['fahrdienst@example.org']);
  });

  it('keeps replies to the call for topics under its subject apart (the subject says nothing of the topic)', () => {
    const call = 'AW: Themen gesucht: Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027';
    const groups = groupSuggestions([mail('a', call, 'A'), mail('b', call, 'B')]);
    expect(groups.map((g) => g.senders)).toEqual([['A'], ['B']]);
  });

  it('groups subjects of filler words only by their whole text', () => {
    expect(topicKey('Frage')).toBe('frage');
    expect(groupSuggestions([mail('a', 'Frage', 'A'), mail('b', 'Anfrage', 'B')])).toHaveLength(2);
  });
});
