import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { Meeting } from '../../../src/domain/planning';
import type { Reply, StoredEvent } from '../../../src/graph/eventsGateway';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { KeyValueStore } from '../../../src/office/roamingStore';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { MinutesScreen } from '../../../src/taskpane/protokoll/ProtokollView';
import type { Services } from '../../../src/taskpane/services';
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

/**
 * A confirmation dialog that has opened, found by the title it is labelled by. In jsdom (no layout)
 * Fluent focuses the dialog surface instead of its first button, tabster then misses the modal's
 * activation and marks the open surface aria-hidden (microsoft/fluentui#33897), which also empties its
 * computed name; role queries inside it need `hidden: true`. The real dialog is checked with axe and
 * by keyboard in the browser tests.
 */
export function openedDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = screen.getAllByRole('dialog', { hidden: true }).find((d) => {
      const label = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
      return label?.textContent === title;
    });
    if (!dialog) throw new Error(`No open dialog titled "${title}".`);
    return dialog;
  });
}

/** axe on the rendered screen (colour contrast and landmarks are checked in the browser tests). */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  let results: axe.AxeResults | undefined;
  await act(async () => {
    results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  });
  return (results?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
