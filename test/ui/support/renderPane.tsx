import { render } from '@testing-library/react';
import { parseConfig } from '../../../src/config/config';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { Gateway } from '../../../src/graph/gateway';
import type { PlanningData } from '../../../src/domain/lists';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import type { Organiser } from '../../../src/domain/organiser';
import type { OpenedAppointment } from '../../../src/office/appointment';
import type { HostContext } from '../../../src/office/officeHost';
import { App } from '../../../src/taskpane/App';

export const testConfig = parseConfig({
  mode: 'emulator',
  graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
  site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
  distributionList: 'vernetzung-ehrenamt@landkreis-northeim.de',
});

export const organiser: Organiser = {
  id: 'u1',
  displayName: 'Miriam Albers',
  mail: 'miriam.albers@landkreis-northeim.de',
  jobTitle: 'Koordinierungsstelle für Migration und Teilhabe',
};

export interface FakeGatewayOptions {
  getOrganiser?: () => Promise<Organiser>;
  planning?: Partial<Gateway['planning']>;
  events?: Partial<Gateway['events']>;
  invitation?: Partial<Gateway['invitation']>;
  directory?: Partial<Gateway['directory']>;
  history?: Partial<Gateway['history']>;
  mail?: Partial<Gateway['mail']>;
  reminders?: Partial<Gateway['reminders']>;
  readiness?: Partial<Gateway['readiness']>;
  documents?: Partial<Gateway['documents']>;
  needs?: Partial<Gateway['needs']>;
}

const kreishaus = {
  id: '1',
  name: 'Kreishaus Northeim',
  kind: 'kreishaus' as const,
  street: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  town: 'Northeim',
  notes: { stepFree: true, parking: '', publicTransport: 'Bahnhof Northeim' },
};

const unused = () => Promise.reject(new Error('not used in this test'));

/** What an opening reads from a site whose lists are all there and empty (no venues), with `overrides`. */
export function openedPlanning(overrides: Partial<PlanningData> = {}): PlanningData {
  return {
    meetings: [],
    venues: [],
    settings: defaultTeamSettings(testConfig.distributionList),
    missingLists: [],
    listProblems: [],
    ...overrides,
  };
}

/** A typed fake of the gateway: the pane only ever sees domain types. */
export function fakeGateway(options: FakeGatewayOptions = {}): Gateway {
  const data = openedPlanning({ venues: [kreishaus] });
  return {
    me: { getOrganiser: options.getOrganiser ?? (() => Promise.resolve(organiser)) },
    planning: {
      open: () => Promise.resolve(data),
      provision: unused,
      saveMeeting: () => Promise.resolve({ itemId: '9', etag: '"1"' }),
      getMeeting: unused,
      findMeeting: () => Promise.resolve(undefined),
      addVenue: unused,
      saveSettings: () => Promise.resolve({ itemId: '1', etag: '"1"' }),
      ...options.planning,
    },
    events: {
      timeZone: 'Europe/Berlin',
      create: unused,
      get: unused,
      update: unused,
      cancel: unused,
      remove: unused,
      ...options.events,
    },
    invitation: { send: unused, sendWithFile: unused, holdTheDate: unused, update: unused, ...options.invitation },
    directory: { members: unused, ...options.directory },
    history: { readPage: unused, readMeeting: unused, yearCostRows: unused, ...options.history },
    mail: { sendMinutes: unused, sendCallForTopics: unused, ...options.mail },
    reminders: { addReminder: unused, ...options.reminders },
    readiness: { check: unused, ...options.readiness },
    documents: { upload: unused, uploadYearReport: unused, ...options.documents },
    needs: { list: () => Promise.resolve([]), add: unused, update: unused, ...options.needs },
  };
}

export function renderPane(
  gateway: Gateway = fakeGateway(),
  host: Partial<HostContext> = {},
  stores: { drafts?: KeyValueStore; suggestions?: KeyValueStore } = {},
  openedFrom?: OpenedAppointment,
) {
  const services = {
    config: testConfig,
    gateway,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false, ...host },
    drafts: stores.drafts ?? createBrowserStore(null),
    suggestions: stores.suggestions ?? createBrowserStore(null),
    clock: { today: () => '2026-11-24', now: () => new Date('2026-11-24T09:00:00Z') },
    newId: (() => {
      let n = 0;
      return () => `id-${++n}`;
    })(),
    ...(openedFrom ? { openedFrom } : {}),
  };
  return render(<App services={services} />);
}
