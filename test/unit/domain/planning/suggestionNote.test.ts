import { buildInvitation } from '../../../../src/domain/invitation';
import { addItem, agendaHtml, agendaText, type Meeting, newItem } from '../../../../src/domain/planning';
import { withoutSuggestionSender } from '../../../../src/domain/planning/suggestionNote';
import { plannedMeeting, settings } from '../../../fixtures/plannedMeeting';

/** The agenda item as Planen makes it from a suggested mail (src/taskpane/planen/useTopicSuggestions.ts). */
function withSuggestedTopic(sender: string, extraNote = ''): Meeting {
  const note = [`Vorschlag aus einer E-Mail von ${sender}`, extraNote].filter(Boolean).join('\n');
  const item = { ...newItem(() => 's1'), title: 'Fahrdienste zu Behördenterminen', note };
  return { ...plannedMeeting, agenda: addItem(plannedMeeting.agenda, item), adoptedSuggestions: ['mail-1'] };
}

describe('a suggested topic in the invitation: the topic, never its sender', () => {
  it('the invitation body shows the suggested title but not the sender’s name', () => {
    const meeting = withSuggestedTopic('Sabine Krüger');
    const body = buildInvitation(meeting, settings).bodyHtml;
    expect(body).toContain('Fahrdienste zu Behördenterminen');
    expect(body).not.toContain('Sabine Krüger');
    expect(body).not.toContain('Vorschlag aus einer E-Mail');
  });

  it('leaves out a sender given only by address, and keeps what the organiser added to the note', () => {
    const meeting = withSuggestedTopic('s.krueger@web.de', 'Bitte Fahrpläne mitbringen.');
    for (const text of [agendaHtml(meeting), agendaText(meeting)]) {
      expect(text).not.toContain('s.krueger@web.de');
      expect(text).toContain('Bitte Fahrpläne mitbringen.');
    }
  });

  it('changes no other note', () => {
    expect(withoutSuggestionSender('Mit Vorschlägen aus der letzten Runde.')).toBe(
      'Mit Vorschlägen aus der letzten Runde.',
    );
    expect(withoutSuggestionSender('')).toBe('');
    expect(withoutSuggestionSender('Vorschlag aus einer E-Mail von A. B.\nZweite Zeile')).toBe('Zweite Zeile');
  });
});
