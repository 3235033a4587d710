import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingRoom } from '../../../domain/fieldRoom';
import { timePlan } from '../../../domain/planning';
import type { Meeting } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { NoteField } from './NoteField';

const useStyles = makeStyles({
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** One notes field per agenda item, headed by the item and its time. */
export function AgendaNotes({
  meeting,
  minutes,
  room,
}: {
  meeting: Meeting;
  minutes: MinutesModel;
  room: MeetingRoom;
}) {
  const strings = useLocalized(protokollStrings);
  const styles = useStyles();
  const rows = timePlan(meeting.startTime, meeting.agenda).rows;
  return (
    <Section heading={strings.notes.heading}>
      <div className={styles.items}>
        {rows.map((row, index) => (
          <NoteField
            key={row.item.id}
            top={index + 1}
            row={row}
            text={minutes.minutes.notes[row.item.id] ?? ''}
            limit={room.limitOf('note', row.item.id)}
            participantNames={minutes.participantNames}
            onChange={(text) => minutes.setNote(row.item.id, text)}
          />
        ))}
      </div>
    </Section>
  );
}
