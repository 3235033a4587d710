import { screen } from '@testing-library/react';
import { setup, suggestion } from './setupPlanen';

describe('Planen: topic suggestions', () => {
  it('explains how to add suggestions when there are none', async () => {
    await setup();
    expect(
      screen.getByText(
        'Noch keine Vorschläge. In Outlook können Sie eine E-Mail mit „Als Thema vorschlagen“ hier vormerken.',
      ),
    ).toBeInTheDocument();
  });

  it('takes a suggestion into the agenda or dismisses it', async () => {
    const { user, fixed } = await setup({
      suggestions: [suggestion('s1', 'Sprachcafé Uslar'), suggestion('s2', 'Fahrradwerkstatt')],
    });
    expect(screen.getByText('Sprachcafé Uslar')).toBeInTheDocument();
    expect(screen.getAllByText('Von Ayşe Demir, 12.01.2027')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '„Sprachcafé Uslar“ als Tagesordnungspunkt übernehmen' }));
    expect(fixed.acceptSuggestion).toHaveBeenCalledWith('s1');
    await user.click(screen.getByRole('button', { name: '„Fahrradwerkstatt“ verwerfen' }));
    expect(fixed.dismissSuggestion).toHaveBeenCalledWith('s2');
    expect(screen.getByRole('heading', { name: 'Themenvorschläge aus E-Mails' })).toHaveFocus();
  });
});
