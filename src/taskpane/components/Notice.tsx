import { makeStyles, tokens, useAnnounce } from '@fluentui/react-components';
import { lazy, type ReactNode, type RefObject, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
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
  contents: { display: 'contents' },
});

/** The controls of a notice, in order: the plain one and the bar have the same. */
const CONTROLS = 'button, a[href], input, select, textarea';

/** Which control of the plain notice had the focus as the bar took its place (-1: none). */
type FocusHandover = RefObject<number>;

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
  handoverRef,
}: NoticeProps & { announce?: boolean; handoverRef?: FocusHandover }) {
  const styles = useStyles();
  const { announce: say } = useAnnounce();
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const shown = root.current;
    return () => {
      // Still in the document here: where the focus is, among the controls.
      const active = document.activeElement;
      if (handoverRef && shown && active && shown.contains(active))
        handoverRef.current = [...shown.querySelectorAll(CONTROLS)].indexOf(active);
    };
  }, [handoverRef]);
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
  const handoverRef = useRef(-1);
  return (
    <Suspense fallback={<PlainNotice {...props} handoverRef={handoverRef} />}>
      <TakesFocus handoverRef={handoverRef}>
        <NoticeBar {...props} />
      </TakesFocus>
    </Suspense>
  );
}

/** A keyboard user on the plain notice's button stays on the same button once the bar has taken its place. */
function TakesFocus({ handoverRef, children }: { handoverRef: FocusHandover; children: ReactNode }) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const index = handoverRef.current;
    handoverRef.current = -1;
    if (index >= 0) wrap.current?.querySelectorAll<HTMLElement>(CONTROLS)[index]?.focus();
  }, [handoverRef]);
  return (
    <div ref={wrap} className={styles.contents}>
      {children}
    </div>
  );
}
