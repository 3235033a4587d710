import { Button, makeStyles, Text, tokens, useAnnounce } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type PendingRetry, useBackgroundRetry } from '../hooks/useBackgroundRetry';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  text: { color: tokens.colorNeutralForeground2 },
});

/** Whole seconds until `at`, at least 1 while the attempt is still to come. */
function secondsUntil(at: number): number {
  return Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/** Re-renders every second while something waits, for the countdown. */
function useTick(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return undefined;
    const interval = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(interval);
  }, [active]);
}

/** Says the reason once when the waiting begins or its reason changes (not with every second). */
function useAnnounceReason(reason: string | undefined): void {
  const { announce } = useAnnounce();
  useEffect(() => {
    if (reason) announce(reason, { polite: true });
  }, [reason, announce]);
}

/**
 * The status line under the organiser: while the pane waits to try again by itself, why
 * (busy or offline), in how many seconds, and a button to try now.
 */
export function RetryStatus() {
  const styles = useStyles();
  const strings = useStrings().waiting;
  const { pending, retryNow } = useBackgroundRetry();
  const first: PendingRetry | undefined = pending[0];
  useTick(first !== undefined);
  useAnnounceReason(first && strings.reason[first.reason]);
  if (!first) return null;
  return (
    <div className={styles.line}>
      <Text size={200} className={styles.text}>
        {strings.reason[first.reason]}
      </Text>
      <Text size={200} className={styles.text}>
        {strings.nextAttempt(secondsUntil(first.at))}
      </Text>
      <Button size="small" appearance="secondary" onClick={retryNow}>
        {strings.tryNow}
      </Button>
    </div>
  );
}
