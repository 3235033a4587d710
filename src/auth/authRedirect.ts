/**
 * Entry of auth-redirect.html, the sign-in's redirect page where Outlook offers no nested app
 * authentication. MSAL v5's redirect bridge hands the answer in the URL on: in the Office dialog
 * (a redirect) back to auth-dialog.html, from a browser popup to the pane that opened it. No MSAL
 * client here, no logging (the URL carries the code).
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById('message');
  if (message) {
    message.textContent =
      'Die Anmeldung konnte nicht abgeschlossen werden. Bitte schließen Sie dieses Fenster und versuchen Sie es in Treffpunkt erneut.';
  }
});
