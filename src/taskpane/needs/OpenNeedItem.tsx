import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Need } from '../../domain/needs';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { needsStrings } from './needsStrings';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  quiet: { ...quietText, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
  button: { maxWidth: '100%' },
});

export interface OpenNeedItemProps {
  need: Need;
  busy: boolean;
  /** Taking it up as the input's topic: offered for an open need only. */
  onTakeUp?: (need: Need) => void;
  onDone: (need: Need) => void;
}

/**
 * A need not done yet: what, by how many initiatives and how often, since when (and, taken up, in which
 * meeting); taking an open one up, and marking it done.
 */
export function OpenNeedItem({ need, busy, onTakeUp, onDone }: OpenNeedItemProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const facts = [
    s.counts(need.initiatives, need.mentions),
    need.firstRaised && s.since(need.firstRaised),
    need.status === 'aufgegriffen' && need.takenUpIn && s.planen.takenUpIn(need.takenUpIn),
  ];
  return (
    <li className={styles.item}>
      <span className={styles.title}>{need.title}</span>
      <span className={styles.quiet}>{facts.filter(Boolean).join(' · ')}</span>
      {need.note && <span className={styles.quiet}>{need.note}</span>}
      <span className={styles.actions}>
        {onTakeUp && (
          <Button
            className={styles.button}
            size="small"
            aria-label={s.planen.takeUpNamed(need.title)}
            disabledFocusable={busy}
            onClick={() => onTakeUp(need)}
          >
            {s.planen.takeUp}
          </Button>
        )}
        <Button
          className={styles.button}
          size="small"
          appearance="subtle"
          aria-label={s.planen.markDoneNamed(need.title)}
          disabledFocusable={busy}
          onClick={() => onDone(need)}
        >
          {s.planen.markDone}
        </Button>
      </span>
    </li>
  );
}
