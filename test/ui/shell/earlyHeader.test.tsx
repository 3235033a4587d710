import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Organiser } from '../../../src/domain/organiser';
import type { HostContext } from '../../../src/office/officeHost';
import { showEarlyHeader, SIGNED_IN } from '../../../src/taskpane/earlyHeader';
import { de } from '../../../src/taskpane/i18n/de';
import { organiser } from '../support/renderPane';

const template = readFileSync(path.resolve(__dirname, '../../../src/taskpane/taskpane.html'), 'utf8');

/** taskpane.html's body as the browser has it before the entry runs. */
function loadBody() {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(template)?.[1] ?? '';
  return document.getElementById('treffpunkt-early');
}

const host = (over: Partial<HostContext> = {}): Promise<HostContext> =>
  Promise.resolve({ inOffice: true, displayLanguage: 'de-DE', darkTheme: false, ...over });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("taskpane.html's header until the pane's own replaces it", () => {
  afterEach(() => (document.body.innerHTML = ''));

  it("says what the pane's header says, in German, and is hidden until Office.js has answered", () => {
    const early = loadBody();
    expect(early?.hidden).toBe(true);
    expect(early?.querySelector('h1')?.textContent).toBe(de.appTitle);
    expect(early?.querySelector(':scope > span')?.textContent).toBe(de.appSubtitle);
    expect(SIGNED_IN + 'Miriam Albers').toBe(de.organiserSignedIn('Miriam Albers'));
    // Before #root: the pane's header takes its place once it is removed.
    expect(early?.nextElementSibling?.id).toBe('root');
  });

  it('shows itself in a light German Outlook, and the name as text once /me has answered', async () => {
    const early = loadBody();
    let answer: (value: Organiser) => void = () => undefined;
    const returned = showEarlyHeader(host(), new Promise((resolve) => (answer = resolve)));
    expect(returned).toBe(early);
    await settle();
    expect(early?.hidden).toBe(false);
    expect(early?.textContent).not.toContain('Angemeldet');
    answer({ ...organiser, displayName: '<b>Miriam</b> Albers' });
    await settle();
    const line = early?.querySelector('div > span');
    expect(line?.textContent).toBe('Angemeldet als <b>Miriam</b> Albers');
    expect(line?.children).toHaveLength(0);
  });

  it.each([
    ['a dark', { darkTheme: true }],
    ['an English', { displayLanguage: 'en-GB' }],
  ])('leaves %s Outlook to the pane’s own header', async (_, over) => {
    loadBody();
    showEarlyHeader(host(over), Promise.resolve(organiser));
    await settle();
    expect(document.getElementById('treffpunkt-early')).toBeNull();
  });

  it('keeps the line empty when /me is refused (the pane’s header says why)', async () => {
    const early = loadBody();
    showEarlyHeader(host(), Promise.reject(new Error('forbidden')));
    await settle();
    expect(early?.hidden).toBe(false);
    expect(early?.querySelector('div > span')?.textContent).toBe('');
  });

  it('does nothing on a page without it', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(showEarlyHeader(host(), Promise.resolve(organiser))).toBeNull();
  });
});
