import type { Organiser } from '../domain/organiser';
import type { HostContext } from '../office/officeHost';
import { pickLanguage } from './i18n/strings';

/** Before the name, as in the pane's own header (`organiserSignedIn` of ./i18n/de; a unit test holds them equal). */
export const SIGNED_IN = 'Angemeldet als ';

/**
 * Shows taskpane.html's header once Office.js has said how Outlook looks, and the organiser's name in it as
 * soon as /me has answered: before Preact and Fluent are evaluated and the pane renders. Answers the
 * header, to be removed in the task of the pane's first render (so no frame shows both). Its look is
 * the light theme's and its text German: in a dark or English Outlook it is removed, and the pane's own header
 * comes alone (with forced colours, the system's colours paint both). The name is written as text, never as HTML.
 */
export function showEarlyHeader(host: Promise<HostContext>, organiser: Promise<Organiser>): HTMLElement | null {
  // taskpane.html's stand-in: the pane's header in the light theme (built from Fluent's tokens), in German.
  const early = document.getElementById('treffpunkt-early');
  if (!early) return null;
  void host.then(({ darkTheme, displayLanguage }) => {
    if (darkTheme || pickLanguage(displayLanguage) === 'en') early.remove();
    else early.hidden = false;
  });
  organiser.then(
    (signedIn) => {
      // taskpane.html's markup: the name's line is the <span> in the header's <div>.
      early.querySelector('div>span')!.textContent = SIGNED_IN + signedIn.displayName;
    },
    () => undefined, // the pane's header says why
  );
  return early;
}
