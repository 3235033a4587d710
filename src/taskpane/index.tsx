/**
 * Composition root of the task pane, its entry: reads the configuration, creates the token provider and
 * asks at once, silently, for the opening's token (the lists' and the profile's scopes together). The rest
 * of the composition (composition.ts: the Graph client, the gateway, the opening's reads, then the pane's
 * React tree) is evaluated in the next task, while the token travels: two shorter tasks instead of one.
 */
import { createEmulatorTokenProvider } from '../auth/emulatorTokenProvider';
import type { MsalTokenProviderOptions } from '../auth/msalTokenProvider';
import { scopes, sharePointScopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';
import { type AppConfig, emulatorOrigin, emulatorOverride, parseConfig } from '../config/config';
import { askOpeningToken } from '../graph/openingToken';
import { whenOfficeReady } from '../office/officeHost';
import { renderConfigError, renderLoadFailure } from './configError';
import { nextTask } from './nextTask';

declare const __TREFFPUNKT_CONFIG__: unknown;

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
    signInMethod: async () => (await provider).signInMethod(),
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
  const together = askOpeningToken(tokenProvider);
  await nextTask();
  // In this chunk ("eager": no request), its modules evaluated only now, in this task.
  const { compose } = await import(/* webpackMode: "eager" */ './composition');
  await compose(container, { config, officeReady, tokenProvider, together });
}

const container = document.getElementById('root');
if (container) main(container).catch((error: unknown) => renderLoadFailure(container, error));
