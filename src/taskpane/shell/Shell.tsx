import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import type { ViewId } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import type { OpenedAppointment } from '../../office/appointment';
import { useErrors } from '../hooks/useErrors';
import { useShownAfter } from '../hooks/useShownAfter';
import { OrganiserProvider, useOrganiser } from '../hooks/useOrganiser';
import { MeetingProvider } from '../meeting/MeetingContext';
import { useServices } from '../services';
import { ErrorArea } from './ErrorArea';
import { Header } from './Header';
import { Navigation } from './Navigation';
import { routes } from './routes';
import { ViewBoundary } from './ViewBoundary';
import { ViewFailure } from './ViewFailure';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: 'anywhere',
    // Form controls shrink with a narrow pane (native inputs and selects keep an intrinsic width).
    '& .fui-Input, & .fui-Select, & .fui-Textarea, & .fui-SpinButton': { minWidth: 0, maxWidth: '100%' },
    '& .fui-Input__input, & .fui-Select__select, & .fui-SpinButton__input': { minWidth: 0, width: '100%' },
  },
});

/**
 * How long after the shell's first paint the session and the view wait for the header's organiser line at
 * most: the opening's one round trip answers the name and the view's lists together, so the view gains
 * nothing by rendering before it, unless Microsoft 365 is slow (then its placeholder shows meanwhile).
 */
export const HEADER_WAIT_MS = 150;

/**
 * Its children from a later render on: once the header's organiser line has settled (the name, or why
 * not, or that it waits to try again) and that has been painted (an effect runs after the paint), or
 * HEADER_WAIT_MS after the first paint. The pane's first task stays short, and the name's frame does not
 * wait behind the view's first render. (The timer may still fire after that: it only sets a flag.)
 */
function AfterHeader({ children }: { children: ReactNode }) {
  const { settled } = useOrganiser();
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), HEADER_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  return useShownAfter(settled || waited) ? children : null;
}

/** Opened on a meeting's appointment: its minutes once it has begun, otherwise its invitation. */
function firstView(openedFrom: OpenedAppointment | undefined, now: Date): ViewId {
  if (!openedFrom) return 'planen';
  return openedFrom.start && Date.parse(openedFrom.start) <= now.getTime() ? 'protokoll' : 'einladung';
}

export function Shell() {
  const styles = useStyles();
  const strings = useStrings();
  const { openedFrom, clock } = useServices();
  const [view, setView] = useState<ViewId>(() => firstView(openedFrom, clock.now()));
  const View = routes[view];
  const { report } = useErrors();
  const failure = (reload: () => void) => <ViewFailure view={view} onReload={reload} onOpen={setView} />;
  return (
    <OrganiserProvider>
      <div className={styles.root}>
        <Header />
        <Navigation selected={view} onSelect={setView} />
        <ErrorArea />
        <main className={styles.main}>
          {/* main allows no other role: the tab panel sits inside it */}
          <div role="tabpanel" id="treffpunkt-view" aria-labelledby={`tab-${view}`}>
            {/* The header and tabs paint first; the session and the view render once the name is painted. */}
            <AfterHeader>
              {/* Around the session too: a meeting it cannot show fails the views, not the whole pane. */}
              <ViewBoundary view={view} report={report} fallback={failure}>
                <MeetingProvider>
                  <ViewBoundary key={view} view={view} report={report} fallback={failure}>
                    <Suspense fallback={<Spinner size="small" label={strings.loadingView} />}>
                      <View />
                    </Suspense>
                  </ViewBoundary>
                </MeetingProvider>
              </ViewBoundary>
            </AfterHeader>
          </div>
        </main>
      </div>
    </OrganiserProvider>
  );
}
