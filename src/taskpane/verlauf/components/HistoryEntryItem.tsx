import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { HistoryEntry } from '../../../graph/historyMapping';
import { entryFacts, longDate } from '../entryFacts';
import { FactList } from './FactList';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  open: { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
});

export interface HistoryEntryItemProps {
  entry: HistoryEntry;
  onOpen: (entry: HistoryEntry) => void;
}

/** One past meeting in the overview; its date opens it for reading. */
export function HistoryEntryItem({ entry, onOpen }: HistoryEntryItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <h4 className={styles.heading}>
        <Link className={styles.open} data-focus={entry.itemId} onClick={() => onOpen(entry)}>
          {longDate(entry)}
        </Link>
      </h4>
      <FactList facts={entryFacts(entry)} />
    </li>
  );
}
