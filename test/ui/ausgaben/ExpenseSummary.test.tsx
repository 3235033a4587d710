import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { ListedMeeting } from '../../../src/domain/lists';
import { expenseLine } from '../../fixtures/expenseLine';
import { meetingWith, present, setupAusgaben } from './setupAusgaben';

const lines = [
  expenseLine({ id: 'l1', category: 'Verpflegung', amountCents: 2490 }),
  expenseLine({ id: 'l2', category: 'Verpflegung', description: 'Kuchen', amountCents: 1800 }),
  expenseLine({ id: 'l3', category: 'Getränke', description: 'Wasser', amountCents: 710 }),
];
const settings = (budgetPerMeetingCents: number) => ({
  ...defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de'),
  budgetPerMeetingCents,
});
const minutes = (count: number, absent = 0) => ({
  notes: {},
  decisions: [],
  actionItems: [],
  attendance: present(count, absent),
});
const summary = () => within(screen.getByRole('heading', { name: 'Summen' }).closest('section')!);
/** The value next to a term of a definition list. */
const valueOf = (term: string) => summary().getByText(term).nextElementSibling?.textContent?.replace(/\s/g, ' ');

describe('Ausgaben: totals', () => {
  it('sums per category and overall, and divides by those ticked present', () => {
    setupAusgaben({ meeting: meetingWith({ expenses: lines, minutes: minutes(12, 3) }) });
    expect(valueOf('Verpflegung')).toBe('42,90 €');
    expect(valueOf('Getränke')).toBe('7,10 €');
    expect(summary().queryByText('Raum')).not.toBeInTheDocument();
    expect(valueOf('Gesamt')).toBe('50,00 €');
    expect(valueOf('Teilnehmende')).toBe('12');
    expect(valueOf('Je teilnehmender Person')).toBe('4,17 €');
    expect(valueOf('Budget je Treffen')).toBe('150,00 €, noch 100,00 € frei');
    expect(screen.queryByText('Budget überschritten.')).not.toBeInTheDocument();
  });

  it('says when nobody is ticked present yet, and where to do it', () => {
    setupAusgaben({ meeting: meetingWith({ expenses: lines }) });
    expect(valueOf('Teilnehmende')).toBe('noch keine Teilnehmendenzahl');
    expect(summary().queryByText('Je teilnehmender Person')).not.toBeInTheDocument();
    expect(screen.getByText('Die Anwesenden werden im Bereich „Protokoll“ angekreuzt.')).toBeInTheDocument();
  });

  it('announces in words when the budget is exceeded, as soon as a line takes it over', async () => {
    const { user } = setupAusgaben({ meeting: meetingWith({ expenses: lines }), model: { settings: settings(6000) } });
    expect(valueOf('Budget je Treffen')).toBe('60,00 €, noch 10,00 € frei');
    await user.selectOptions(screen.getByLabelText(/Kategorie/), 'Sonstiges');
    await user.type(screen.getByLabelText(/Wofür/), 'Moderationskarten');
    await user.type(screen.getByLabelText(/Betrag in Euro/), '12,30{Enter}');

    const notice = screen.getByText('Budget überschritten.').closest('[role="status"]');
    expect(notice).toHaveTextContent('Die Ausgaben liegen 2,30 € über dem Budget von 60,00 € je Treffen.');
    expect(valueOf('Gesamt')).toBe('62,30 €');
    expect(valueOf('Budget je Treffen')).toBe('60,00 €');
  });

  it('says when the team has set no budget', () => {
    setupAusgaben({ meeting: meetingWith({ expenses: lines }), model: { settings: settings(0) } });
    expect(valueOf('Budget je Treffen')).toBe('nicht festgelegt');
  });
});

describe("Ausgaben: the year's total", () => {
  const row = (itemId: string, date: string, extra: Partial<ListedMeeting> = {}): ListedMeeting => ({
    itemId,
    etag: '"1"',
    webUrl: `https://example.org/${itemId}`,
    date,
    status: 'protokolliert',
    venueName: 'Kreishaus Northeim',
    ...extra,
  });

  it("adds the year's other filed meetings to this meeting's lines, without its own row", async () => {
    const meeting = meetingWith({ expenses: lines });
    const meetings = [
      row('3', '2027-01-19', { costCents: 8340 }),
      row('2', '2026-11-24', { costCents: 99900 }),
      row('7', meeting.date, { costCents: 1000, meeting: { ...meeting, expenses: [] } }),
      row('9', '2027-06-15', { status: 'geplant' }),
    ];
    const { user } = setupAusgaben({ meeting, model: { meetings } });
    const year = within(screen.getByRole('heading', { name: 'Ausgaben im Jahr 2027' }).closest('section')!);
    expect(year.getByText('Alle Treffen zusammen').nextElementSibling).toHaveTextContent('133,40 € aus 2 Treffen');

    await user.click(screen.getByRole('button', { name: '„Wasser“ entfernen' }));
    expect(year.getByText('Alle Treffen zusammen').nextElementSibling).toHaveTextContent('126,30 € aus 2 Treffen');
  });
});

describe('Ausgaben: accessibility', () => {
  it('has no axe violations with errors, an edit form, the undo and the budget notice shown', async () => {
    const { user, container } = setupAusgaben({
      meeting: meetingWith({ expenses: lines, minutes: minutes(3) }),
      model: { settings: settings(1000) },
    });
    await user.click(screen.getByRole('button', { name: '„Kuchen“ bearbeiten' }));
    await user.click(screen.getByRole('button', { name: '„Wasser“ entfernen' }));
    await user.type(
      screen.getByLabelText(/Betrag in Euro/, { selector: 'form[aria-label="Ausgabe erfassen"] input' }),
      'x',
    );
    await user.click(screen.getByRole('button', { name: 'Ausgabe hinzufügen' }));
    let results: axe.AxeResults | undefined;
    await act(async () => {
      results = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
    });
    expect(results?.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
