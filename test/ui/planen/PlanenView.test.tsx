import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { AppError } from '../../../src/domain/appError';
import { type Meeting, standardAgenda, type Venue } from '../../../src/domain/planning';
import type { StoredSuggestion } from '../../../src/office/topicSuggestions';
import { PlanenBody } from '../../../src/taskpane/planen/PlanenView';
import type { SyncState } from '../../../src/taskpane/meeting/planningModel';
import type { PlanenModel } from '../../../src/taskpane/planen/planenModel';

const kreishaus: Venue = {
  id: 'v-kreishaus',
  name: 'Kreishaus Northeim',
  kind: 'kreishaus',
  street: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  town: 'Northeim',
  notes: { stepFree: true, parking: 'Parkplatz am Kreishaus', publicTransport: 'Bahnhof Northeim, 10 Minuten zu Fuß' },
};
const einbeck: Venue = {
  id: 'v-einbeck',
  name: 'Flüchtlingshilfe Einbeck',
  kind: 'initiative',
  street: 'Marktplatz 1',
  postalCode: '37574',
  town: 'Einbeck',
  notes: { stepFree: false, parking: '', publicTransport: 'Bus 210' },
};

const suggestion = (id: string, subject: string): StoredSuggestion => ({
  id,
  subject,
  senderName: 'Ayşe Demir',
  senderAddress: 'ayse.demir@example.org',
  receivedAt: '2027-01-12T09:30:00Z',
  suggestedAt: '2027-01-12T10:00:00Z',
});

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function startMeeting(): Meeting {
  return {
    id: 'm1',
    date: '2027-03-16',
    startTime: '15:00',
    status: 'geplant',
    speaker: { name: '', organisation: '', topic: '' },
    agenda: standardAgenda(counter('item')),
    adoptedSuggestions: [],
  };
}

type Fixed = Omit<PlanenModel, 'meeting' | 'update'>;

/** A fake Planen model: real domain functions, the meeting in React state so the screen re-renders. */
function setup(overrides: Partial<Fixed> = {}) {
  const latest: { meeting: Meeting } = { meeting: startMeeting() };
  const update = jest.fn();
  const fixed: Fixed = {
    today: '2026-11-02',
    venues: [kreishaus, einbeck],
    hostSuggestion: { venue: einbeck, lastHosted: null },
    proposals: ['2027-03-16', '2027-03-09'],
    sync: { status: 'saved', at: '2027-01-10T13:05:00Z' },
    saveNow: jest.fn(),
    resolveConflict: jest.fn(),
    addVenue: jest.fn(),
    suggestions: [],
    acceptSuggestion: jest.fn(),
    dismissSuggestion: jest.fn(),
    newId: counter('new'),
    ...overrides,
  };
  function Harness(props: Partial<Fixed>) {
    const [meeting, setMeeting] = useState(latest.meeting);
    latest.meeting = meeting;
    const model: PlanenModel = {
      ...fixed,
      ...props,
      meeting,
      update: (change) => {
        update(change);
        setMeeting((m) => change(m));
      },
    };
    return (
      <FluentProvider theme={webLightTheme}>
        <PlanenBody model={model} />
      </FluentProvider>
    );
  }
  const view = render(<Harness />);
  return {
    user: userEvent.setup(),
    fixed,
    update,
    latest,
    rerender: (props: Partial<Fixed>) => view.rerender(<Harness {...props} />),
    container: view.container,
  };
}

const titles = () => screen.getAllByRole('textbox', { name: 'Titel' }) as HTMLInputElement[];

describe('Planen: date and time', () => {
  it('shows the date, the start, the end time and the invitation due date', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Termin', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('2027-03-16');
    expect(screen.getByLabelText('Beginn')).toHaveValue('15:00');
    expect(screen.getByText('bis 18:00 Uhr (3 Stunden)')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Dienstag, 23. Februar 2027')).toBeInTheDocument();
  });

  it('warns in plain German about Easter Monday in the Easter holidays', () => {
    const { latest } = setup();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2027-03-29' } });
    expect(latest.meeting.date).toBe('2027-03-29');
    expect(screen.getByText('Der 29. März 2027 ist ein Feiertag (Ostermontag).')).toBeInTheDocument();
    expect(screen.getByText('Der Tag fällt in die Osterferien.')).toBeInTheDocument();
    expect(screen.getByText('Einladung versenden bis Montag, 8. März 2027')).toBeInTheDocument();
  });

  it('says when the invitation is overdue and when there are no school holiday data', () => {
    setup({ today: '2027-03-02' });
    expect(screen.getByText('Die Einladung ist seit 7 Tagen fällig.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2030-03-12' } });
    expect(
      screen.getByText('Für dieses Datum sind keine Schulferien hinterlegt; bitte selbst prüfen.'),
    ).toBeInTheDocument();
  });

  it('keeps an empty date or time on screen with a message and stores nothing', () => {
    const { update, latest } = setup();
    const date = screen.getByLabelText('Datum des Treffens');
    fireEvent.change(date, { target: { value: '' } });
    expect(date).toHaveValue('');
    expect(date).toHaveAccessibleDescription('Bitte ein Datum wählen.');
    const start = screen.getByLabelText('Beginn');
    fireEvent.change(start, { target: { value: '' } });
    expect(screen.getByText('Bitte eine Uhrzeit wie 15:00 eingeben.')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    expect(latest.meeting.date).toBe('2027-03-16');

    fireEvent.change(start, { target: { value: '16:30' } });
    expect(latest.meeting.startTime).toBe('16:30');
    expect(screen.getByText('bis 19:30 Uhr (3 Stunden)')).toBeInTheDocument();
  });

  it('takes a proposed date', async () => {
    const { user, latest } = setup();
    await user.click(screen.getByRole('button', { name: 'Vorschlag: Di., 09.03.2027' }));
    expect(latest.meeting.date).toBe('2027-03-09');
    expect(screen.getByLabelText('Datum des Treffens')).toHaveValue('2027-03-09');
  });
});

describe('Planen: venue', () => {
  it('chooses a venue and shows its address and access', async () => {
    const { user, latest } = setup();
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
    const { user, latest } = setup();
    expect(
      screen.getByText('Vorschlag nach Reihenfolge: Flüchtlingshilfe Einbeck (bisher noch nie Gastgeber)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen' }));
    expect(latest.meeting.venue?.id).toBe('v-einbeck');
    expect(screen.getByLabelText('Ort')).toHaveValue('v-einbeck');
    expect(screen.getByText('Nicht stufenlos erreichbar.')).toBeInTheDocument();
  });

  it('names when the suggested host last hosted', () => {
    setup({ hostSuggestion: { venue: kreishaus, lastHosted: '2026-06-09' } });
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
    const { user, latest } = setup({ addVenue });
    const toggle = screen.getByRole('button', { name: 'Neuen Ort anlegen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('button', { name: 'Ort speichern' }));
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
    const { user, latest } = setup();
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
    const plan = screen.getByRole('table', { name: 'Zeitplan' });
    expect(
      within(plan).getByRole('row', { name: /Input von dritter Seite.*Dr. Lena Hoffmann, Jobcenter/ }),
    ).toBeVisible();
  });
});

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

describe('Planen: topic suggestions', () => {
  it('explains how to add suggestions when there are none', () => {
    setup();
    expect(
      screen.getByText(
        'Noch keine Vorschläge. In Outlook können Sie eine E-Mail mit „Als Thema vorschlagen“ hier vormerken.',
      ),
    ).toBeInTheDocument();
  });

  it('takes a suggestion into the agenda or dismisses it', async () => {
    const { user, fixed } = setup({
      suggestions: [suggestion('s1', 'Sprachcafé Uslar'), suggestion('s2', 'Fahrradwerkstatt')],
    });
    expect(screen.getByText('Sprachcafé Uslar')).toBeInTheDocument();
    expect(screen.getAllByText('Von Ayşe Demir, 12.01.2027')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '„Sprachcafé Uslar“ als Tagesordnungspunkt übernehmen' }));
    expect(fixed.acceptSuggestion).toHaveBeenCalledWith('s1');
    await user.click(screen.getByRole('button', { name: '„Fahrradwerkstatt“ verwerfen' }));
    expect(fixed.dismissSuggestion).toHaveBeenCalledWith('s2');
    expect(screen.getByRole('heading', { name: 'Themenvorschläge aus E-Mails' })).toHaveFocus();
  });
});

describe('Planen: saving to SharePoint', () => {
  it('says when it was saved, in Berlin time, and while saving', () => {
    const { rerender } = setup();
    expect(screen.getByRole('status')).toHaveTextContent('In SharePoint gespeichert um 14:05');
    rerender({ sync: { status: 'saved', at: '2027-07-01T13:05:00Z' } });
    expect(screen.getByRole('status')).toHaveTextContent('In SharePoint gespeichert um 15:05');
    for (const status of ['pending', 'saving'] as const) {
      rerender({ sync: { status } });
      expect(screen.getByRole('status')).toHaveTextContent('Änderungen werden gespeichert …');
    }
  });

  it('offers to save again after an error', async () => {
    const { user, fixed, rerender } = setup();
    const sync: SyncState = { status: 'error', error: new AppError('offline', 'fetch failed') };
    rerender({ sync });
    expect(
      screen.getByText((_, el) =>
        el?.classList.contains('fui-MessageBarBody')
          ? el.textContent?.replace(/\s+/g, ' ') ===
            'Nicht in SharePoint gespeichert. Ihre Eingaben sind auf diesem Gerät gesichert. ' +
              'Keine Verbindung zu Microsoft 365. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. ' +
              'Treffpunkt speichert von selbst, sobald Microsoft 365 wieder antwortet.'
          : false,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jetzt speichern' }));
    expect(fixed.saveNow).toHaveBeenCalled();
  });

  it('shows what differs after a conflict and lets the organiser merge, overwrite or take theirs', async () => {
    const { user, fixed, rerender } = setup();
    rerender({ sync: { status: 'conflict', differences: 'reading' } });
    expect(screen.getByText('Die Fassung in SharePoint wird gelesen …')).toBeInTheDocument();
    rerender({ sync: { status: 'conflict', differences: 'unreadable' } });
    expect(
      screen.getByText(/konnte gerade nicht gelesen werden\. Die Wahl unten ist trotzdem möglich/),
    ).toBeInTheDocument();
    rerender({ sync: { status: 'conflict', differences: [] } });
    expect(screen.getByText(/Inhaltlich unterscheiden sich die Fassungen nicht/)).toBeInTheDocument();
    rerender({
      sync: { status: 'conflict', differences: [{ label: 'Beginn', mine: '15:30 Uhr', theirs: '16:00 Uhr' }] },
    });
    expect(
      screen.getByText('Jemand anderes hat dieses Treffen inzwischen in SharePoint geändert.'),
    ).toBeInTheDocument();
    const item = screen.getByText('Beginn', { selector: 'strong' }).closest('li')!;
    expect(item).toHaveTextContent('Ihre Fassung15:30 UhrIn SharePoint16:00 Uhr');
    await user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('merge');
    await user.click(screen.getByRole('button', { name: 'Fassung aus SharePoint übernehmen' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('theirs');
    await user.click(screen.getByRole('button', { name: 'Meine Fassung speichern' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('mine');
  });
});

describe('Planen: accessibility', () => {
  it('has no axe violations with every part shown', async () => {
    const { user, container, rerender } = setup({ suggestions: [suggestion('s1', 'Sprachcafé Uslar')] });
    rerender({ sync: { status: 'conflict', differences: 'reading' } });
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2027-03-29' } });
    await user.click(screen.getByRole('button', { name: 'Neuen Ort anlegen' }));
    await user.click(screen.getByRole('button', { name: 'Ort speichern' }));
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen' }));
    await user.clear(titles()[0]!);
    let results: axe.AxeResults | undefined;
    await act(async () => {
      results = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
    });
    expect(results?.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
