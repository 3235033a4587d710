import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewFailure } from '../../../src/taskpane/shell/ViewBoundary';
import { fakeGateway, renderPane } from '../support/renderPane';

/** What the user typed, inside the error a view throws: it must not reach the error store. */
const TYPED = 'Frau Beispiel aus Uslar';
const mockBroken = { verlauf: true, session: false };

jest.mock('../../../src/taskpane/shell/routes', () => {
  const actual = jest.requireActual<typeof import('../../../src/taskpane/shell/routes')>(
    '../../../src/taskpane/shell/routes',
  );
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  function Verlauf() {
    if (mockBroken.verlauf)
      throw new TypeError('Cannot read properties of undefined (reading "Frau Beispiel aus Uslar")');
    return createElement('h2', null, 'Verlauf wieder da');
  }
  return { routes: { ...actual.routes, verlauf: Verlauf } };
});

jest.mock('../../../src/taskpane/meeting/MeetingContext', () => {
  const actual = jest.requireActual<typeof import('../../../src/taskpane/meeting/MeetingContext')>(
    '../../../src/taskpane/meeting/MeetingContext',
  );
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  function MeetingProvider(props: Parameters<typeof actual.MeetingProvider>[0]) {
    if (mockBroken.session) throw new RangeError('Invalid time value');
    return createElement(actual.MeetingProvider, props);
  }
  return { ...actual, MeetingProvider };
});

describe('A view that fails to render', () => {
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    mockBroken.verlauf = true;
    mockBroken.session = false;
    // React reports the caught error on the console; the test looks at what the pane shows.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => quiet.mockRestore());

  it('says so in its place, with what to do; the navigation keeps working and the view renders again', async () => {
    const user = userEvent.setup();
    renderPane();
    expect(await screen.findByRole('heading', { name: 'Planen', level: 2 })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Verlauf' }));
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByText('Diese Ansicht konnte nicht angezeigt werden.')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Verlauf', level: 2 })).toBeInTheDocument();
    expect(within(panel).getByText(/Laden Sie die Ansicht neu/)).toBeInTheDocument();
    // Reported to the pane's error area, without what the user typed.
    const area = screen.getByRole('region', { name: 'Meldungen' });
    expect(within(area).getByText(/Etwas ist schiefgegangen/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TYPED);
    // The header and the navigation still work.
    expect(screen.getByText('Angemeldet als Miriam Albers')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Einstellungen' }));
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 2 })).toBeInTheDocument();

    mockBroken.verlauf = false;
    await user.click(screen.getByRole('tab', { name: 'Verlauf' }));
    expect(await screen.findByRole('heading', { name: 'Verlauf wieder da' })).toBeInTheDocument();
    expect(screen.queryByText('Diese Ansicht konnte nicht angezeigt werden.')).not.toBeInTheDocument();
  });

  it('offers to reload the view, and the way to Planen', async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole('tab', { name: 'Verlauf' }));
    await user.click(await screen.findByRole('button', { name: 'Ansicht neu laden' }));
    expect(await screen.findByText('Diese Ansicht konnte nicht angezeigt werden.')).toBeInTheDocument();

    mockBroken.verlauf = false;
    await user.click(screen.getByRole('button', { name: 'Ansicht neu laden' }));
    expect(await screen.findByRole('heading', { name: 'Verlauf wieder da' })).toBeInTheDocument();

    mockBroken.verlauf = true;
    await user.click(screen.getByRole('tab', { name: 'Planen' }));
    await user.click(await screen.findByRole('tab', { name: 'Verlauf' }));
    await user.click(await screen.findByRole('button', { name: 'Zu „Planen“' }));
    expect(await screen.findByRole('heading', { name: 'Planen', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Planen' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the header and the navigation when the session itself fails, and recovers on another view', async () => {
    const user = userEvent.setup();
    mockBroken.session = true;
    renderPane();
    expect(await screen.findByText('Diese Ansicht konnte nicht angezeigt werden.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Planen', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zu „Planen“' })).not.toBeInTheDocument();
    expect(await screen.findByText('Angemeldet als Miriam Albers')).toBeInTheDocument();

    mockBroken.session = false;
    await user.click(screen.getByRole('tab', { name: 'Einstellungen' }));
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 2 })).toBeInTheDocument();
    expect(screen.queryByText('Diese Ansicht konnte nicht angezeigt werden.')).not.toBeInTheDocument();
  });

  it('speaks English in an English Outlook', async () => {
    const user = userEvent.setup();
    renderPane(fakeGateway(), { displayLanguage: 'en-GB' });
    await user.click(await screen.findByRole('tab', { name: 'History' }));
    expect(await screen.findByText('This view could not be shown.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the view' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to “Plan”' })).toBeInTheDocument();
  });

  it('reports the view and the kind of error, never its message', () => {
    const error = viewFailure('protokoll', new TypeError(`Cannot read "${TYPED}"`));
    expect(error.code).toBe('unexpected');
    expect(error.message).toBe('Die Ansicht „protokoll“ konnte nicht angezeigt werden (TypeError).');
    expect(viewFailure('verlauf', 'kaputt').message).not.toContain('kaputt');
  });
});
