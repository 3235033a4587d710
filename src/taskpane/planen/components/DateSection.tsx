import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  addMinutesToTime,
  dateWarnings,
  inviteDueDate,
  isClockTime,
  isPlainDate,
  SLOT_MINUTES,
} from '../../../domain/planning';
import { DateField } from '../../components/dateTime/DateField';
import { TimeField } from '../../components/dateTime/TimeField';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';
import { DateWarnings } from './DateWarnings';

const useStyles = makeStyles({
  due: { fontWeight: tokens.fontWeightSemibold },
  proposals: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  proposalsLabel: { display: 'block', marginBottom: tokens.spacingVerticalXS },
});

export type DateSectionProps = Pick<PlanenModel, 'meeting' | 'update' | 'today' | 'proposals'>;

/** The date and start time, the invitation due date, what speaks against the date, and proposals. */
export function DateSection({ meeting, update, today, proposals }: DateSectionProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).date;
  const hasDate = isPlainDate(meeting.date);
  const setDate = (date: string) => update((m) => ({ ...m, date }));
  return (
    <Section heading={strings.heading}>
      <DateField
        label={strings.date}
        value={meeting.date}
        today={today}
        missingMessage={strings.dateMissing}
        onCommit={(date) => date && setDate(date)}
      />
      <TimeField
        label={strings.start}
        value={meeting.startTime}
        missingMessage={strings.timeMissing}
        onCommit={(startTime) => update((m) => ({ ...m, startTime }))}
        hint={
          isClockTime(meeting.startTime) ? strings.until(addMinutesToTime(meeting.startTime, SLOT_MINUTES)) : undefined
        }
      />
      {hasDate && <Text className={styles.due}>{strings.inviteDue(inviteDueDate(meeting.date))}</Text>}
      {hasDate && <DateWarnings warnings={dateWarnings(meeting.date, today)} />}
      {proposals.length > 0 && (
        <div>
          <Text className={styles.proposalsLabel}>{strings.proposalsLabel}</Text>
          <div className={styles.proposals}>
            {proposals.map((date) => (
              <Button key={date} size="small" onClick={() => setDate(date)}>
                {strings.proposal(date)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </Section>
  );
}
