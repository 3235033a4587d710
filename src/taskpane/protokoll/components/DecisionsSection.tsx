import { Button, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { MeetingRoom } from '../../../domain/fieldRoom';
import type { Decision } from '../../../domain/planning';
import { LimitedField } from '../../components/LimitedField';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { EditableLines } from './EditableLines';
import { PrivacyWarnings, usePrivacyWarnings } from './PrivacyWarnings';

const useStyles = makeStyles({
  line: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  remove: { alignSelf: 'flex-start' },
});

interface LineProps {
  decision: Decision;
  n: number;
  minutes: MinutesModel;
  room: MeetingRoom;
  onRemove: () => void;
}

function DecisionLine({ decision, n, minutes, room, onRemove }: LineProps) {
  const strings = useLocalized(protokollStrings).decisions;
  const styles = useStyles();
  const warningsId = `beschluss-datenschutz-${decision.id}`;
  const warnings = usePrivacyWarnings(decision.text, minutes.participantNames);
  return (
    <div className={styles.line}>
      <LimitedField
        label={strings.label(n)}
        validationMessage={minutes.problemFor('decision', decision.id)}
        text={decision.text}
        limit={room.limitOf('decision', decision.id)}
      >
        <Textarea
          data-focus={`decision-${decision.id}`}
          aria-describedby={warningsId}
          value={decision.text}
          rows={2}
          resize="vertical"
          onChange={(_, data) => minutes.changeDecision(decision.id, data.value)}
          onBlur={() => minutes.leave(decision.id)}
        />
      </LimitedField>
      <PrivacyWarnings id={warningsId} warnings={warnings} />
      <Button className={styles.remove} size="small" aria-label={strings.removeLabel(n)} onClick={onRemove}>
        {strings.remove}
      </Button>
    </div>
  );
}

/** What the meeting decided, one sentence per line. */
export function DecisionsSection({ minutes, room }: { minutes: MinutesModel; room: MeetingRoom }) {
  const strings = useLocalized(protokollStrings).decisions;
  return (
    <EditableLines
      texts={strings}
      kind="decision"
      spacing="compact"
      lines={minutes.minutes.decisions}
      add={minutes.addDecision}
      remove={minutes.removeDecision}
      renderLine={(decision, n, onRemove) => (
        <DecisionLine decision={decision} n={n} minutes={minutes} room={room} onRemove={onRemove} />
      )}
    />
  );
}
