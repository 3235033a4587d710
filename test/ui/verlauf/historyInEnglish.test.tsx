import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderPane } from '../support/renderPane';
import { entry, pastMeeting } from './setupVerlauf';

const september = entry('8', '2026-09-15', { costCents: undefined });

describe('Verlauf in English (Outlook in English)', () => {
  it('shows the past meetings, one meeting and the CSV section in English; dates stay German', async () => {
    const user = userEvent.setup();
    const history = {
      readPage: jest.fn().mockResolvedValue({ entries: [september] }),
      readMeeting: jest.fn().mockResolvedValue(pastMeeting(september, { decisions: [] })),
    };
    renderPane(fakeGateway({ history }), { displayLanguage: 'en-US' });
    await user.click(screen.getByRole('tab', { name: 'History' }));

    expect(await screen.findByRole('heading', { name: 'Past meetings', level: 3 })).toBeInTheDocument();
    expect(await screen.findByText('1 meeting shown, newest first.')).toBeInTheDocument();
    const item = within(screen.getByRole('list')).getByRole('listitem');
    expect(item).toHaveTextContent('StatusMinutes filed');
    expect(item).toHaveTextContent('Costsnot recorded');
    expect(screen.getByRole('heading', { name: 'Costs of a year as CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download costs 2026' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dienstag, 15. September 2026' }));
    const details = screen.getByRole('region', { name: 'Dienstag, 15. September 2026' });
    expect(await within(details).findByRole('heading', { name: 'Decisions', level: 4 })).toBeInTheDocument();
    expect(within(details).getByText('No decisions entered.')).toBeInTheDocument();
    expect(within(details).getByText(/entered directly in SharePoint, not with Treffpunkt/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the overview' })).toBeInTheDocument();
  });
});
