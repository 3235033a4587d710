import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { HistoryEntry } from '../../../domain/history';
import { plainList } from '../../components/plainList';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { historyStrings } from '../historyStrings';
import type { HistoryListModel } from '../useHistoryList';
import { HistoryEntryItem } from './HistoryEntryItem';

const useStyles = makeStyles({
  list: plainList('0'),
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
});

export interface HistorySectionProps {
  history: HistoryListModel;
  onOpen: (entry: HistoryEntry) => void;
}

/** The past meetings, newest first, with "Weitere laden" while the list has more. */
export function HistorySection({ history, onOpen }: HistorySectionProps) {
  const styles = useStyles();
  const strings = useLocalized(historyStrings).list;
  const { list, more, added, retry, loadMore } = history;
  const root = useRef<HTMLUListElement>(null);

  // After "Weitere laden" the keyboard continues at the first meeting that came with the new page.
  useEffect(() => {
    const first = added?.[0];
    if (!first) return;
    const targets = root.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [];
    Array.from(targets)
      .find((target) => target.dataset.focus === first.itemId)
      ?.focus();
  }, [added]);

  if (list.status === 'loading' || list.status === 'idle')
    return (
      <Section heading={strings.heading}>
        <Spinner size="small" label={strings.loading} />
      </Section>
    );
  if (list.status === 'error')
    return (
      <Section heading={strings.heading}>
        <ProblemMessage title={strings.failed} error={list.error} onRetry={retry} />
      </Section>
    );

  const { entries, nextLink } = list.value;
  return (
    <Section heading={strings.heading}>
      <p className={styles.note}>{entries.length === 0 ? strings.empty : strings.shown(entries.length)}</p>
      <ul className={styles.list} ref={root}>
        {entries.map((entry) => (
          <HistoryEntryItem key={entry.itemId} entry={entry} onOpen={onOpen} />
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {more.status === 'loading' ? strings.loadingMore : added ? strings.added(added.length) : ''}
      </div>
      {more.status === 'error' && <ProblemMessage title={strings.moreFailed} error={more.error} onRetry={loadMore} />}
      {nextLink && (
        <Button className={styles.more} onClick={loadMore} disabledFocusable={more.status === 'loading'}>
          {strings.more}
        </Button>
      )}
    </Section>
  );
}
