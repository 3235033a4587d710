import { makeStyles, tokens } from '@fluentui/react-components';
import type { DateWarning } from '../../../domain/planning';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import { planenStrings } from '../planenStrings';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What speaks against the date, as plain sentences under one warning. */
export function DateWarnings({ warnings }: { warnings: DateWarning[] }) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).date;
  if (warnings.length === 0) return null;
  return (
    <Notice intent="warning" title={strings.warningsTitle}>
      <ul className={styles.list}>
        {warnings.map((warning) => (
          <li key={`${warning.kind}-${warning.which}`}>{strings.warning(warning)}</li>
        ))}
      </ul>
    </Notice>
  );
}
