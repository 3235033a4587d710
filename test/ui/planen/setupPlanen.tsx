import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { type Meeting, standardAgenda, type Venue } from '../../../src/domain/planning';
import type { StoredSuggestion } from '../../../src/office/topicSuggestions';
import { PlanenBody } from '../../../src/taskpane/planen/PlanenView';
import type { PlanenModel } from '../../../src/taskpane/planen/planenModel';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { createBrowserStore } from '../../../src/office/browserStore';
import { fakeGateway, type FakeGatewayOptions, testConfig } from '../support/renderPane';

export const kreishaus: Venue = {
  id: 'v-kreishaus',
  name: 'Kreishaus Northeim',
  kind: 'kreishaus',
  street: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  town: 'Northeim',
  notes: { stepFree: true, parking: 'Parkplatz am Kreishaus', publicTransport: 'Bahnhof Northeim, 10 Minuten zu Fuß' },
};
export const einbeck: Venue = {
  id: 'v-einbeck',
  name: 'Flüchtlingshilfe Einbeck',
  kind: 'initiative',
  street: 'Marktplatz 1',
  postalCode: '37574',
  town: 'Einbeck',
  notes: { stepFree: false, parking: '', publicTransport: 'Bus 210' },
};

export const suggestion = (id: string, subject: string): StoredSuggestion => ({
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

export type Fixed = Omit<PlanenModel, 'meeting' | 'update'>;

/**
 * What the kit's sections in Planen read through the services: the needs register stays loading by
 * default (these tests are about the meeting; test/ui/needs shows the needs).
 */
function planenServices(gateway: FakeGatewayOptions = {}): Services {
  return {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway({ needs: { list: () => new Promise(() => undefined) }, ...gateway }),
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => '2026-11-02', now: () => new Date('2026-11-02T09:00:00Z') },
    newId: counter('service'),
  };
}

/** A fake Planen model: real domain functions, the meeting in React state so the screen re-renders. */
export function renderPlanen(overrides: Partial<Fixed> = {}, gateway: FakeGatewayOptions = {}) {
  const services = planenServices(gateway);
  const latest: { meeting: Meeting; change?: (change: (m: Meeting) => Meeting) => void } = {
    meeting: startMeeting(),
  };
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
    latest.change = (change) => act(() => setMeeting(change));
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
        <ServicesContext.Provider value={services}>
          <PlanenBody model={model} />
        </ServicesContext.Provider>
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

/** renderPlanen, once the whole body is there (what comes after the speaker renders in a task of its own). */
export async function setup(...args: Parameters<typeof renderPlanen>) {
  const rendered = renderPlanen(...args);
  await screen.findByRole('heading', { name: 'Tagesordnung' });
  return rendered;
}

export const titles = () => screen.getAllByRole('textbox', { name: 'Titel' }) as HTMLInputElement[];

/** The agenda's rows, each the button that opens its item: "TOP 1 · 15:00–15:20 · 20 Min. Begrüßung …". */
export const rows = () =>
  within(screen.getByRole('list', { name: 'Zeitplan' })).getAllByRole('button', { name: /^TOP \d+ · / });
export const rowTitles = () => rows().map((r) => r.querySelector('[data-part="title"]')?.textContent);
/** The row of the item with this title. */
export const row = (title: string) => {
  const found = rows().find((r) => r.querySelector('[data-part="title"]')?.textContent === title);
  if (!found) throw new Error(`no agenda row “${title}”`);
  return found;
};

/** Opens the item with this title below its row; returns its fields' group ("TOP 2: …"). */
export async function openItem(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(row(title));
  return screen.getByRole('group', { name: new RegExp(`^TOP \\d+: ${title}$`) });
}
