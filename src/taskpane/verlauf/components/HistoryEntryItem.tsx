import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { HistoryEntry } from '../../../domain/history';
import { FactList } from '../../components/FactList';
import { ruledEntry } from '../../components/ruledEntry';
import { useLocalized } from '../../i18n/localized';
import { entryFacts, longDate } from '../historyFacts';
import { historyStrings } from '../historyStrings';

const useStyles = makeStyles({
  item: ruledEntry('below'),
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
  const strings = useLocalized(historyStrings);
  return (
    <li className={styles.item}>
      <h4 className={styles.heading}>
        <Link className={styles.open} data-focus={entry.itemId} onClick={() => onOpen(entry)}>
          {longDate(entry)}
        </Link>
      </h4>
      <FactList facts={entryFacts(strings, entry)} layout="columns" />
    </li>
  );
}
