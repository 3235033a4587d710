import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { berlinParts, formatShortDate } from '../../../domain/planning';
import { formatInstant } from '../../components/format';
import { Notice } from '../../components/Notice';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { callForTopicsStrings } from '../callForTopicsStrings';
import type { PlanenModel } from '../planenModel';
import { type CallForTopicsInput, type CallForTopicsModel, useCallForTopics } from '../useCallForTopics';

/** The review of the prepared mail loads once there is one to review: Planen's first load stays without it. */
const CallForTopicsReview = lazy(async () => ({
  default: (await import(/* webpackChunkName: "topics-review" */ './CallForTopicsReview')).CallForTopicsReview,
}));

const useStyles = makeStyles({
  line: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const shortDay = (iso: string) => formatShortDate(berlinParts(new Date(iso)).date);

/** When the call is due, and what was sent before. */
function Timing({ call }: { call: CallForTopicsModel }) {
  const strings = useLocalized(callForTopicsStrings);
  const styles = useStyles();
  const { timing, record } = call;
  if (record && !record.unconfirmed)
    return <p className={styles.line}>{strings.recorded(formatInstant(record.sentAt), record.deadline)}</p>;
  return (
    <p className={styles.line}>
      {strings.due(timing.dueDate, call.inviteDue)} {timing.phase === 'late' ? strings.overdue(timing.days) : ''}
    </p>
  );
}

/** What became of this session's sending, read out as it changes. */
function Outcome({ call }: { call: CallForTopicsModel }) {
  const strings = useLocalized(callForTopicsStrings);
  const styles = useStyles();
  const { state, record } = call;
  return (
    <>
      <div role="status" aria-live="polite">
        {state.status === 'sending' && <Spinner size="tiny" label={strings.sending} />}
        {state.status === 'sent' && (
          <p className={styles.line}>{state.found ? strings.found : strings.sent(call.distributionList)}</p>
        )}
      </div>
      {record?.unconfirmed && state.status !== 'sending' && (
        <Notice intent="warning" title={strings.unconfirmedTitle}>
          {strings.unconfirmed(formatInstant(record.sentAt))}
        </Notice>
      )}
      {state.status === 'failed' && state.error.code !== 'unknown-outcome' && (
        <ProblemMessage title={strings.failed} error={state.error} onRetry={call.send} retryLabel={strings.tryAgain} />
      )}
    </>
  );
}

/** Planen's call for topics: when it is due, a review of the mail, then sent once to the distribution list. */
export function CallForTopics(props: CallForTopicsInput) {
  const strings = useLocalized(callForTopicsStrings);
  const styles = useStyles();
  const call = useCallForTopics(props);
  const { record, state } = call;
  const sent = record !== undefined && !record.unconfirmed;
  const idle = state.status === 'idle' || (state.status === 'failed' && state.error.code === 'unknown-outcome');
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      <Timing call={call} />
      {!call.distributionList && <p className={styles.line}>{strings.noList}</p>}
      {sent ? (
        <div className={styles.row}>
          <Button disabledFocusable>{strings.sentButton(shortDay(record.sentAt))}</Button>
        </div>
      ) : (
        idle && (
          <div className={styles.row}>
            <Button onClick={call.prepare} disabled={!call.distributionList}>
              {strings.prepare}
            </Button>
          </div>
        )
      )}
      {call.state.status === 'review' && (
        <Suspense fallback={null}>
          <CallForTopicsReview call={call} />
        </Suspense>
      )}
      <Outcome call={call} />
    </Section>
  );
}

/** Shown where the session has the team's settings (the list, the weeks, the survey link). */
export function CallForTopicsSection({ model }: { model: PlanenModel }) {
  const { meeting, update, today, settings } = model;
  if (!settings) return null;
  return <CallForTopics meeting={meeting} update={update} today={today} settings={settings} />;
}
