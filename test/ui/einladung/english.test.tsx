import { screen } from '@testing-library/react';
import { setupEinladung } from './setupEinladung';

describe('Einladung in English (Outlook in English)', () => {
  it('shows the stage, the next steps, the replies and the preview in English, dates German-formatted', async () => {
    await setupEinladung({ language: 'en' });
    expect(screen.getByRole('heading', { name: 'Invitation status' })).toBeInTheDocument();
    expect(screen.getByText('Not invited yet')).toBeInTheDocument();
    expect(
      screen.getByText('Due on Dienstag, 23. Februar 2027 (about three weeks before the meeting)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hold the date' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Invite now' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Replies' })).toBeInTheDocument();
    expect(screen.getByText('Replies appear once the invitation has been sent.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Preview: how the invitation arrives' })).toBeInTheDocument();
    expect(screen.getByText('Dienstag, 16. März 2027, 15:00–18:00')).toBeInTheDocument();
  });
});
