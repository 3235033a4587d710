import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { HistoryEntry } from '../../../domain/history';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useLocalized } from '../../i18n/localized';
import { longDate } from '../historyFacts';
import { historyStrings } from '../historyStrings';
import { usePastMeeting } from '../usePastMeeting';
import { PastMeetingBody } from './PastMeetingBody';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  back: { alignSelf: 'flex-start' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PastMeetingViewProps {
  entry: HistoryEntry;
  onBack: () => void;
}

/** One past meeting, read-only, in place of the overview; the back button returns to its entry. */
export function PastMeetingView({ entry, onBack }: PastMeetingViewProps) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).details;
  const { state, retry } = usePastMeeting(entry.itemId);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Button className={styles.back} onClick={onBack}>
        {strings.back}
      </Button>
      <h3 className={styles.heading} id={headingId} ref={heading} tabIndex={-1}>
        {longDate(entry)}
      </h3>
      {(state.status === 'loading' || state.status === 'idle') && <Spinner size="small" label={strings.loading} />}
      {state.status === 'error' && <ProblemMessage title={strings.failed} error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <PastMeetingBody past={state.value} />}
    </section>
  );
}
