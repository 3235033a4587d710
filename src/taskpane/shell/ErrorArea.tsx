import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { useErrors } from '../hooks/useErrors';
import { useStrings } from '../i18n/useStrings';
import { type ErrorListProps, PlainErrors } from './errorParts';

const useStyles = makeStyles({
  area: { paddingInline: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
});

/** The errors where the MessageBars' chunk could not load: plain, and announced. */
function UnloadedErrors(props: ErrorListProps) {
  return <PlainErrors {...props} announce />;
}

/** Fluent's MessageBars load with the first error; until then (or offline, for good) the same words show plain. */
const ErrorBars = lazy(() =>
  import(/* webpackChunkName: "notice" */ './ErrorBars').catch(() => ({ default: UnloadedErrors })),
);

/** The one place errors are shown: a German sentence per error code, with a retry where it helps. */
export function ErrorArea() {
  const styles = useStyles();
  const strings = useStrings();
  const { errors, dismiss } = useErrors();
  // Once shown, the bars stay mounted, so the last error dismissed still leaves with its motion.
  const [shown, setShown] = useState(false);
  if (errors.length > 0 && !shown) setShown(true);
  return (
    <section className={styles.area} aria-label={strings.errorAreaLabel} role="region">
      {shown && (
        <Suspense fallback={<PlainErrors errors={errors} dismiss={dismiss} />}>
          <ErrorBars errors={errors} dismiss={dismiss} />
        </Suspense>
      )}
    </section>
  );
}
