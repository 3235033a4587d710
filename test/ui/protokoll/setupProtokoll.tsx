import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import type { Meeting } from '../../../src/domain/planning';
import type { Reply, StoredEvent } from '../../../src/graph/eventsGateway';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import type { PlanningModel } from '../../../src/taskpane/planen/planningModel';
import { ProtokollScreen } from '../../../src/taskpane/protokoll/ProtokollScreen';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway, type FakeGatewayOptions, testConfig } from '../support/renderPane';

/** The fixture meeting (16 March 2027, Kreishaus with room mailbox) after the invitation went out. */
export function invitedMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...plannedMeeting,
    status: 'eingeladen',
    invitation: { eventId: 'evt-1', sentAt: '2027-02-23T08:00:00Z' },
    ...overrides,
  };
}

/** The agenda item ids of the fixture: Begrüßung, Landkreis, Initiativen, Pause, Input, Termine. */
export const [BEGRUESSUNG, LANDKREIS, INITIATIVEN, PAUSE, INPUT, TERMINE] = plannedMeeting.agenda.map((i) => i.id);

/** The meeting's event as the gateway returns it, with these replies. */
export function storedEvent(replies: Reply[]): StoredEvent {
  return {
    id: 'evt-1',
    iCalUId: 'uid-1',
    webLink: 'https://outlook.office.com/calendar/item/evt-1',
    isCancelled: false,
    replies,
  };
}

type Fixed = Omit<PlanningModel, 'meeting' | 'update'>;

export interface SetupOptions {
  meeting?: Meeting;
  model?: Partial<Fixed>;
  gateway?: FakeGatewayOptions;
  drafts?: KeyValueStore;
}

/** The Protokoll screen (after reading the replies) with a fake `usePlanning()`: real domain functions, the meeting in React state. */
export async function setupProtokoll(options: SetupOptions = {}) {
  const latest = { meeting: options.meeting ?? invitedMeeting() };
  const update = jest.fn();
  const drafts = options.drafts ?? createBrowserStore(null);
  let n = 0;
  const fixed: Fixed = {
    today: '2027-03-16',
    venues: [],
    hostSuggestion: undefined,
    proposals: [],
    sync: { status: 'saved', at: '2027-03-16T16:05:00Z' },
    saveNow: jest.fn(),
    resolveConflict: jest.fn(),
    addVenue: jest.fn(),
    suggestions: [],
    acceptSuggestion: jest.fn(),
    dismissSuggestion: jest.fn(),
    newId: () => `new-${++n}`,
    itemRef: { itemId: '7', etag: '"3"' },
    meetings: [],
    openMeeting: jest.fn(() => Promise.resolve()),
    settings: defaultTeamSettings(testConfig.distributionList),
    saveSettings: jest.fn(),
    ...options.model,
  };
  const gateway = fakeGateway({ events: { get: () => Promise.resolve(storedEvent([])) }, ...options.gateway });
  const services: Services = {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway,
    drafts,
    suggestions: createBrowserStore(null),
    clock: { today: () => fixed.today, now: () => new Date('2027-03-16T16:15:00Z') },
    newId: fixed.newId,
  };
  function Harness() {
    const [meeting, setMeeting] = useState(latest.meeting);
    latest.meeting = meeting;
    const model: PlanningModel = {
      ...fixed,
      meeting,
      update: (change, updateOptions) => {
        update(change, updateOptions);
        setMeeting((m) => change(m));
      },
    };
    return (
      <ServicesContext.Provider value={services}>
        <FluentProvider theme={webLightTheme}>
          <ProtokollScreen key={meeting.id} model={model} />
        </FluentProvider>
      </ServicesContext.Provider>
    );
  }
  // Rendered inside act so that the replies read on opening are in before the test looks.
  const view = await act(async () => render(<Harness />));
  return { user: userEvent.setup(), update, latest, fixed, gateway, drafts, container: view.container, view };
}

/** axe on the rendered screen (colour contrast and landmarks are checked in the browser tests). */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  let results: axe.AxeResults | undefined;
  await act(async () => {
    results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  });
  return (results?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
