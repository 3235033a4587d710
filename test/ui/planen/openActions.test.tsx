import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { REVIEW_SUB_ITEM } from '../../../src/domain/minutes';
import type { ListedMeeting } from '../../../src/domain/lists';
import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import { OpenActionsSection } from '../../../src/taskpane/planen/components/OpenActionsSection';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { axeViolations } from '../support/axe';

const listed = (meeting: Meeting): ListedMeeting => ({
  itemId: meeting.id,
  etag: '"1"',
  webUrl: '',
  date: meeting.date,
  status: meeting.status,
  venueName: '',
  meeting,
});

let n = 0;
const next: Meeting = {
  id: 'm-2027-06',
  date: '2027-06-15',
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: '', organisation: '', topic: '' },
  agenda: standardAgenda(() => `item-${++n}`),
  adoptedSuggestions: [],
};

const march: Meeting = {
  ...heldMeeting,
  minutes: {
    ...heldMeeting.minutes!,
    actionItems: [
      { id: 'a1', what: 'Checkliste verschicken', who: 'Miriam Albers', due: '2027-04-30' },
      { id: 'a2', what: 'Flyer drucken', who: '' },
    ],
  },
};

function setup(start: Meeting, meetings: ListedMeeting[], language: 'de' | 'en' = 'de') {
  const latest = { meeting: start };
  function Harness() {
    const [meeting, setMeeting] = useState(start);
    latest.meeting = meeting;
    return (
      <FluentProvider theme={webLightTheme}>
        <LanguageContext.Provider value={language}>
          <OpenActionsSection model={{ meeting, meetings, update: (change) => setMeeting(change) }} />
        </LanguageContext.Provider>
      </FluentProvider>
    );
  }
  const view = render(<Harness />);
  return { user: userEvent.setup(), latest, container: view.container };
}

describe('Planen: open actions from the last meeting', () => {
  it('lists what, who and by when, and adds the review sub-point under the county item once', async () => {
    const { user, latest, container } = setup(next, [listed(march), listed(next)]);
    const list = screen.getByRole('list', { name: 'Offene Aufgaben' });
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Checkliste verschickenWer: Miriam Albers · Bis: 30.04.2027 · Aus dem Treffen am 16.03.2027',
      'Flyer druckenAus dem Treffen am 16.03.2027',
    ]);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Als Unterpunkt „Rückblick: offene Aufgaben“ aufnehmen' }));
    const county = latest.meeting.agenda.find((item) => item.role === 'landkreis')!;
    const before = next.agenda.find((item) => item.role === 'landkreis')!.subItems;
    expect(county.subItems).toEqual([...before, REVIEW_SUB_ITEM]);
    expect(latest.meeting.agenda.filter((item) => item.subItems.includes(REVIEW_SUB_ITEM))).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Rückblick/ })).not.toBeInTheDocument();
    const index = latest.meeting.agenda.indexOf(county) + 1;
    expect(screen.getByText(new RegExp(`unter TOP ${index}: ${county.title}`))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Offene Aufgaben aus dem letzten Treffen' })).toHaveFocus();
  });

  it('takes the dates item where the county has none, and says so where neither is there', async () => {
    const withoutCounty = { ...next, agenda: next.agenda.filter((item) => item.role !== 'landkreis') };
    const first = setup(withoutCounty, [listed(march)]);
    await first.user.click(screen.getByRole('button', { name: /Rückblick/ }));
    expect(first.latest.meeting.agenda.find((item) => item.role === 'termine')!.subItems).toContain(REVIEW_SUB_ITEM);
    first.container.remove();

    const neither = { ...next, agenda: next.agenda.filter((i) => i.role !== 'landkreis' && i.role !== 'termine') };
    setup(neither, [listed(march)]);
    expect(screen.queryByRole('button', { name: /Rückblick/ })).not.toBeInTheDocument();
    expect(screen.getByText(/keinen Punkt „Aktuelles aus dem Landkreis“/)).toBeInTheDocument();
  });

  it('shows nothing when no action is open, and nothing before the first minutes', () => {
    const done: Meeting = {
      ...next,
      minutes: {
        ...heldMeeting.minutes!,
        actionItems: [],
        carriedActions: [
          { id: 'a1', fromMeetingId: march.id, fromDate: march.date, what: 'x', who: '', status: 'erledigt' },
          { id: 'a2', fromMeetingId: march.id, fromDate: march.date, what: 'y', who: '', status: 'erledigt' },
        ],
      },
    };
    setup(done, [listed(march)]);
    setup(next, [listed(next)]);
    expect(screen.queryByRole('heading', { name: 'Offene Aufgaben aus dem letzten Treffen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('speaks English in an English pane', () => {
    setup(next, [listed(march)], 'en');
    expect(screen.getByRole('heading', { name: 'Open actions from the last meeting' })).toBeInTheDocument();
    expect(screen.getByText(/Who: Miriam Albers · By: 30.04.2027/)).toBeInTheDocument();
  });
});
