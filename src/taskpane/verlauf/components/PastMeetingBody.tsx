import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/planning';
import type { PastMeeting } from '../../../graph/historyMapping';
import { entryFacts } from '../entryFacts';
import { attendanceOf } from '../pastMeetingFacts';
import { verlaufStrings } from '../verlaufStrings';
import { EditMeeting } from './EditMeeting';
import { type Fact, FactList } from './FactList';
import { LineList } from './LineList';
import { Part } from './Part';

const strings = verlaufStrings.details;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  title: { margin: 0 },
  paragraph: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function facts(past: PastMeeting): Fact[] {
  const next = past.nextMeetingDate;
  return [
    ...entryFacts(past, attendanceOf(past)),
    ...(next ? [[verlaufStrings.facts.nextMeeting, formatLongDate(next)] as const] : []),
  ];
}

/** Everything filed about a past meeting, as plain text (never the list's HTML). */
export function PastMeetingBody({ past }: { past: PastMeeting }) {
  const styles = useStyles();
  const minutes = past.minutesText.split('\n').filter((line) => line.trim());
  return (
    <div className={styles.root}>
      <p className={styles.title}>{past.title}</p>
      <FactList facts={facts(past)} />
      <Part heading={strings.minutes}>
        {minutes.length === 0 && <p className={styles.note}>{strings.noMinutes}</p>}
        {minutes.map((line, i) => (
          <p key={i} className={styles.paragraph}>
            {line}
          </p>
        ))}
      </Part>
      <Part heading={strings.decisions}>
        <LineList lines={past.decisions} empty={strings.noDecisions} />
      </Part>
      <Part heading={strings.actions}>
        <LineList lines={past.actions} empty={strings.noActions} />
      </Part>
      <Part heading={strings.costs}>
        <LineList lines={past.costNotes} empty={strings.noCostNotes} />
      </Part>
      {past.webUrl && (
        <Link href={past.webUrl} target="_blank" rel="noopener noreferrer">
          {strings.sharePoint} {strings.sharePointHint}
        </Link>
      )}
      <EditMeeting past={past} />
    </div>
  );
}
