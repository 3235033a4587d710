import { fireEvent, screen, within } from '@testing-library/react';
import { STANDING_REMINDER } from '../../../src/domain/privacyGuard';
import { axeViolations } from '../support/axe';
import { INITIATIVEN, invitedMeeting, LANDKREIS, setupProtokoll } from './setupProtokoll';

const notes = (name: RegExp) => screen.getByRole('textbox', { name });

/** The live region under a field: the element its aria-describedby names last. */
function warningsOf(field: HTMLElement): HTMLElement {
  const id = field.getAttribute('aria-describedby')!.split(' ').at(-1)!;
  return document.getElementById(id)!;
}

describe('Protokoll: notes along the agenda', () => {
  it('has one notes field per agenda item, named by the item and its time', async () => {
    await setupProtokoll();
    expect(
      screen.getByRole('heading', { name: 'TOP 1: Begrüßung und Vorstellungsrunde (15:00–15:20 Uhr)', level: 4 }),
    ).toBeInTheDocument();
    expect(notes(/^TOP 2: Aktuelles aus dem Landkreis \(15:20–15:50 Uhr\)$/)).toBeInTheDocument();
    expect(notes(/^TOP 6: Termine und nächstes Treffen \(17:40–18:00 Uhr\)$/)).toBeInTheDocument();
    const agenda = screen.getByRole('heading', { name: 'Notizen zur Tagesordnung', level: 3 }).closest('section')!;
    expect(within(agenda).getAllByRole('textbox')).toHaveLength(6);
    expect(
      screen.getByText('Unterpunkte: Sprachkurse in den Kommunen, Zahlen Neuzugewanderter, Fördermöglichkeiten'),
    ).toBeInTheDocument();
  });

  it('keeps what is typed and marks the meeting held with the first note', async () => {
    const { user, latest, update } = await setupProtokoll();
    expect(latest.meeting.status).toBe('eingeladen');
    await user.type(notes(/^TOP 2:/), 'Sprachkurse in Uslar starten im April.');
    expect(latest.meeting.minutes?.notes[LANDKREIS!]).toBe('Sprachkurse in Uslar starten im April.');
    expect(latest.meeting.status).toBe('durchgeführt');
    expect(update).toHaveBeenCalled();
    await user.clear(notes(/^TOP 2:/));
    expect(latest.meeting.minutes?.notes).toEqual({});
  });

  it('shows the standing reminder on the initiatives item, described to the field', async () => {
    await setupProtokoll();
    const field = notes(/^TOP 3: Aktuelles aus den Initiativen/);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(STANDING_REMINDER));
    expect(screen.getAllByText(STANDING_REMINDER)).toHaveLength(1);
  });

  it('warns specifically under the field as the user types, politely, and never blocks', async () => {
    const { user, latest } = await setupProtokoll();
    const field = notes(/^TOP 3:/);
    const region = warningsOf(field);
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    await user.type(field, 'Herr Haddad, geb. 12.03.1990, braucht Hilfe.');
    expect(region).toHaveTextContent(
      'Hinweis zum Datenschutz: „geb. 12.03.1990“ sieht nach einem Geburtsdatum aus. ' +
        'Bitte im Protokoll keine Einzelfälle festhalten – Themen statt Personen.',
    );
    expect(region).toHaveTextContent('„Herr Haddad“ sieht nach dem Namen einer Person aus, die nicht teilnimmt.');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('sieht nach einem Geburtsdatum aus'));
    expect(latest.meeting.minutes?.notes[INITIATIVEN!]).toBe('Herr Haddad, geb. 12.03.1990, braucht Hilfe.');

    fireEvent.change(field, { target: { value: 'Mehrere Initiativen suchen Fahrdienste zu Arztterminen.' } });
    expect(region).toBeEmptyDOMElement();
  });

  it('does not warn about the names of people on the attendance list', async () => {
    const meeting = invitedMeeting({
      minutes: {
        notes: {},
        decisions: [],
        actionItems: [],
        attendance: [{ id: 'w1', name: 'Karim Haddad', initiative: '', present: true, source: 'walk-in' }],
      },
    });
    const { user } = await setupProtokoll({ meeting });
    const field = notes(/^TOP 3:/);
    await user.type(field, 'Herr Haddad berichtet von langen Wartezeiten.');
    expect(warningsOf(field)).toBeEmptyDOMElement();
  });

  it('has no axe violations with warnings shown', async () => {
    const { user, container } = await setupProtokoll();
    await user.type(notes(/^TOP 3:/), 'Az. 123/45-2026 wurde abgelehnt.');
    expect(screen.getByText(/sieht nach einem Aktenzeichen aus/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
