import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import { fakeGateway, renderPane } from '../support/renderPane';

describe('Ausgaben in the pane (planning hook, fake gateway)', () => {
  it('saves the lines in cents to SharePoint through the meeting, and says so', async () => {
    const user = userEvent.setup();
    const saved: Meeting[] = [];
    const saveMeeting = jest.fn(async (meeting: Meeting) => {
      saved.push(meeting);
      return { itemId: '9', etag: `"${saved.length}"` };
    });
    const drafts = createBrowserStore(null);
    renderPane(fakeGateway({ planning: { saveMeeting } }), {}, { drafts });

    await user.click(await screen.findByRole('tab', { name: 'Ausgaben' }));
    await user.selectOptions(await screen.findByLabelText(/Kategorie/), 'Verpflegung');
    await user.type(screen.getByLabelText(/Wofür/), 'Kaffee und Kekse');
    await user.type(screen.getByLabelText(/Betrag in Euro/), '24,90');
    await user.type(screen.getByLabelText(/Bezahlt von/), 'M. Albers');
    await user.type(screen.getByLabelText(/Belegnummer/), '2026-014{Enter}');
    await user.selectOptions(screen.getByLabelText(/Kategorie/), 'Getränke');
    await user.type(screen.getByLabelText(/Wofür/), 'Wasser');
    await user.type(screen.getByLabelText(/Betrag in Euro/), '7,1{Enter}');

    await waitFor(() => expect(screen.getByText(/In SharePoint gespeichert um/)).toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(saved.at(-1)?.expenses).toEqual([
      {
        id: expect.any(String),
        category: 'Verpflegung',
        description: 'Kaffee und Kekse',
        amountCents: 2490,
        paidBy: 'M. Albers',
        receiptNumber: '2026-014',
      },
      {
        id: expect.any(String),
        category: 'Getränke',
        description: 'Wasser',
        amountCents: 710,
        paidBy: '',
        receiptNumber: '',
      },
    ]);
    // SharePoint has the lines: the device keeps no copy of the meeting.
    expect(drafts.read('treffpunkt.planen.entwurf')).toBeNull();
  });
});
