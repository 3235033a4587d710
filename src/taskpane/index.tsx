/**
 * Composition root of the task pane: the one place that reads configuration and creates the real
 * adapters (token provider, Graph client, gateway), then renders the pane.
 */
import { createRoot } from 'react-dom/client';
import { createEmulatorTokenProvider } from '../auth/emulatorTokenProvider';
import type { MsalTokenProviderOptions } from '../auth/msalTokenProvider';
import { scopes, sharePointScopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';
import { type AppConfig, emulatorOrigin, emulatorOverride, parseConfig } from '../config/config';
import { createGateway } from '../graph/gateway';
import { createGraphClient } from '../graph/graphClient';
import { berlinParts } from '../domain/planning';
import { openedAppointment } from '../office/appointment';
import { createBrowserStore } from '../office/browserStore';
import { type HostContext, whenOfficeReady } from '../office/officeHost';
import { createRoamingStore } from '../office/roamingStore';
import { App } from './App';
import { renderConfigError } from './configError';

declare const __TREFFPUNKT_CONFIG__: unknown;

/**
 * The MSAL provider (and the sign-in dialog code behind it) loads in a chunk of its own, requested at
 * once and in parallel with the first render; emulator builds never load it.
 */
function lazyMsalProvider(options: MsalTokenProviderOptions): TokenProvider {
  const provider = import(/* webpackChunkName: "signin" */ '../auth/msalTokenProvider').then((m) =>
    m.createMsalTokenProvider(options),
  );
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

function tokenProviderFor(config: AppConfig): TokenProvider {
  if (config.mode === 'emulator') return createEmulatorTokenProvider({ origin: emulatorOrigin(config) });
  // NAA where Outlook offers it; else an Office dialog (one sign-in fetches every feature's token),
  // outside Office a popup; both return to auth-redirect.html next to this page.
  const siteHost = config.site.split(':')[0] ?? '';
  const prefetchScopes = [...Object.values(scopes), sharePointScopes(siteHost)];
  return lazyMsalProvider({ clientId: config.clientId, authority: config.authority, prefetchScopes });
}

function newId(): string {
  return crypto.randomUUID();
}

/** Suggestions live in the mailbox (shared with the ribbon command); standalone, in this browser. */
function suggestionStore(host: HostContext) {
  return host.inOffice ? createRoamingStore() : createBrowserStore();
}

async function main(container: HTMLElement) {
  let config: AppConfig;
  try {
    config = emulatorOverride(parseConfig(__TREFFPUNKT_CONFIG__), window.location.search);
  } catch (error) {
    renderConfigError(container, error);
    return;
  }
  const host = await whenOfficeReady();
  const openedFrom = host.inOffice ? await openedAppointment() : undefined;
  const tokenProvider = tokenProviderFor(config);
  const client = createGraphClient({ tokenProvider, baseUrl: config.graphBaseUrl });
  const drafts = createBrowserStore();
  const services = {
    config,
    host,
    // The lists' ids are remembered in this browser, beside the drafts.
    gateway: createGateway(client, config, { tokenProvider, store: drafts }),
    drafts,
    suggestions: suggestionStore(host),
    clock: { today: () => berlinParts(new Date()).date, now: () => new Date() },
    newId,
    ...(openedFrom ? { openedFrom } : {}),
  };
  createRoot(container).render(<App services={services} />);
}

const container = document.getElementById('root');
if (container) void main(container);
