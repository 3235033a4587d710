import { screen, within } from '@testing-library/react';
import { entry, openVerlauf, pastMeeting } from './setupVerlauf';

const september = entry('8', '2026-09-15');

/** Opens the September meeting, read with this item address from the list. */
async function openWith(webUrl: string) {
  const readMeeting = jest.fn().mockResolvedValue(pastMeeting({ ...september, webUrl }));
  const user = await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries: [september] }), readMeeting });
  await user.click(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' }));
  const details = screen.getByRole('region', { name: 'Dienstag, 15. September 2026' });
  await within(details).findByText('Eine Arbeitsgruppe Mobilität wird gebildet.');
  return details;
}

describe('Verlauf: the link to the SharePoint entry opens only SharePoint', () => {
  it('links to the entry on the team’s SharePoint site', async () => {
    const details = await openWith(september.webUrl);
    expect(within(details).getByRole('link', { name: /Eintrag in SharePoint öffnen/ })).toHaveAttribute(
      'href',
      september.webUrl,
    );
  });

  it.each([
    'javascript:alert(document.cookie)',
    'https://landkreisnortheim.sharepoint.com.evil.example/sites/Integration/Lists/Vernetzungstreffen/8_.000',
    'http://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/8_.000',
  ])('shows no link for %s, and everything else of the meeting', async (webUrl) => {
    const details = await openWith(webUrl);
    expect(within(details).queryByRole('link', { name: /Eintrag in SharePoint öffnen/ })).not.toBeInTheDocument();
    expect(details.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(details).getByText('Frau Aydın stellte die offenen Sprechstunden vor.')).toBeInTheDocument();
  });
});
