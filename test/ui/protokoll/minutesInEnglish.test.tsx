import { screen, within } from '@testing-library/react';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { openedDialog } from '../support/dialogs';
import { setupProtokoll } from './setupProtokoll';

describe('Protokoll in an English Office', () => {
  it('names its parts, fields and buttons in English (dates stay German-formatted)', async () => {
    const { user } = await setupProtokoll({ meeting: heldMeeting, language: 'en' });
    for (const heading of ['Notes on the agenda', 'Decisions', 'Action items', 'Attendance', 'Next meeting'])
      expect(screen.getByRole('heading', { name: heading, level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Minutes by email', level: 3 })).toBeInTheDocument();
    expect(screen.getByText('12 people present')).toBeInTheDocument();
    expect(screen.getByLabelText('Date of the next meeting')).toBeInTheDocument();
    expect(screen.getByText('Set: Dienstag, 15. Juni 2027.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add decision' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Complete minutes' }));
    const dialog = await openedDialog('Complete the minutes?');
    await user.click(within(dialog).getByRole('button', { name: 'Complete', hidden: true }));
    expect(screen.getByText('The minutes are complete.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });

  it('says in English what the privacy guard and the checks of the minutes find', async () => {
    const { user } = await setupProtokoll({ language: 'en' });
    const field = screen.getByRole('textbox', { name: /Aktuelles aus den Initiativen/ });
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Individual cases are not discussed in this meeting.'),
    );
    await user.type(field, 'Herr Haddad, geb. 12.03.1990, braucht Hilfe.');
    expect(
      screen.getByText(/“geb\. 12\.03\.1990” looks like a date of birth\. Please do not record individual cases/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/“Herr Haddad” looks like the name of a person who is not taking part\./),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add decision' }));
    await user.tab();
    expect(
      screen.getByText('Please enter the decision in one sentence, or delete the empty line.'),
    ).toBeInTheDocument();
  });

  it('says in English that a future meeting has no minutes yet', async () => {
    await setupProtokoll({ model: { today: '2027-02-01' }, language: 'en' });
    expect(screen.getByText('This meeting is still ahead.')).toBeInTheDocument();
    expect(screen.getByText(/takes place on Dienstag, 16\. März 2027/)).toBeInTheDocument();
  });
});
