import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
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
 * (offline), so the words and buttons are there at once and never lost.
 */
export function PlainNotice({ title, actions, children }: NoticeProps) {
  const styles = useStyles();
  return (
    <div className={styles.plain} role="group">
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

/** Fluent's MessageBar and its motion are not in the first load: most openings show no notice. */
const NoticeBar = lazy(() =>
  import(/* webpackChunkName: "notice" */ './NoticeBar').catch(() => ({ default: PlainNotice })),
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
