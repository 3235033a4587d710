import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Need } from '../../domain/needs';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { needsStrings } from './needsStrings';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  quiet: { ...quietText, overflowWrap: 'anywhere' },
  button: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export interface OpenNeedItemProps {
  need: Need;
  busy: boolean;
  onTakeUp: (need: Need) => void;
}

/** An open need: what, by how many initiatives and how often, since when, and taking it up. */
export function OpenNeedItem({ need, busy, onTakeUp }: OpenNeedItemProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const facts = [s.counts(need.initiatives, need.mentions), need.firstRaised && s.since(need.firstRaised)];
  return (
    <li className={styles.item}>
      <span className={styles.title}>{need.title}</span>
      <span className={styles.quiet}>{facts.filter(Boolean).join(' · ')}</span>
      {need.note && <span className={styles.quiet}>{need.note}</span>}
      <Button
        className={styles.button}
        size="small"
        aria-label={s.planen.takeUpNamed(need.title)}
        disabledFocusable={busy}
        onClick={() => onTakeUp(need)}
      >
        {s.planen.takeUp}
      </Button>
    </li>
  );
}
