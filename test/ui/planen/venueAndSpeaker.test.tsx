import { screen, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Venue } from '../../../src/domain/planning';
import { einbeck, kreishaus, setup } from './setupPlanen';

describe('Planen: venue', () => {
  it('chooses a venue and shows its address and access', async () => {
    const { user, latest } = await setup();
    const select = screen.getByLabelText('Ort');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bitte wählen', 'Kreishaus Northeim', 'Flüchtlingshilfe Einbeck']);
    await user.selectOptions(select, 'Kreishaus Northeim');
    expect(latest.meeting.venue?.id).toBe('v-kreishaus');
    expect(screen.getByText('Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim')).toBeInTheDocument();
    expect(screen.getByText('Stufenlos erreichbar.')).toBeInTheDocument();
    expect(screen.getByText('Bus und Bahn: Bahnhof Northeim, 10 Minuten zu Fuß')).toBeInTheDocument();
  });

  it('suggests the next host by rotation and takes the suggestion', async () => {
    const { user, latest } = await setup();
    expect(
      screen.getByText('Vorschlag nach Reihenfolge: Flüchtlingshilfe Einbeck (bisher noch nie Gastgeber)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen' }));
    expect(latest.meeting.venue?.id).toBe('v-einbeck');
    expect(screen.getByLabelText('Ort')).toHaveValue('v-einbeck');
    expect(screen.getByText('Nicht stufenlos erreichbar.')).toBeInTheDocument();
  });

  it('names when the suggested host last hosted', async () => {
    await setup({ hostSuggestion: { venue: kreishaus, lastHosted: '2026-06-09' } });
    expect(
      screen.getByText('Vorschlag nach Reihenfolge: Kreishaus Northeim (zuletzt Gastgeber am 09.06.2026)'),
    ).toBeInTheDocument();
  });

  it('creates a new venue, keeping the typed values when saving fails', async () => {
    const created: Venue = { ...einbeck, id: 'v-uslar', name: 'Sprachcafé Uslar', town: 'Uslar' };
    const addVenue = jest
      .fn()
      .mockRejectedValueOnce(new AppError('offline', 'fetch failed'))
      .mockResolvedValueOnce(created);
    const { user, latest } = await setup({ addVenue });
    const toggle = screen.getByRole('button', { name: 'Neuen Ort anlegen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    // The form comes in a chunk of its own, loaded once opened.
    await user.click(await screen.findByRole('button', { name: 'Ort speichern' }));
    expect(screen.getByText('Bitte den Namen des Ortes eingeben.')).toBeInTheDocument();
    expect(screen.getByText('Bitte die Ortschaft eingeben.')).toBeInTheDocument();
    expect(addVenue).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sprachcafé Uslar');
    await user.type(screen.getByRole('textbox', { name: 'Ortschaft' }), 'Uslar');
    await user.click(screen.getByRole('checkbox', { name: 'Stufenlos erreichbar' }));
    await user.click(screen.getByRole('button', { name: 'Ort speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Ort wurde nicht gespeichert.');
    expect(screen.getByRole('alert')).toHaveTextContent('Keine Verbindung zu Microsoft 365');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Sprachcafé Uslar');

    await user.click(screen.getByRole('button', { name: 'Ort speichern' }));
    expect(addVenue).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'Sprachcafé Uslar', town: 'Uslar', stepFree: true, kind: 'initiative' }),
    );
    expect(latest.meeting.venue?.id).toBe('v-uslar');
    expect(screen.queryByRole('textbox', { name: 'Ortschaft' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Ort')).toHaveValue('v-uslar');
    expect(screen.getByLabelText('Ort')).toHaveFocus();
  });
});

describe('Planen: speaker', () => {
  it('puts the speaker on the input item of the agenda', async () => {
    const { user, latest } = await setup();
    expect(screen.getByRole('heading', { name: 'Input von dritter Seite', level: 3 })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name der Referentin oder des Referenten'), 'Dr. Lena Hoffmann');
    await user.type(screen.getByLabelText('Organisation'), 'Jobcenter');
    await user.type(screen.getByLabelText('Thema des Inputs'), 'Bürgergeld');
    const input = latest.meeting.agenda.find((i) => i.role === 'input');
    expect(input?.presenter).toBe('Dr. Lena Hoffmann, Jobcenter');
    expect(input?.note).toBe('Bürgergeld');
    expect(latest.meeting.speaker).toEqual({
      name: 'Dr. Lena Hoffmann',
      organisation: 'Jobcenter',
      topic: 'Bürgergeld',
    });
    // The time plan is the agenda's rows: the input's row names who gives it.
    const plan = screen.getByRole('list', { name: 'Zeitplan' });
    expect(
      within(plan).getByRole('button', { name: /^TOP 5 · .*Input von dritter Seite Dr. Lena Hoffmann, Jobcenter$/ }),
    ).toBeVisible();
  });
});
