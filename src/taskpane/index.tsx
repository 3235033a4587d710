/**
 * Composition root of the task pane: the one place that reads configuration and creates the real
 * adapters (token provider, Graph client, gateway), then renders the pane. The opening's reads (a
 * token, then the lists and /me in one $batch) start before anything else: the pane's React tree (its
 * own chunks, preloaded by taskpane.html) is evaluated once their request has left, and renders while
 * it travels.
 */
import { createEmulatorTokenProvider } from '../auth/emulatorTokenProvider';
import type { MsalTokenProviderOptions } from '../auth/msalTokenProvider';
import { scopes, sharePointScopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';
import { type AppConfig, emulatorOrigin, emulatorOverride, parseConfig } from '../config/config';
import { createGateway } from '../graph/gateway';
import { createGraphClient } from '../graph/graphClient';
import { type OpeningReads, readOpening } from '../graph/openingReads';
import type { Organiser } from '../domain/organiser';
import { berlinParts } from '../domain/planning';
import { openedAppointment } from '../office/appointment';
import { browserStorage, createBrowserStore, createOwnedStore, ownerPrefix } from '../office/browserStore';
import { officeAccount } from '../office/nestedAppAuth';
import { type HostContext, whenOfficeReady } from '../office/officeHost';
import { createRoamingStore } from '../office/roamingStore';
import { createTabChannel } from '../office/tabChannel';
import { renderConfigError, renderLoadFailure } from './configError';
import { configuredTenant, deviceOwner } from './deviceOwner';
import { MEETING_DRAFT_KEYS } from './hooks/draftStore';
import { inNextTask } from './nextTask';
import type { FirstReads } from './services';

declare const __TREFFPUNKT_CONFIG__: unknown;

/**
 * How long the pane's React tree waits for the opening's token before it is evaluated all the same: the
 * emulator's token is one local request, MSAL's waits for Office.js, its own chunk and maybe the user.
 * Evaluating the tree is one long task; the opening's request, sent first, travels meanwhile.
 */
const HEAD_START_MS = 50;

function headStart(opening: OpeningReads): Promise<void> {
  return Promise.race([opening.underWay, new Promise<void>((resolve) => setTimeout(resolve, HEAD_START_MS))]);
}

/** Where drafts lay before they were kept per user: moved to the first user who opens the pane. */
const LEGACY_DRAFT_KEYS = ['treffpunkt.planen.entwurf', 'treffpunkt.einstellungen.entwurf', ...MEETING_DRAFT_KEYS];

/**
 * The MSAL provider (and the sign-in dialog code behind it) loads in a chunk of its own, requested at
 * once and in parallel with the first render; emulator builds never load it. It starts once Office.js
 * is ready (`officeReady`): how it signs in depends on what Outlook offers.
 */
function lazyMsalProvider(options: MsalTokenProviderOptions, officeReady: Promise<unknown>): TokenProvider {
  const provider = Promise.all([
    import(/* webpackChunkName: "signin" */ '../auth/msalTokenProvider'),
    officeReady,
  ]).then(([m]) => m.createMsalTokenProvider(options));
  // A failed load surfaces at the first token request, not as an unhandled rejection.
  provider.catch(() => undefined);
  return {
    getToken: async (scopeList, requestOptions) => (await provider).getToken(scopeList, requestOptions),
    signInMethod: async () => {
      const loaded = await provider;
      if (!loaded.signInMethod) throw new Error('The MSAL token provider does not say how it signs in.');
      return loaded.signInMethod();
    },
  };
}

function tokenProviderFor(config: AppConfig, officeReady: Promise<unknown>): TokenProvider {
  if (config.mode === 'emulator') return createEmulatorTokenProvider({ origin: emulatorOrigin(config) });
  // NAA where Outlook offers it; else an Office dialog (one sign-in fetches every feature's token),
  // outside Office a popup; both return to auth-redirect.html next to this page.
  const siteHost = config.site.split(':')[0] ?? '';
  const prefetchScopes = [...Object.values(scopes), sharePointScopes(siteHost)];
  // The opening's token for the lists and /me together (openingReads.ts) comes from the same dialog.
  const opening = [...scopes.lists, ...scopes.profile];
  return lazyMsalProvider(
    { clientId: config.clientId, authority: config.authority, prefetchScopes: [...prefetchScopes, opening] },
    officeReady,
  );
}

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

async function main(container: HTMLElement) {
  let config: AppConfig;
  try {
    config = emulatorOverride(parseConfig(__TREFFPUNKT_CONFIG__), window.location.search);
  } catch (error) {
    renderConfigError(container, error);
    return;
  }
  const officeReady = whenOfficeReady();
  const tokenProvider = tokenProviderFor(config, officeReady);
  const client = createGraphClient({ tokenProvider, baseUrl: config.graphBaseUrl });
  // The lists' ids (no personal data) are remembered in this browser for everyone who uses it.
  const gateway = createGateway(client, config, { tokenProvider, store: createBrowserStore() });
  const opening = readOpening({ planning: gateway.planning, me: gateway.me, tokenProvider });
  await headStart(opening);
  // React, Fluent and the pane (preloaded): evaluated now, while the opening's request travels.
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
}

const container = document.getElementById('root');
if (container) main(container).catch((error: unknown) => renderLoadFailure(container, error));
