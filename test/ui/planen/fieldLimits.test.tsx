import { screen } from '@testing-library/react';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { openItem, setup } from './setupPlanen';

const paste = async (user: Awaited<ReturnType<typeof setup>>['user'], field: HTMLElement, text: string) => {
  await user.click(field);
  await user.paste(text);
};

describe('Planen: every text field has the limit of the SharePoint column it lands in', () => {
  it('speaker and organisation share the single line "Referent*in und Thema": the longer one is told', async () => {
    const { user, latest } = await setup();
    const name = screen.getByRole('textbox', { name: 'Name der Referentin oder des Referenten' });
    await paste(user, name, 'n'.repeat(200));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await paste(user, screen.getByRole('textbox', { name: 'Organisation' }), 'o'.repeat(60));
    // "n… (o…)" is 263 characters: 8 too many for the column, so the name may hold 192
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zu lang: höchstens 192 Zeichen – bitte kürzen oder aufteilen.',
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('n'.repeat(200));
    expect(latest.meeting.speaker.name).toHaveLength(200);

    await user.clear(name);
    await paste(user, name, 'n'.repeat(192));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(String(meetingToFields(latest.meeting).TpReferent)).toHaveLength(255);
  });

  it('an agenda item’s note over the agenda column: the message at that note, all of it kept', async () => {
    const { user, latest } = await setup();
    await openItem(user, 'Begrüßung und Vorstellungsrunde');
    const [firstNote] = screen.getAllByRole('textbox', { name: 'Hinweis' });
    await paste(user, firstNote!, 'h'.repeat(70_000));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Zu lang: höchstens \d{2}\.\d{3} Zeichen/);
    expect(firstNote).toHaveAttribute('aria-invalid', 'true');
    expect(firstNote).toHaveValue('h'.repeat(70_000));
    expect(latest.meeting.agenda[0]!.note).toHaveLength(70_000);
    expect(screen.getByText(/^70\.000 von \d{2}\.\d{3} Zeichen$/)).toBeInTheDocument();
  });

  it('shows the counter near the limit while an agenda title is typed in', async () => {
    const { user } = await setup();
    await openItem(user, 'Begrüßung und Vorstellungsrunde');
    const [title] = screen.getAllByRole('textbox', { name: 'Titel' });
    await user.clear(title!);
    await paste(user, title!, 't'.repeat(60_000));
    expect(screen.getByText(/^60\.000 von \d{2}\.\d{3} Zeichen$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the new venue form: 255 characters a line, and nothing too long is sent', async () => {
    const addVenue = jest.fn();
    const { user } = await setup({ addVenue });
    await user.click(screen.getByRole('button', { name: 'Neuen Ort anlegen' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Sprachcafé Uslar');
    await user.type(screen.getByRole('textbox', { name: 'Ortschaft' }), 'Uslar');
    const street = screen.getByRole('textbox', { name: 'Straße und Hausnummer' });
    await paste(user, street, 's'.repeat(300));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zu lang: höchstens 255 Zeichen – bitte kürzen oder aufteilen.',
    );
    expect(street).toHaveValue('s'.repeat(300));

    await user.click(screen.getByRole('button', { name: 'Ort speichern' }));
    expect(addVenue).not.toHaveBeenCalled();
    expect(street).toHaveFocus();
    expect(street).toHaveValue('s'.repeat(300));
  });
});
