import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { PastMeeting } from '../../../domain/history';
import { DataProblemNote } from '../../components/DataProblemNote';
import { FactList } from '../../components/FactList';
import { LineList } from '../../components/LineList';
import { SubSection } from '../../components/SubSection';
import { useSafeLink } from '../../hooks/useSafeLink';
import { useLocalized } from '../../i18n/localized';
import { pastMeetingFacts } from '../historyFacts';
import { historyStrings } from '../historyStrings';
import { EditMeeting } from './EditMeeting';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  title: { margin: 0 },
  paragraph: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Everything filed about a past meeting, as plain text (never the list's HTML). */
export function PastMeetingBody({ past }: { past: PastMeeting }) {
  const styles = useStyles();
  const all = useLocalized(historyStrings);
  const strings = all.details;
  const sharePointLink = useSafeLink(past.webUrl);
  const minutes = past.minutesText.split('\n').filter((line) => line.trim());
  return (
    <div className={styles.root}>
      <p className={styles.title}>{past.title}</p>
      <DataProblemNote problem={past.dataProblem} />
      <FactList facts={pastMeetingFacts(all, past)} layout="columns" />
      <SubSection heading={strings.minutes}>
        {minutes.length === 0 && <p className={styles.note}>{strings.noMinutes}</p>}
        {minutes.map((line, i) => (
          <p key={i} className={styles.paragraph}>
            {line}
          </p>
        ))}
      </SubSection>
      <SubSection heading={strings.decisions}>
        <LineList lines={past.decisions} empty={strings.noDecisions} />
      </SubSection>
      <SubSection heading={strings.actions}>
        <LineList lines={past.actions} empty={strings.noActions} />
      </SubSection>
      <SubSection heading={strings.costs}>
        <LineList lines={past.costNotes} empty={strings.noCostNotes} />
      </SubSection>
      {sharePointLink && (
        <Link href={sharePointLink} target="_blank" rel="noopener noreferrer">
          {strings.sharePoint} {strings.sharePointHint}
        </Link>
      )}
      <EditMeeting past={past} />
    </div>
  );
}
