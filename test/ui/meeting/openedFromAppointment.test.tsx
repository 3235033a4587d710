import { act, screen, waitFor } from '@testing-library/react';
import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { StoredEvent } from '../../../src/domain/invitation/event';
import type { ListedMeeting } from '../../../src/domain/lists';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';

let n = 0;
function meeting(id: string, date: string, invitation: Meeting['invitation']): Meeting {
  return {
    id,
    date,
    startTime: '15:00',
    status: 'eingeladen',
    speaker: { name: '', organisation: '', topic: `Thema ${id}` },
    agenda: standardAgenda(() => `i${++n}`),
    adoptedSuggestions: [],
    invitation,
  };
}

const held = meeting('m-held', '2026-11-10', { eventId: 'AAMk-organiser', iCalUId: 'ICAL-HELD' });
const next = meeting('m-next', '2027-03-16', { eventId: 'AAMk-next', iCalUId: 'ICAL-NEXT' });
const listed = (m: Meeting, itemId: string): ListedMeeting => ({
  itemId,
  etag: '"1"',
  webUrl: '',
  date: m.date,
  status: m.status,
  venueName: '',
  meeting: m,
});

function gateway(get = jest.fn()) {
  return fakeGateway({
    planning: {
      open: () =>
        Promise.resolve({
          meetings: [listed(held, '7'), listed(next, '9')],
          venues: [],
          settings: defaultTeamSettings(testConfig.distributionList),
          missingLists: [],
          listProblems: [],
        }),
    },
    events: { get },
  });
}

describe('the pane opened on an Outlook appointment', () => {
  it('works on that meeting and starts on the minutes once it has begun', async () => {
    renderPane(gateway(), { inOffice: true }, {}, { eventId: 'AAMk-organiser', start: '2026-11-10T14:00:00Z' });
    expect(await screen.findByRole('tab', { name: 'Protokoll', selected: true })).toBeInTheDocument();
    act(() => screen.getByRole('tab', { name: 'Planen' }).click());
    expect(await screen.findByDisplayValue('Thema m-held')).toBeInTheDocument();
  });

  it('finds the meeting by its iCalUId from an attendee’s copy, and starts on the invitation before it', async () => {
    const stored: StoredEvent = {
      id: 'AAMk-attendee',
      iCalUId: 'ICAL-HELD',
      webLink: '',
      isCancelled: false,
      replies: [],
    };
    const get = jest.fn().mockResolvedValue(stored);
    renderPane(gateway(get), { inOffice: true }, {}, { eventId: 'AAMk-attendee', start: '2027-12-01T14:00:00Z' });
    expect(await screen.findByRole('tab', { name: 'Einladung', selected: true })).toBeInTheDocument();
    await waitFor(() => expect(get).toHaveBeenCalledWith('AAMk-attendee'));
    act(() => screen.getByRole('tab', { name: 'Planen' }).click());
    expect(await screen.findByDisplayValue('Thema m-held')).toBeInTheDocument();
  });
});
