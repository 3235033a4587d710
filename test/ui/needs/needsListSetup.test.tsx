import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, openedPlanning, renderPane } from '../support/renderPane';

describe('a site whose lists predate the needs register', () => {
  it('asks before creating the needs list, says the meetings are saved already, and creates only that list', async () => {
    const provision = jest.fn(() => Promise.resolve(openedPlanning()));
    const saveMeeting = jest.fn(() => Promise.resolve({ itemId: '1', etag: '"1"' }));
    renderPane(
      fakeGateway({
        planning: { open: () => Promise.resolve(openedPlanning({ missingLists: ['needs'] })), provision, saveMeeting },
      }),
    );
    await screen.findByText('In der SharePoint-Website gibt es noch keine Liste „Treffpunkt-Bedarfe“. Jetzt anlegen?');
    expect(screen.getByText(/Ihre Treffen werden schon in SharePoint gespeichert\./)).toBeInTheDocument();
    expect(screen.queryByText(/bleibt Ihre Planung auf diesem Gerät/)).not.toBeInTheDocument();
    expect(provision).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Liste anlegen' }));
    await waitFor(() => expect(provision).toHaveBeenCalledWith(['needs']));
  });
});
