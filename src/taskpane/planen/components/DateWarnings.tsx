import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { DateWarning } from '../../../domain/planning';
import { planenStrings } from '../planenStrings';

const strings = planenStrings.date;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What speaks against the date, as plain sentences under one warning. */
export function DateWarnings({ warnings }: { warnings: DateWarning[] }) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.warningsTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.which}`}>{strings.warning(warning)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
