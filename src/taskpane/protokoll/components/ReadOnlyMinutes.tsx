import { makeStyles, tokens } from '@fluentui/react-components';
import { actionLines, attendeeLabel, decisionLines, presentCount } from '../../../domain/minutes';
import { formatLongDate, type Meeting, timePlan } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function Lines({ lines, label }: { lines: string[]; label: string }) {
  const strings = useLocalized(protokollStrings);
  const styles = useStyles();
  if (lines.length === 0) return <p className={styles.hint}>{strings.final.none}</p>;
  return (
    <ul className={styles.list} aria-label={label}>
      {lines.map((line, i) => (
        <li key={`${i}-${line}`}>{line}</li>
      ))}
    </ul>
  );
}

/** Final minutes as text: notes per agenda item, decisions, action items, those present, the next date. */
export function ReadOnlyMinutes({ meeting }: { meeting: Meeting }) {
  const strings = useLocalized(protokollStrings);
  const styles = useStyles();
  const minutes = meeting.minutes;
  const present = (minutes?.attendance ?? []).filter((entry) => entry.present);
  const next = minutes?.nextMeetingDate;
  return (
    <>
      <Section heading={strings.notes.heading}>
        {timePlan(meeting.startTime, meeting.agenda).rows.map((row, i) => (
          <div key={row.item.id}>
            <h4 className={styles.heading}>{strings.notes.item(i + 1, row.item.title, row.start, row.end)}</h4>
            <p className={styles.text}>{minutes?.notes[row.item.id]?.trim() || strings.notes.empty}</p>
          </div>
        ))}
      </Section>
      <Section heading={strings.decisions.heading}>
        <Lines lines={decisionLines(meeting)} label={strings.decisions.heading} />
      </Section>
      <Section heading={strings.actions.heading}>
        <Lines lines={actionLines(meeting)} label={strings.actions.heading} />
      </Section>
      <Section heading={strings.attendance.heading}>
        <p className={styles.text}>{strings.attendance.count(presentCount(present))}</p>
        <Lines lines={present.map(attendeeLabel)} label={strings.final.present} />
      </Section>
      <Section heading={strings.next.heading}>
        <p className={styles.text}>{next ? formatLongDate(next) : strings.final.none}</p>
      </Section>
    </>
  );
}
