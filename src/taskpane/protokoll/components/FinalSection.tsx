import { makeStyles, tokens } from '@fluentui/react-components';
import type { MinutesProblem } from '../../../domain/minutes';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatInstant } from '../../components/format';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { quietText } from '../../components/textStyles';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';

const useStyles = makeStyles({
  hint: { margin: 0, ...quietText },
  line: { margin: 0 },
  problems: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex' },
});

function OpenProblems({ problems }: { problems: MinutesProblem[] }) {
  const strings = useLocalized(protokollStrings).final;
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <>
      <p className={styles.line}>{strings.openProblems(problems.length)}</p>
      <ul className={styles.problems}>
        {problems.map((problem, i) => (
          <li key={`${problem.field}-${problem.id ?? ''}-${i}`}>{problem.message}</li>
        ))}
      </ul>
    </>
  );
}

/** Marking the minutes final (protokolliert), after a confirmation that names what is still open. */
export function FinalSection({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).final;
  const styles = useStyles();
  return (
    <Section heading={strings.heading}>
      <p className={styles.hint}>{strings.intro}</p>
      <div className={styles.row}>
        <ConfirmButton {...strings.finalize} onConfirm={minutes.finalize} appearance="primary">
          <p className={styles.line}>{strings.finalizeBody}</p>
          <OpenProblems problems={minutes.problems} />
        </ConfirmButton>
      </div>
    </Section>
  );
}

/** Final minutes: read-only, with "Wieder öffnen" behind a confirmation. */
export function FinalNotice({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).final;
  const reopen = (
    <ConfirmButton {...strings.reopen} onConfirm={minutes.reopen}>
      {strings.reopenBody}
    </ConfirmButton>
  );
  return (
    <Notice intent="success" title={strings.doneTitle} actions={reopen}>
      {strings.doneBody(formatInstant(minutes.minutes.final?.at))}
    </Notice>
  );
}
