import { makeStyles, tokens, useAnnounce } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { NoticeProps } from './NoticeBar';

export type { NoticeProps } from './NoticeBar';

const useStyles = makeStyles({
  plain: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The same notice without Fluent's MessageBar: shown while its chunk loads, and for good where it cannot
 * (offline), so the words and buttons are there at once and never lost. `announce`: it stands for good, so it
 * says itself to screen readers on showing, as the MessageBar does (while the chunk loads it stays quiet:
 * the MessageBar announces once it is there).
 */
export function PlainNotice({
  intent,
  title,
  actions,
  children,
  announce = false,
}: NoticeProps & { announce?: boolean }) {
  const styles = useStyles();
  const { announce: say } = useAnnounce();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const text = root.current?.textContent?.trim();
    if (announce && text) say(text, { polite: intent === 'info', alert: intent !== 'info' });
  }, [announce, intent, say]);
  return (
    <div ref={root} className={styles.plain} role="group">
      <div>
        {title !== undefined && (
          <>
            <span className={styles.title}>{title}</span>{' '}
          </>
        )}
        {children}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

/** The notice where the MessageBar's chunk could not load: plain, and announced. */
function UnloadedNotice(props: NoticeProps) {
  return <PlainNotice {...props} announce />;
}

/** Fluent's MessageBar and its motion are not in the first load: most openings show no notice. */
const NoticeBar = lazy(() =>
  import(/* webpackChunkName: "notice" */ './NoticeBar').catch(() => ({ default: UnloadedNotice })),
);

/**
 * A message in place (information, a warning, an outcome): a title, what it means, and the buttons that
 * help, wrapping in a narrow pane. An error from an AppError is a ProblemMessage instead.
 */
export function Notice(props: NoticeProps) {
  return (
    <Suspense fallback={<PlainNotice {...props} />}>
      <NoticeBar {...props} />
    </Suspense>
  );
}
