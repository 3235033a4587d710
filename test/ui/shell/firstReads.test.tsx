import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { PlanningData } from '../../../src/domain/lists';
import type { Organiser } from '../../../src/domain/organiser';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { Gateway } from '../../../src/graph/gateway';
import { createBrowserStore } from '../../../src/office/browserStore';
import type { HostContext } from '../../../src/office/officeHost';
import { App } from '../../../src/taskpane/App';
import { nextTask } from '../../../src/taskpane/nextTask';
import { HEADER_WAIT_MS } from '../../../src/taskpane/shell/Shell';
import type { FirstReads, Services } from '../../../src/taskpane/services';
import { fakeGateway, organiser, testConfig } from '../support/renderPane';

const opened: PlanningData = {
  meetings: [],
  venues: [],
  settings: defaultTeamSettings(testConfig.distributionList),
  missingLists: [],
  listProblems: [],
};

function renderWith(gateway: Gateway, more: { firstReads?: FirstReads; host?: Partial<HostContext> } = {}) {
  const services: Services = {
    config: testConfig,
    gateway,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false, ...more.host },
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => '2026-11-24', now: () => new Date('2026-11-24T09:00:00Z') },
    newId: () => crypto.randomUUID(),
    ...(more.firstReads ? { firstReads: more.firstReads } : {}),
  };
  return render(<App services={services} />);
}

/** Hands each promise out once, as the composition root does. */
function firstReadsOf(planning: Promise<PlanningData>, me: Promise<Organiser>): FirstReads {
  const taken = new Set<string>();
  const once =
    <T,>(key: string, value: Promise<T>) =>
    () =>
      taken.has(key) ? undefined : (taken.add(key), value);
  return { planning: once('planning', planning), organiser: once('organiser', me) };
}

describe('the opening reads the composition root started', () => {
  it('names the organiser and opens the plan from them, without reading again', async () => {
    const getOrganiser = jest.fn(() => Promise.resolve(organiser));
    const open = jest.fn(() => Promise.resolve(opened));
    const gateway = fakeGateway({ getOrganiser, planning: { open } });
    const early = { ...organiser, displayName: 'Miriam Albers (früh)' };
    renderWith(gateway, { firstReads: firstReadsOf(Promise.resolve(opened), Promise.resolve(early)) });
    expect(await screen.findByText('Angemeldet als Miriam Albers (früh)')).toBeInTheDocument();
    expect(await screen.findByLabelText('Thema des Inputs')).toBeInTheDocument();
    expect(getOrganiser).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('where the opening has answered before the pane renders, its first render has the name (no loading state)', async () => {
    const getOrganiser = jest.fn(() => Promise.resolve(organiser));
    const gateway = fakeGateway({ getOrganiser });
    const early = { ...organiser, displayName: 'Miriam Albers (schon da)' };
    const reads = { ...firstReadsOf(Promise.resolve(opened), Promise.resolve(early)), organiserNow: () => early };
    renderWith(gateway, { firstReads: reads });
    // Synchronously after the first render: no spinner, the name.
    expect(screen.getByText('Angemeldet als Miriam Albers (schon da)')).toBeInTheDocument();
    expect(screen.queryByText('Anmeldung wird geprüft …')).not.toBeInTheDocument();
    expect(await screen.findByLabelText('Thema des Inputs')).toBeInTheDocument();
    expect(screen.getByText('Angemeldet als Miriam Albers (schon da)')).toBeInTheDocument();
    expect(getOrganiser).not.toHaveBeenCalled();
  });

  it('without that answer yet, the header says it is checking until it comes', async () => {
    let answer: (value: Organiser) => void = () => undefined;
    const me = new Promise<Organiser>((resolve) => (answer = resolve));
    renderWith(fakeGateway(), {
      firstReads: { ...firstReadsOf(Promise.resolve(opened), me), organiserNow: () => undefined },
    });
    expect(screen.getByText('Anmeldung wird geprüft …')).toBeInTheDocument();
    answer({ ...organiser, displayName: 'Miriam Albers (später)' });
    expect(await screen.findByText('Angemeldet als Miriam Albers (später)')).toBeInTheDocument();
  });

  it('reads afresh when the early read failed and the user tries again', async () => {
    const getOrganiser = jest.fn(() => Promise.resolve(organiser));
    const gateway = fakeGateway({ getOrganiser });
    const refused = Promise.reject(Object.assign(new Error('Kein Zugriff'), { code: 'forbidden' }));
    renderWith(gateway, { firstReads: firstReadsOf(Promise.resolve(opened), refused) });
    const retry = await screen.findByRole('button', { name: 'Erneut versuchen' });
    retry.click();
    expect(await screen.findByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
    expect(getOrganiser).toHaveBeenCalledTimes(1);
  });
});

describe('the view waits for the header', () => {
  /** The view's longest wait, held back by the test: it runs only when the test says so. */
  let heldWait: (() => void) | undefined;
  beforeEach(() => {
    heldWait = undefined;
    const setTimer = window.setTimeout;
    jest.spyOn(window, 'setTimeout').mockImplementation(((run: () => void, ms?: number) => {
      if (ms !== HEADER_WAIT_MS) return setTimer(run, ms);
      heldWait = run;
      return 0;
    }) as typeof window.setTimeout);
  });
  afterEach(() => jest.restoreAllMocks());

  /** A few of the pane's own task turns: long enough for a view that did not wait to have rendered. */
  const someTasks = () => act(async () => [1, 2, 3].reduce((turn) => turn.then(nextTask), Promise.resolve()));

  it('renders the session and the view once the name is there, not before', async () => {
    let answer: (value: Organiser) => void = () => undefined;
    const me = new Promise<Organiser>((resolve) => (answer = resolve));
    renderWith(fakeGateway(), {
      firstReads: { ...firstReadsOf(Promise.resolve(opened), me), organiserNow: () => undefined },
    });
    await someTasks();
    expect(screen.getByText('Anmeldung wird geprüft …')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toBeEmptyDOMElement();
    expect(heldWait).toBeDefined();

    await act(async () => answer({ ...organiser, displayName: 'Miriam Albers (gleich)' }));
    expect(screen.getByText('Angemeldet als Miriam Albers (gleich)')).toBeInTheDocument();
    expect(await screen.findByLabelText('Thema des Inputs')).toBeInTheDocument();
  });

  it('renders them after that wait all the same when Microsoft 365 has not answered the name', async () => {
    const never = new Promise<Organiser>(() => undefined);
    renderWith(fakeGateway(), {
      firstReads: { ...firstReadsOf(Promise.resolve(opened), never), organiserNow: () => undefined },
    });
    await someTasks();
    expect(screen.getByRole('tabpanel')).toBeEmptyDOMElement();
    await act(async () => heldWait?.());
    expect(await screen.findByLabelText('Thema des Inputs')).toBeInTheDocument();
    expect(screen.getByText('Anmeldung wird geprüft …')).toBeInTheDocument();
  });
});

describe('the theme', () => {
  it("follows Outlook's dark theme (loaded on demand)", async () => {
    renderWith(fakeGateway(), { host: { darkTheme: true } });
    const background = (rule: string) => /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1]?.trim();
    const backgrounds = () =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => background(r.cssText)));
    await waitFor(() => expect(backgrounds()).toContain(webDarkTheme.colorNeutralBackground1));
    expect(backgrounds()).not.toContain(webLightTheme.colorNeutralBackground1);
  });
});
