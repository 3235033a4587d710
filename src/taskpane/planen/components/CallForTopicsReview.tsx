import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DateField } from '../../components/dateTime/DateField';
import { SubSection } from '../../components/SubSection';
import { useLocalized } from '../../i18n/localized';
import { callForTopicsStrings } from '../callForTopicsStrings';
import type { CallForTopicsModel } from '../useCallForTopics';

const useStyles = makeStyles({
  facts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fact: { margin: 0, overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold },
  body: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The mail as it will go out: to whom, its subject and text, the deadline to edit; then send or cancel. */
export function CallForTopicsReview({ call }: { call: CallForTopicsModel }) {
  const strings = useLocalized(callForTopicsStrings);
  const styles = useStyles();
  const { mail, state, problem } = call;
  if (state.status !== 'review') return null;
  return (
    <SubSection heading={strings.review} headingId="themenaufruf-vorschau">
      <dl className={styles.facts}>
        {[
          [strings.to, mail.to],
          [strings.subject, mail.subject],
        ].map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.fact}>{value}</dd>
          </div>
        ))}
      </dl>
      <DateField
        label={strings.deadline}
        value={state.deadline}
        onCommit={call.setDeadline}
        hint={strings.deadlineHint}
        missingMessage={strings.problems.missing}
        {...(problem && problem !== 'missing' ? { validationMessage: strings.problems[problem] } : {})}
      />
      <p className={styles.term}>{strings.body}</p>
      <div className={styles.body} role="document" aria-label={strings.review} tabIndex={0}>
        {mail.text}
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={call.send} disabled={problem !== undefined}>
          {strings.send}
        </Button>
        <Button onClick={call.cancel}>{strings.cancel}</Button>
      </div>
    </SubSection>
  );
}
