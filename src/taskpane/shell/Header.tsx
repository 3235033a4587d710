import { Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useOrganiser } from '../hooks/useOrganiser';
import { useStrings } from '../i18n/useStrings';
import { RetryStatus } from './RetryStatus';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export function Header() {
  const styles = useStyles();
  const strings = useStrings();
  const { state } = useOrganiser();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
      <div aria-live="polite" data-testid="organiser">
        {state.status === 'loading' && <Spinner size="extra-tiny" label={strings.organiserLoading} />}
        {state.status === 'ready' && <Text size={200}>{strings.organiserSignedIn(state.value.displayName)}</Text>}
      </div>
      <RetryStatus />
    </header>
  );
}
