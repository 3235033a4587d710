import { Button, Checkbox, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { MeetingRoom } from '../../../domain/fieldRoom';
import { attendeeLabel } from '../../../domain/minutes';
import { formatClock } from '../../components/format';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { quietText } from '../../components/textStyles';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { AttendanceModel } from '../useAttendance';
import type { MinutesDraftsModel } from '../useMinutesDrafts';
import { WalkInForm } from './WalkInForm';
import { ErrorReason } from '../../access/ErrorReason';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  count: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, ...quietText },
  list: plainList('0'),
  entry: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  line: { margin: 0 },
});

function RepliesLine({ attendance }: { attendance: AttendanceModel }) {
  const strings = useLocalized(protokollStrings).attendance;
  const styles = useStyles();
  const { replies } = attendance;
  switch (replies.status) {
    case 'none':
      return null;
    case 'reading':
      return <Spinner size="tiny" label={strings.reading} />;
    case 'read':
      return <p className={styles.hint}>{strings.read(formatClock(replies.at))}</p>;
    case 'missing':
      return <p className={styles.line}>{strings.missing}</p>;
    case 'error':
      return (
        <div className={styles.row}>
          <p className={styles.line}>
            {strings.readFailed} <ErrorReason error={replies.error} /> {strings.byHand}
          </p>
          <Button size="small" onClick={attendance.readReplies}>
            {strings.readAgain}
          </Button>
        </div>
      );
  }
}

export interface AttendanceSectionProps {
  attendance: AttendanceModel;
  drafts: MinutesDraftsModel;
  room: MeetingRoom;
}

/** Who came: the list pre-filled from the replies, a tick per person, walk-ins, the count live. */
export function AttendanceSection({ attendance, drafts, room }: AttendanceSectionProps) {
  const strings = useLocalized(protokollStrings).attendance;
  const styles = useStyles();
  const { root, focusAfterRender } = useFocusAfterRender();
  const { entries } = attendance;
  const fromReplies = entries.some((entry) => entry.source === 'reply');
  return (
    <Section heading={strings.heading}>
      <div ref={root} className={styles.root}>
        <p className={styles.count} role="status" aria-live="polite">
          {strings.count(attendance.present)}
        </p>
        <RepliesLine attendance={attendance} />
        {fromReplies && <p className={styles.hint}>{strings.order}</p>}
        {entries.length === 0 ? (
          <p className={styles.hint}>{strings.empty}</p>
        ) : (
          <ul className={styles.list} aria-label={strings.listLabel}>
            {entries.map((entry) => (
              <li key={entry.id} className={styles.entry}>
                <Checkbox
                  label={attendeeLabel(entry)}
                  checked={entry.present}
                  onChange={(_, data) => attendance.tick(entry.id, data.checked === true)}
                />
                {entry.source === 'walk-in' && (
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={strings.removeLabel(attendeeLabel(entry))}
                    onClick={() => {
                      focusAfterRender('walk-in-name');
                      attendance.remove(entry);
                    }}
                  >
                    {strings.remove}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        <WalkInForm attendance={attendance} drafts={drafts} spare={room.spareFor('walkIn')} />
      </div>
    </Section>
  );
}
