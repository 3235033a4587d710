import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { AttendanceEntry, Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import { AusgabenScreen } from '../../../src/taskpane/ausgaben/AusgabenScreen';
import type { PlanningModel } from '../../../src/taskpane/planen/planningModel';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway, testConfig } from '../support/renderPane';

export function present(count: number, absent = 0): AttendanceEntry[] {
  const entry = (n: number, isPresent: boolean): AttendanceEntry => ({
    id: `a${n}`,
    name: `Person ${n}`,
    initiative: '',
    present: isPresent,
    source: 'walk-in',
  });
  return [
    ...Array.from({ length: count }, (_, n) => entry(n, true)),
    ...Array.from({ length: absent }, (_, n) => entry(count + n, false)),
  ];
}

export function meetingWith(overrides: Partial<Meeting> = {}): Meeting {
  return { ...plannedMeeting, status: 'durchgeführt', ...overrides };
}

type Fixed = Omit<PlanningModel, 'meeting' | 'update'>;

export interface SetupOptions {
  meeting?: Meeting;
  model?: Partial<Fixed>;
  drafts?: KeyValueStore;
}

/** The Ausgaben screen with a fake `usePlanning()`: real domain functions, the meeting in React state. */
export function setupAusgaben(options: SetupOptions = {}) {
  const latest = { meeting: options.meeting ?? meetingWith() };
  const update = jest.fn();
  const drafts = options.drafts ?? createBrowserStore(null);
  let n = 0;
  const fixed: Fixed = {
    today: '2027-03-20',
    venues: [],
    hostSuggestion: undefined,
    proposals: [],
    sync: { status: 'saved', at: '2027-03-20T13:05:00Z' },
    saveNow: jest.fn(),
    resolveConflict: jest.fn(),
    addVenue: jest.fn(),
    suggestions: [],
    acceptSuggestion: jest.fn(),
    dismissSuggestion: jest.fn(),
    newId: () => `new-${++n}`,
    itemRef: { itemId: '7', etag: '"3"' },
    meetings: [],
    openMeeting: jest.fn(),
    settings: defaultTeamSettings(testConfig.distributionList),
    saveSettings: jest.fn(),
    ...options.model,
  };
  const services: Services = {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway(),
    drafts,
    suggestions: createBrowserStore(null),
    clock: { today: () => fixed.today, now: () => new Date('2027-03-20T14:00:00Z') },
    newId: fixed.newId,
  };
  function Harness() {
    const [meeting, setMeeting] = useState(latest.meeting);
    latest.meeting = meeting;
    const model: PlanningModel = {
      ...fixed,
      meeting,
      update: (change) => {
        update(change);
        setMeeting((m) => change(m));
      },
    };
    return (
      <ServicesContext.Provider value={services}>
        <FluentProvider theme={webLightTheme}>
          <AusgabenScreen key={meeting.id} model={model} />
        </FluentProvider>
      </ServicesContext.Provider>
    );
  }
  const view = render(<Harness />);
  return { user: userEvent.setup(), update, latest, drafts, container: view.container, unmount: view.unmount };
}
