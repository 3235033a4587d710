import { makeStyles } from '@fluentui/react-components';
import { actionLines, attendeeLabel, decisionLines, presentCount } from '../../../domain/minutes';
import { formatLongDate, type Meeting, timePlan } from '../../../domain/planning';
import { LineList } from '../../components/LineList';
import { Section } from '../../components/Section';
import { SubSection } from '../../components/SubSection';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';

const useStyles = makeStyles({
  text: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** Final minutes as text: notes per agenda item, decisions, action items, those present, the next date. */
export function ReadOnlyMinutes({ meeting }: { meeting: Meeting }) {
  const strings = useLocalized(protokollStrings);
  const styles = useStyles();
  const minutes = meeting.minutes;
  const present = (minutes?.attendance ?? []).filter((entry) => entry.present);
  const next = minutes?.nextMeetingDate;
  const none = strings.final.none;
  return (
    <>
      <Section heading={strings.notes.heading}>
        {timePlan(meeting.startTime, meeting.agenda).rows.map((row, i) => (
          <SubSection key={row.item.id} heading={strings.notes.item(i + 1, row.item.title, row.start, row.end)}>
            <p className={styles.text}>{minutes?.notes[row.item.id]?.trim() || strings.notes.empty}</p>
          </SubSection>
        ))}
      </Section>
      <Section heading={strings.decisions.heading}>
        <LineList lines={decisionLines(meeting)} empty={none} label={strings.decisions.heading} />
      </Section>
      <Section heading={strings.actions.heading}>
        <LineList lines={actionLines(meeting)} empty={none} label={strings.actions.heading} />
      </Section>
      <Section heading={strings.attendance.heading}>
        <p className={styles.text}>{strings.attendance.count(presentCount(present))}</p>
        <LineList lines={present.map(attendeeLabel)} empty={none} label={strings.final.present} />
      </Section>
      <Section heading={strings.next.heading}>
        <p className={styles.text}>{next ? formatLongDate(next) : none}</p>
      </Section>
    </>
  );
}
