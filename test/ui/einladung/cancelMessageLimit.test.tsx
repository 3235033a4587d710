import { screen, within } from '@testing-library/react';
import type { Meeting } from '../../../src/domain/planning';
import { meetingRoom } from '../../../src/graph/fieldRoom';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { openedDialog } from '../support/dialogs';
import { setupEinladung, storedEvent } from './setupEinladung';

const sent: Meeting = {
  ...plannedMeeting,
  status: 'eingeladen',
  invitation: { eventId: 'evt-1', sentAt: '2027-02-23T08:00:00Z' },
};

describe('Einladung: the cancellation message has the limit of the meeting’s data it is kept in', () => {
  it('over it, the message at the field and nothing sent; every character kept; within it, sent', async () => {
    const get = jest.fn(() => Promise.resolve(storedEvent()));
    const cancel = jest.fn(() => Promise.resolve());
    const { user, latest } = await setupEinladung({
      meeting: sent,
      today: '2027-03-01',
      gateway: { events: { get, cancel } },
    });
    const limit = meetingRoom(sent).spareFor('cancelMessage');
    expect(limit).toBeLessThan(63_999);

    await user.click(screen.getByRole('button', { name: 'Treffen absagen …' }));
    const dialog = await openedDialog('Treffen absagen?');
    const message = within(dialog).getByRole('textbox', { hidden: true });
    await user.clear(message);
    await user.click(message);
    await user.paste('x'.repeat(100_000));
    expect(within(dialog).getByText(/^Zu lang: höchstens \d{2}\.\d{3} Zeichen/)).toBeInTheDocument();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Absage senden', hidden: true }));
    expect(cancel).not.toHaveBeenCalled();
    expect(message).toHaveValue('x'.repeat(100_000));
    expect(latest.meeting.status).toBe('eingeladen');

    await user.clear(message);
    await user.click(message);
    await user.paste('Das Treffen fällt aus.');
    await user.click(within(dialog).getByRole('button', { name: 'Absage senden', hidden: true }));
    await screen.findByText('Treffen abgesagt');
    expect(cancel).toHaveBeenCalledWith('evt-1', 'Das Treffen fällt aus.');
  });
});
