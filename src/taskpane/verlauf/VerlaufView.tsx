import { makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { HistoryEntry } from '../../domain/history';
import { ViewIntro } from '../components/ViewIntro';
import { useFocusAfterRender } from '../hooks/useFocusAfterRender';
import { useServices } from '../services';
import { HistorySection } from './components/HistorySection';
import { PastMeetingView } from './components/PastMeetingView';
import { PurgeSection } from './components/PurgeSection';
import { YearCostsSection } from './components/YearCostsSection';
import { YearReportSection } from './components/YearReportSection';
import { csvYears } from './pastMeetings';
import { useHistoryList } from './useHistoryList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  overview: { display: 'flex', flexDirection: 'column', minWidth: 0, '&[hidden]': { display: 'none' } },
});

/**
 * Verlauf, the history: the overview of past meetings and the year's costs, or one meeting to read.
 * The overview stays in the page while a meeting is open, so going back keeps what was loaded.
 */
export default function VerlaufView() {
  const styles = useStyles();
  const { clock } = useServices();
  const history = useHistoryList();
  const [open, setOpen] = useState<HistoryEntry>();
  const { root, focusAfterRender } = useFocusAfterRender();
  const entries = history.list.status === 'ready' ? history.list.value.entries : [];

  const back = () => {
    if (open) focusAfterRender(open.itemId);
    setOpen(undefined);
  };

  return (
    <>
      <ViewIntro view="verlauf" />
      <div className={styles.root} ref={root}>
        <div className={styles.overview} hidden={open !== undefined}>
          <HistorySection history={history} onOpen={setOpen} />
          <YearCostsSection years={csvYears(entries, clock.today())} />
          <YearReportSection years={csvYears(entries, clock.today())} />
          <PurgeSection onFinished={history.retry} />
        </div>
        {open && <PastMeetingView key={open.itemId} entry={open} onBack={back} />}
      </div>
    </>
  );
}
