import { screen, within } from '@testing-library/react';
import { openItem, row, rows, rowTitles, setup, titles } from './setupPlanen';

const STANDARD = [
  'Begrüßung und Vorstellungsrunde',
  'Aktuelles aus dem Landkreis',
  'Aktuelles aus den Initiativen',
  'Kaffeepause',
  'Input von dritter Seite',
  'Termine und nächstes Treffen',
];

describe('Planen: agenda', () => {
  it('lists the standard agenda as compact rows; an opened item shows its standing note and sub-points', async () => {
    const { user } = await setup();
    expect(screen.getByRole('heading', { name: 'Tagesordnung', level: 3 })).toBeInTheDocument();
    expect(rowTitles()).toEqual(STANDARD);
    expect(screen.queryByRole('textbox', { name: 'Titel' })).not.toBeInTheDocument();
    expect(row('Aktuelles aus dem Landkreis')).toHaveAccessibleName(
      'TOP 2 · 15:20–15:50 · 30 Min. Aktuelles aus dem Landkreis Koordinierungsstelle für Migration und Teilhabe · 3 Unterpunkte',
    );

    await openItem(user, 'Aktuelles aus den Initiativen');
    expect(screen.getByText(/^Ständiger Hinweis: Hier werden keine Einzelfälle besprochen/)).toBeInTheDocument();
    const landkreis = await openItem(user, 'Aktuelles aus dem Landkreis');
    expect(within(landkreis).getByRole('textbox', { name: 'Unterpunkt 2' })).toHaveValue('Zahlen Neuzugewanderter');
    expect(screen.queryByText(/^Ständiger Hinweis/)).not.toBeInTheDocument();
  });

  it('opens one item at a time below its row; Escape or "Fertig" closes it and the focus returns to the row', async () => {
    const { user } = await setup();
    const first = row('Begrüßung und Vorstellungsrunde');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    first.focus();
    await user.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAttribute('aria-controls', screen.getByRole('group', { name: /^TOP 1:/ }).id);
    expect(first).toHaveFocus();

    await user.click(row('Kaffeepause'));
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('group', { name: /^TOP \d:/ })).toHaveLength(1);
    await user.click(titles()[0]!);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^TOP \d:/ })).not.toBeInTheDocument();
    expect(row('Kaffeepause')).toHaveFocus();

    await openItem(user, 'Kaffeepause');
    await user.click(screen.getByRole('button', { name: 'Fertig' }));
    expect(row('Kaffeepause')).toHaveAttribute('aria-expanded', 'false');
    expect(row('Kaffeepause')).toHaveFocus();
    await user.click(row('Kaffeepause'));
    await user.click(row('Kaffeepause'));
    expect(row('Kaffeepause')).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves items up and down, keeps the focus on the moved button and says where the item is now', async () => {
    const { user } = await setup();
    screen.getByRole('button', { name: 'Aktuelles aus dem Landkreis nach oben' }).focus();
    await user.keyboard('{Enter}');
    expect(rowTitles()[0]).toBe('Aktuelles aus dem Landkreis');
    expect(rows()[0]).toHaveAccessibleName(/^TOP 1 · 15:00–15:30 · 30 Min\. Aktuelles aus dem Landkreis/);
    expect(screen.getByText('Aktuelles aus dem Landkreis ist jetzt TOP 1, 15:00 bis 15:30 Uhr.')).toBeInTheDocument();
    const up = screen.getByRole('button', { name: 'Aktuelles aus dem Landkreis nach oben' });
    expect(up).toHaveFocus();
    expect(up).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Kaffeepause nach unten' }));
    expect(rowTitles().slice(3, 5)).toEqual(['Input von dritter Seite', 'Kaffeepause']);
    expect(screen.getByRole('button', { name: 'Kaffeepause nach unten' })).toHaveFocus();
    expect(screen.getByText('Kaffeepause ist jetzt TOP 5, 17:20 bis 17:40 Uhr.')).toBeInTheDocument();
  });

  it('removes an item and moves the focus to the next one', async () => {
    const { user, latest } = await setup();
    await openItem(user, 'Kaffeepause');
    await user.click(screen.getByRole('button', { name: 'Kaffeepause entfernen' }));
    expect(rows()).toHaveLength(5);
    expect(latest.meeting.agenda.some((i) => i.role === 'pause')).toBe(false);
    expect(rowTitles()[3]).toBe('Input von dritter Seite');
    expect(rows()[3]).toHaveFocus();
  });

  it('adds an item before the closing item, opened, and focuses its title', async () => {
    const { user, latest } = await setup();
    await user.click(screen.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }));
    expect(rows()).toHaveLength(7);
    expect(rows()[5]).toHaveAttribute('aria-expanded', 'true');
    expect(titles()).toHaveLength(1);
    expect(titles()[0]).toHaveFocus();
    await user.keyboard('Sprachcafés im Landkreis');
    expect(latest.meeting.agenda[5]?.title).toBe('Sprachcafés im Landkreis');
    expect(latest.meeting.agenda[6]?.role).toBe('termine');
    expect(rowTitles()[5]).toBe('Sprachcafés im Landkreis');
  });

  it('keeps an empty title while typing and says what is missing', async () => {
    const { user, latest } = await setup();
    await openItem(user, 'Begrüßung und Vorstellungsrunde');
    const first = titles()[0]!;
    await user.clear(first);
    expect(first).toHaveValue('');
    expect(first).toHaveAccessibleDescription('Bitte einen Titel für den Tagesordnungspunkt eingeben.');
    expect(rowTitles()[0]).toBe('(ohne Titel)');
    await user.type(first, 'Ankommen');
    expect(first).toHaveValue('Ankommen');
    expect(latest.meeting.agenda[0]?.title).toBe('Ankommen');
    expect(first).not.toHaveAccessibleDescription();
  });

  it('takes minutes only as a whole number from 1 to 180; a change shifts every following row at once', async () => {
    const { user, latest } = await setup();
    await openItem(user, 'Begrüßung und Vorstellungsrunde');
    const minutes = screen.getByRole('textbox', { name: 'Minuten' });
    await user.clear(minutes);
    await user.type(minutes, 'abc');
    expect(minutes).toHaveValue('abc');
    expect(minutes).toHaveAccessibleDescription('Bitte eine Dauer zwischen 1 und 180 Minuten eingeben.');
    expect(latest.meeting.agenda[0]?.minutes).toBe(20);

    await user.clear(minutes);
    await user.type(minutes, '35');
    expect(latest.meeting.agenda[0]?.minutes).toBe(35);
    expect(rows().map((r) => /^TOP \d · (\S+)/.exec(r.textContent ?? '')?.[1])).toEqual([
      '15:00–15:35',
      '15:35–16:05',
      '16:05–16:50',
      '16:50–17:10',
      '17:10–17:55',
      '17:55–18:15',
    ]);
    expect(screen.getByText(/Geplant: 195 von 180 Minuten – 15 Minuten zu lang\./)).toBeInTheDocument();
  });

  it('edits kind, presenter, note and sub-points', async () => {
    const { user, latest } = await setup();
    const group = await openItem(user, 'Aktuelles aus dem Landkreis');
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

  it('shows a sub-point added to the meeting elsewhere, on the closed row and in the opened item', async () => {
    const { user, latest } = await setup();
    const addReview = () =>
      latest.change!((m) => ({
        ...m,
        agenda: m.agenda.map((i) =>
          i.role === 'termine' ? { ...i, subItems: [...i.subItems, 'Rückblick: offene Aufgaben'] } : i,
        ),
      }));
    addReview();
    expect(row('Termine und nächstes Treffen')).toHaveTextContent('1 Unterpunkt');
    const group = await openItem(user, 'Termine und nächstes Treffen');
    expect(within(group).getByRole('textbox', { name: 'Unterpunkt 1' })).toHaveValue('Rückblick: offene Aufgaben');
    addReview();
    expect(within(group).getByRole('textbox', { name: 'Unterpunkt 2' })).toHaveValue('Rückblick: offene Aufgaben');
  });
});

describe('Planen: time plan (the agenda’s rows)', () => {
  it('shows clock times per item and that the plan fills the three hours', async () => {
    await setup();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(rows()[0]).toHaveAccessibleName(/^TOP 1 · 15:00–15:20 · 20 Min\. Begrüßung und Vorstellungsrunde/);
    expect(rows()[5]).toHaveAccessibleName(/^TOP 6 · 17:40–18:00 · 20 Min\. Termine und nächstes Treffen/);
    expect(screen.getByText('Geplant: 180 von 180 Minuten – passt. Ende um 18:00 Uhr.')).toBeInTheDocument();
  });

  it('says plainly when the plan is too short', async () => {
    const { user } = await setup();
    await openItem(user, 'Kaffeepause');
    await user.click(screen.getByRole('button', { name: 'Kaffeepause entfernen' }));
    expect(
      screen.getByText('Geplant: 160 von 180 Minuten – 20 Minuten zu kurz. Ende um 17:40 Uhr.'),
    ).toBeInTheDocument();
  });
});
