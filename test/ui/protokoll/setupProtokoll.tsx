import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '../../../src/domain/planning';
import type { Reply, StoredEvent } from '../../../src/domain/invitation/event';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { MinutesScreen } from '../../../src/taskpane/protokoll/ProtokollView';
import type { Services } from '../../../src/taskpane/services';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fixedModel, type FixedModel, renderWithModel } from '../support/fakePlanningModel';
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

/** The held fixture (twelve present; the two walk-ins have no address), with these changes. */
export const held = (overrides: Partial<Meeting> = {}): Meeting => ({ ...heldMeeting, ...overrides });

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

export interface SetupOptions {
  meeting?: Meeting;
  model?: Partial<FixedModel>;
  gateway?: FakeGatewayOptions;
  drafts?: KeyValueStore;
  /** The pane's language ('de' unless said). */
  language?: Language;
}

/** The Protokoll view's minutes screen (after reading the replies) with a fake `usePlanning()`: real domain functions, the meeting in React state. */
export async function setupProtokoll(options: SetupOptions = {}) {
  const drafts = options.drafts ?? createBrowserStore(null);
  const fixed = fixedModel('2027-03-16', '2027-03-16T16:05:00Z', options.model);
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
  const { latest, update, render } = renderWithModel({
    meeting: options.meeting ?? invitedMeeting(),
    fixed,
    services,
    screen: (model) => (
      <LanguageContext.Provider value={options.language ?? 'de'}>
        <MinutesScreen key={model.meeting.id} model={model} />
      </LanguageContext.Provider>
    ),
  });
  // Rendered inside act so that the replies read on opening are in before the test looks.
  const view = await act(async () => render());
  return { user: userEvent.setup(), update, latest, fixed, gateway, drafts, container: view.container, view };
}
