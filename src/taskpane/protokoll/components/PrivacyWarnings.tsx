import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { checkPrivacy, type PrivacyWarning } from '../../../domain/privacyGuard';
import { plainList } from '../../components/plainList';
import { useLocalized } from '../../i18n/localized';
import { minutesCheckStrings } from '../minutesCheckStrings';
import { protokollStrings } from '../protokollStrings';
import { barredNote } from './barredNote';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalXS),
  warning: {
    ...barredNote(tokens.colorStatusWarningBorder2),
    paddingInlineStart: tokens.spacingHorizontalS,
    lineHeight: tokens.lineHeightBase200,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** The privacy guard's warnings for a text as it is typed (checked again only when it or the names change). */
export function usePrivacyWarnings(text: string, participantNames: readonly string[]): PrivacyWarning[] {
  return useMemo(() => checkPrivacy(text, { participantNames }), [text, participantNames]);
}

/**
 * The privacy guard's warnings for one field, spoken politely as they appear while typing. They name
 * what looks like an individual case; they never block. Always rendered, so the live region exists first.
 */
export function PrivacyWarnings({ id, warnings }: { id: string; warnings: readonly PrivacyWarning[] }) {
  const strings = useLocalized(protokollStrings).privacy;
  const say = useLocalized(minutesCheckStrings).privacy;
  const styles = useStyles();
  return (
    <div id={id} role="status" aria-live="polite">
      {warnings.length > 0 && (
        <ul className={styles.list}>
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.start}`} className={styles.warning}>
              <span className={styles.title}>{strings.title}</span> {say[warning.kind](warning.excerpt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
