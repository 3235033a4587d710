import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { MinutesProblem } from '../../../domain/minutes';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatInstant } from '../../components/format';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  line: { margin: 0 },
  problems: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
        <ConfirmButton
          label={strings.finalize.label}
          title={strings.finalize.title}
          confirmLabel={strings.finalize.confirm}
          onConfirm={minutes.finalize}
          appearance="primary"
        >
          <p className={styles.line}>{strings.finalize.body}</p>
          <OpenProblems problems={minutes.problems} />
        </ConfirmButton>
      </div>
    </Section>
  );
}

/** Final minutes: read-only, with "Wieder öffnen" behind a confirmation. */
export function FinalNotice({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).final;
  const styles = useStyles();
  const at = minutes.minutes.final?.at;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.doneTitle}</MessageBarTitle> {strings.doneBody(formatInstant(at))}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <ConfirmButton
          label={strings.reopen.label}
          title={strings.reopen.title}
          confirmLabel={strings.reopen.confirm}
          onConfirm={minutes.reopen}
        >
          {strings.reopen.body}
        </ConfirmButton>
      </MessageBarActions>
    </MessageBar>
  );
}
