import { screen, within } from '@testing-library/react';
import { meetingRoom } from '../../../src/graph/fieldRoom';
import { fieldLimitProblems } from '../../../src/graph/fieldLimits';
import { BEGRUESSUNG, LANDKREIS, setupProtokoll } from './setupProtokoll';

type User = Awaited<ReturnType<typeof setupProtokoll>>['user'];
const note = (top: number) => screen.getByRole('textbox', { name: new RegExp(`^TOP ${top}:`) });
const paste = async (user: User, field: HTMLElement, text: string) => {
  await user.click(field);
  await user.paste(text);
};

describe('Protokoll: every text field has the limit of the SharePoint column it lands in', () => {
  it('100,000 characters pasted into one note: the message at that note, every character kept', async () => {
    const { user, latest } = await setupProtokoll();
    await user.type(note(1), 'Vorstellungsrunde.');
    await paste(user, note(2), 'a'.repeat(100_000));

    const limit = meetingRoom(latest.meeting).limitOf('note', LANDKREIS);
    expect(limit).toBeLessThan(63_999);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      `Zu lang: höchstens ${limit.toLocaleString('de-DE')} Zeichen – bitte kürzen oder aufteilen.`,
    );
    // only at the note pasted into, described to it
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(note(2)).toHaveAttribute('aria-invalid', 'true');
    expect(note(2)).toHaveAccessibleDescription(expect.stringContaining('Zu lang'));
    expect(note(1)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(`100.000 von ${limit.toLocaleString('de-DE')} Zeichen`)).toBeInTheDocument();
    // nothing lost: the field and the meeting (kept on the device by the session) hold all of it
    expect(note(2)).toHaveValue('a'.repeat(100_000));
    expect(latest.meeting.minutes?.notes[LANDKREIS!]).toHaveLength(100_000);
    expect(latest.meeting.minutes?.notes[BEGRUESSUNG!]).toBe('Vorstellungsrunde.');
  });

  it('cut to the limit, the message goes and the minutes fit the list', async () => {
    const { user, latest } = await setupProtokoll();
    await paste(user, note(2), 'a'.repeat(100_000));
    const limit = meetingRoom(latest.meeting).limitOf('note', LANDKREIS);
    await user.clear(note(2));
    await paste(user, note(2), 'a'.repeat(limit));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fieldLimitProblems(latest.meeting)).toEqual([]);
    // at the limit, while typing: the counter
    expect(
      screen.getByText(`${limit.toLocaleString('de-DE')} von ${limit.toLocaleString('de-DE')} Zeichen`),
    ).toBeInTheDocument();
  });

  it('a decision and an action item over their columns say so at the field', async () => {
    const { user, latest } = await setupProtokoll();
    await user.click(screen.getByRole('button', { name: 'Beschluss hinzufügen' }));
    const decision = screen.getByRole('textbox', { name: 'Beschluss 1' });
    await paste(user, decision, 'b'.repeat(64_000));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Zu lang: höchstens \d{2}\.\d{3} Zeichen/);
    expect(decision).toHaveAttribute('aria-invalid', 'true');
    expect(latest.meeting.minutes?.decisions[0]?.text).toHaveLength(64_000);
    await user.clear(decision);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    const who = screen.getByRole('textbox', { name: /^Wer/ });
    await paste(user, who, 'w'.repeat(64_000));
    expect(who).toHaveAttribute('aria-invalid', 'true');
    expect(who).toHaveValue('w'.repeat(64_000));
  });

  it('a walk-in too long for the minutes is not added; the message is at the field', async () => {
    const { user, latest } = await setupProtokoll();
    const form = screen.getByRole('form', { name: 'Jemand ohne Zusage gekommen?' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await paste(user, name, 'p'.repeat(70_000));
    expect(within(form).getByRole('alert')).toHaveTextContent(/^Zu lang: höchstens \d{2}\.\d{3} Zeichen/);
    await user.click(within(form).getByRole('button', { name: 'Person hinzufügen' }));
    expect(latest.meeting.minutes?.attendance ?? []).toEqual([]);
    expect(name).toHaveFocus();
    expect(name).toHaveValue('p'.repeat(70_000));
  });
});
