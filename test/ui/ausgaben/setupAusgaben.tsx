import userEvent from '@testing-library/user-event';
import type { AttendanceEntry, Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import { ExpensesScreen } from '../../../src/taskpane/ausgaben/ExpensesScreen';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Services } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fixedModel, type FixedModel, renderWithModel } from '../support/fakePlanningModel';
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

export interface SetupOptions {
  meeting?: Meeting;
  model?: Partial<FixedModel>;
  drafts?: KeyValueStore;
  /** The pane's language; German unless given. */
  language?: Language;
}

/** The Ausgaben screen with a fake `usePlanning()`: real domain functions, the meeting in React state. */
export function setupAusgaben(options: SetupOptions = {}) {
  const drafts = options.drafts ?? createBrowserStore(null);
  const fixed = fixedModel('2027-03-20', '2027-03-20T13:05:00Z', { openMeeting: jest.fn(), ...options.model });
  const services: Services = {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway(),
    drafts,
    suggestions: createBrowserStore(null),
    clock: { today: () => fixed.today, now: () => new Date('2027-03-20T14:00:00Z') },
    newId: fixed.newId,
  };
  const { latest, update, render } = renderWithModel({
    meeting: options.meeting ?? meetingWith(),
    fixed,
    services,
    screen: (model) => (
      <LanguageContext.Provider value={options.language ?? 'de'}>
        <ExpensesScreen key={model.meeting.id} model={model} />
      </LanguageContext.Provider>
    ),
  });
  const view = render();
  return { user: userEvent.setup(), update, latest, drafts, container: view.container, unmount: view.unmount };
}
