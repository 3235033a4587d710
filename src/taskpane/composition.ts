/**
 * The rest of the composition root (index.tsx asks for the opening's token first): the Graph client, the
 * gateway and the opening's reads (the lists and /me in one $batch), then the pane's React tree (its own
 * chunks, preloaded by taskpane.html), evaluated once the name has been painted in taskpane.html's header
 * (or the answer is late). Part of the entry's chunk, but evaluated in a task of its own, after the token
 * request left.
 */
import type { TokenProvider } from '../auth/tokenProvider';
import type { AppConfig } from '../config/config';
import { createGateway } from '../graph/gateway';
import { createGraphClient } from '../graph/graphClient';
import { type OpeningReads, readOpening } from '../graph/openingReads';
import type { Organiser } from '../domain/organiser';
import { berlinParts } from '../domain/planning';
import { openedAppointment } from '../office/appointment';
import { browserStorage, createBrowserStore, createOwnedStore, ownerPrefix } from '../office/browserStore';
import { officeAccount } from '../office/nestedAppAuth';
import type { HostContext } from '../office/officeHost';
import { createRoamingStore } from '../office/roamingStore';
import { createTabChannel } from '../office/tabChannel';
import { configuredTenant, deviceOwner } from './deviceOwner';
import { MEETING_DRAFT_KEYS } from './hooks/draftStore';
import { showEarlyHeader } from './earlyHeader';
import { afterNextPaint, inNextTask } from './nextTask';
import type { FirstReads } from './services';

/**
 * How long the pane's React tree waits for the opening's answer (the name) before it is evaluated all the
 * same. Evaluating the tree keeps the main thread busy for a while: the answer's processing would wait
 * behind it, and so would the name in taskpane.html's header (earlyHeader.ts). Where Microsoft 365 answers
 * within this, the name is painted first and the tree is evaluated after that frame; where it is slower
 * (or the token needs the user), the tree is evaluated meanwhile and the name follows.
 */
const HEAD_START_MS = 100;

function headStart(opening: OpeningReads): Promise<void> {
  const answered = opening.organiser.then(afterNextPaint, () => undefined);
  return Promise.race([answered, new Promise<void>((resolve) => setTimeout(resolve, HEAD_START_MS))]);
}

/** Where drafts lay before they were kept per user: moved to the first user who opens the pane. */
const LEGACY_DRAFT_KEYS = ['treffpunkt.planen.entwurf', 'treffpunkt.einstellungen.entwurf', ...MEETING_DRAFT_KEYS];

function newId(): string {
  return crypto.randomUUID();
}

/** Suggestions live in the mailbox (shared with the ribbon command); standalone, in this browser. */
function suggestionStore(host: HostContext) {
  return host.inOffice ? createRoamingStore() : createBrowserStore();
}

/** Hands a promise out once: to the first attempt that asks; later attempts read afresh. */
function once<T>(promise: Promise<T>): () => Promise<T> | undefined {
  let taken = false;
  return () => (taken ? undefined : ((taken = true), promise));
}

function firstReads(opening: OpeningReads): FirstReads {
  let organiser: Organiser | undefined;
  opening.organiser.then(
    (value) => (organiser = value),
    () => undefined, // said by the header's own read of the same promise
  );
  return { planning: once(opening.planning), organiser: once(opening.organiser), organiserNow: () => organiser };
}

/** What the entry hands over: the configuration, Office.js's readiness, the token provider, the token asked. */
export interface EntryParts {
  config: AppConfig;
  officeReady: Promise<HostContext>;
  tokenProvider: TokenProvider;
  /** `askOpeningToken`, asked by the entry before this module was evaluated. */
  together: Promise<boolean>;
}

export async function compose(container: HTMLElement, { config, officeReady, tokenProvider, together }: EntryParts) {
  const client = createGraphClient({ tokenProvider, baseUrl: config.graphBaseUrl });
  // The lists' ids (no personal data) are remembered in this browser for everyone who uses it.
  const gateway = createGateway(client, config, { tokenProvider, store: createBrowserStore() });
  // The opening's lists are taken up once the first render (with the name, where /me has answered) is painted.
  let rendered = () => {};
  const firstRender = new Promise<void>((resolve) => (rendered = resolve));
  const handOver = () => firstRender.then(afterNextPaint);
  const opening = readOpening({ planning: gateway.planning, me: gateway.me, tokenProvider, together, handOver });
  const earlyHeader = showEarlyHeader(officeReady, opening.organiser);
  await headStart(opening);
  // The county's clock: the browser's first date formatter (15–50 ms of ICU set-up) is made in this task
  // of its own, not in the task that maps the lists or renders the session (both need it).
  berlinParts(new Date());
  // React, Fluent and the pane (preloaded): evaluated now, once the name is painted or the answer is late.
  const pane = import(/* webpackChunkName: "pane" */ './renderPane');
  pane.catch(() => undefined);
  const host = await officeReady;
  const openedFrom = host.inOffice ? await openedAppointment() : undefined;
  // Drafts are the signed-in user's: kept under their tenant and user id, and told only to their own tabs.
  const owner = deviceOwner({
    tenant: configuredTenant(config),
    account: () => (host.inOffice ? officeAccount() : Promise.resolve(undefined)),
    me: () => opening.organiser,
  });
  const tab = { id: newId(), channel: createTabChannel(owner.then((o) => o && `${ownerPrefix(o)}tabs`)) };
  const services = {
    config,
    host,
    gateway,
    drafts: createOwnedStore(owner, browserStorage, LEGACY_DRAFT_KEYS),
    tab,
    suggestions: suggestionStore(host),
    clock: { today: () => berlinParts(new Date()).date, now: () => new Date() },
    newId,
    firstReads: firstReads(opening),
    ...(openedFrom ? { openedFrom } : {}),
  };
  // The tree's modules were evaluated in one task; its first render runs in the next.
  const { renderPane } = await inNextTask(pane);
  await renderPane(container, services);
  // The pane's header is in the DOM (Preact renders at once); its stand-in goes in this task, before a frame.
  earlyHeader?.remove();
  rendered();
}
