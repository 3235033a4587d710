/**
 * Entry of auth-dialog.html, the Office dialog the sign-in runs in where Outlook offers no nested
 * app authentication (see signInDialog.ts). The one place this page creates real adapters.
 */
import { answerPane } from '../office/authDialog';
import { readDialogRequest } from './dialogProtocol';
import { loadMsal, msalConfiguration } from './msalClient';
import { authRedirectUri } from './redirectUri';
import { runSignInDialog } from './signInDialog';

async function start(): Promise<void> {
  await Office.onReady();
  await runSignInDialog({
    request: readDialogRequest(window.location.search),
    storage: window.sessionStorage,
    createClient: async (request) => {
      const msal = await loadMsal();
      const options = { ...request, redirectUri: authRedirectUri(window.location.href) };
      return msal.createStandardPublicClientApplication(msalConfiguration(msal, options, 'session'));
    },
    answer: (message) => void answerPane(message),
  });
}

void start().catch(() => {
  const message = document.getElementById('message');
  if (message) message.textContent = 'Die Anmeldung ist fehlgeschlagen. Bitte schließen Sie dieses Fenster.';
});
