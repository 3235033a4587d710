import { screen, within } from '@testing-library/react';
import { setup, titles } from './setupPlanen';

describe('Planen: agenda', () => {
  it('lists the standard agenda with the standing note on the initiatives item', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Tagesordnung', level: 3 })).toBeInTheDocument();
    expect(titles().map((t) => t.value)).toEqual([
      'Begrüßung und Vorstellungsrunde',
      'Aktuelles aus dem Landkreis',
      'Aktuelles aus den Initiativen',
      'Kaffeepause',
      'Input von dritter Seite',
      'Termine und nächstes Treffen',
    ]);
    expect(screen.getByText(/^Ständiger Hinweis: Hier werden keine Einzelfälle besprochen/)).toBeInTheDocument();
    const landkreis = screen.getByRole('group', { name: 'TOP 2: Aktuelles aus dem Landkreis' });
    expect(within(landkreis).getByRole('textbox', { name: 'Unterpunkt 2' })).toHaveValue('Zahlen Neuzugewanderter');
  });

  it('moves items up and down and keeps the focus on the moved button', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'Aktuelles aus dem Landkreis nach oben' }).focus();
    await user.keyboard('{Enter}');
    expect(titles()[0]).toHaveValue('Aktuelles aus dem Landkreis');
    const up = screen.getByRole('button', { name: 'Aktuelles aus dem Landkreis nach oben' });
    expect(up).toHaveFocus();
    expect(up).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Kaffeepause nach unten' }));
    expect(
      titles()
        .map((t) => t.value)
        .slice(3, 5),
    ).toEqual(['Input von dritter Seite', 'Kaffeepause']);
    expect(screen.getByRole('button', { name: 'Kaffeepause nach unten' })).toHaveFocus();
  });

  it('removes an item and moves the focus to the next one', async () => {
    const { user, latest } = setup();
    await user.click(screen.getByRole('button', { name: 'Kaffeepause entfernen' }));
    expect(titles()).toHaveLength(5);
    expect(latest.meeting.agenda.some((i) => i.role === 'pause')).toBe(false);
    expect(titles()[3]).toHaveValue('Input von dritter Seite');
    expect(titles()[3]).toHaveFocus();
  });

  it('adds an item before the closing item and focuses its title', async () => {
    const { user, latest } = setup();
    await user.click(screen.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }));
    expect(titles()).toHaveLength(7);
    expect(titles()[5]).toHaveFocus();
    await user.keyboard('Sprachcafés im Landkreis');
    expect(latest.meeting.agenda[5]?.title).toBe('Sprachcafés im Landkreis');
    expect(latest.meeting.agenda[6]?.role).toBe('termine');
  });

  it('keeps an empty title while typing and says what is missing', async () => {
    const { user, latest } = setup();
    const first = titles()[0]!;
    await user.clear(first);
    expect(first).toHaveValue('');
    expect(first).toHaveAccessibleDescription('Bitte einen Titel für den Tagesordnungspunkt eingeben.');
    await user.type(first, 'Ankommen');
    expect(first).toHaveValue('Ankommen');
    expect(latest.meeting.agenda[0]?.title).toBe('Ankommen');
    expect(first).not.toHaveAccessibleDescription();
  });

  it('takes minutes only as a whole number from 1 to 180 and keeps other text on screen', async () => {
    const { user, latest } = setup();
    const minutes = screen.getAllByRole('textbox', { name: 'Minuten' })[0]!;
    await user.clear(minutes);
    await user.type(minutes, 'abc');
    expect(minutes).toHaveValue('abc');
    expect(minutes).toHaveAccessibleDescription('Bitte eine Dauer zwischen 1 und 180 Minuten eingeben.');
    expect(latest.meeting.agenda[0]?.minutes).toBe(20);

    await user.clear(minutes);
    await user.type(minutes, '35');
    expect(latest.meeting.agenda[0]?.minutes).toBe(35);
    expect(screen.getByText(/Geplant: 195 von 180 Minuten – 15 Minuten zu lang\./)).toBeInTheDocument();
  });

  it('edits kind, presenter, note and sub-points', async () => {
    const { user, latest } = setup();
    const group = screen.getByRole('group', { name: 'TOP 2: Aktuelles aus dem Landkreis' });
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Art' }), 'Beschluss');
    await user.clear(within(group).getByRole('textbox', { name: 'Wer' }));
    await user.type(within(group).getByRole('textbox', { name: 'Wer' }), 'Miriam Albers');
    await user.type(within(group).getByRole('textbox', { name: 'Hinweis' }), 'Folien folgen');
    await user.click(within(group).getByRole('button', { name: 'Unterpunkt 1 entfernen' }));
    await user.click(within(group).getByRole('button', { name: 'Unterpunkt hinzufügen' }));
    expect(within(group).getByRole('textbox', { name: 'Unterpunkt 3' })).toHaveFocus();
    await user.keyboard('Ehrenamtspauschale');
    expect(latest.meeting.agenda[1]).toMatchObject({
      kind: 'beschluss',
      presenter: 'Miriam Albers',
      note: 'Folien folgen',
      subItems: ['Zahlen Neuzugewanderter', 'Fördermöglichkeiten', 'Ehrenamtspauschale'],
    });
  });
});

describe('Planen: time plan', () => {
  it('shows clock times per item and that the plan fills the three hours', () => {
    setup();
    const plan = screen.getByRole('table', { name: 'Zeitplan' });
    expect(
      within(plan)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Uhrzeit', 'TOP', 'Thema', 'Wer']);
    expect(within(plan).getByRole('row', { name: /15:00–15:20.*Begrüßung und Vorstellungsrunde/ })).toBeVisible();
    expect(within(plan).getByRole('row', { name: /17:40–18:00.*Termine und nächstes Treffen/ })).toBeVisible();
    expect(screen.getByText('Geplant: 180 von 180 Minuten – passt. Ende um 18:00 Uhr.')).toBeInTheDocument();
  });

  it('says plainly when the plan is too short', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Kaffeepause entfernen' }));
    expect(
      screen.getByText('Geplant: 160 von 180 Minuten – 20 Minuten zu kurz. Ende um 17:40 Uhr.'),
    ).toBeInTheDocument();
  });
});
