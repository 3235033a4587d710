import { makeStyles, Textarea, tokens, useId } from '@fluentui/react-components';
import type { TimedItem } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { minutesCheckStrings } from '../minutesCheckStrings';
import { protokollStrings } from '../protokollStrings';
import { LimitedField } from '../../components/LimitedField';
import { SubSection } from '../../components/SubSection';
import { quietText } from '../../components/textStyles';
import { barredNote } from './barredNote';
import { PrivacyWarnings, usePrivacyWarnings } from './PrivacyWarnings';

const useStyles = makeStyles({
  hint: { margin: 0, ...quietText },
  reminder: {
    ...barredNote(tokens.colorBrandStroke1),
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface NoteFieldProps {
  top: number;
  row: TimedItem;
  text: string;
  /** How many characters the note may hold (the minutes column and the meeting's data beside the others). */
  limit: number;
  participantNames: readonly string[];
  onChange: (text: string) => void;
}

/** The notes on one agenda item, with the privacy guard's warnings under it as the user types. */
export function NoteField({ top, row, text, limit, participantNames, onChange }: NoteFieldProps) {
  const strings = useLocalized(protokollStrings).notes;
  const { standingReminder } = useLocalized(minutesCheckStrings);
  const styles = useStyles();
  const headingId = useId('top-');
  const reminderId = useId('erinnerung-');
  const warningsId = useId('datenschutz-');
  const { item } = row;
  const reminder = item.role === 'initiativen';
  const warnings = usePrivacyWarnings(text, participantNames);
  return (
    <SubSection heading={strings.item(top, item.title, row.start, row.end)} headingId={headingId}>
      {item.subItems.length > 0 && <p className={styles.hint}>{strings.subItems(item.subItems)}</p>}
      {reminder && (
        <p id={reminderId} className={styles.reminder}>
          <span className={styles.strong}>{strings.reminderTitle}</span> {standingReminder}
        </p>
      )}
      <LimitedField text={text} limit={limit}>
        <Textarea
          aria-labelledby={headingId}
          aria-describedby={reminder ? `${reminderId} ${warningsId}` : warningsId}
          value={text}
          resize="vertical"
          rows={4}
          onChange={(_, data) => onChange(data.value)}
        />
      </LimitedField>
      <PrivacyWarnings id={warningsId} warnings={warnings} />
    </SubSection>
  );
}
