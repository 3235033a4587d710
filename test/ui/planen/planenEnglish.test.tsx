import { screen, within } from '@testing-library/react';
import { fakeGateway, renderPane } from '../support/renderPane';

describe('Planen in an English Office', () => {
  it('names its parts, fields and the time plan in English (dates stay German-formatted)', async () => {
    renderPane(fakeGateway(), { displayLanguage: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'Agenda', level: 3 })).toBeInTheDocument();
    for (const heading of ['Date', 'Venue', 'Input from outside', 'Topic suggestions from mails'])
      expect(screen.getByRole('heading', { name: heading, level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Date of the meeting')).toBeInTheDocument();
    expect(screen.getByLabelText('Topic of the input')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add agenda item' })).toBeInTheDocument();
    expect(screen.getByText(/^Send the invitation by \S+, \d{1,2}\. \S+ \d{4}$/)).toBeInTheDocument();
    // The time plan is the agenda's rows, each with its clock times.
    const plan = screen.getByRole('list', { name: 'Time plan' });
    expect(
      within(plan).getAllByRole('button', { name: /^Item \d+ · \d\d:\d\d–\d\d:\d\d · \d+ min / }),
    ).not.toHaveLength(0);
    expect(screen.getByText(/^Planned: \d+ of 180 minutes – .* Ends at \d\d:\d\d\.$/)).toBeInTheDocument();
  });
});
