import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingRoom } from '../../../domain/fieldRoom';
import type { ActionItem } from '../../../domain/planning';
import { DateField } from '../../components/dateTime/DateField';
import { LimitedField } from '../../components/LimitedField';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { ActionTodo } from './ActionTodo';
import { PrivacyWarnings, usePrivacyWarnings } from './PrivacyWarnings';

const useStyles = makeStyles({
  fieldset: {
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  remove: { alignSelf: 'flex-start' },
});

export interface ActionItemEditorProps {
  action: ActionItem;
  n: number;
  minutes: MinutesModel;
  room: MeetingRoom;
  onRemove: () => void;
}

/** One action item; its German problems show once the user has left it. */
export function ActionItemEditor({ action, n, minutes, room, onRemove }: ActionItemEditorProps) {
  const strings = useLocalized(protokollStrings).actions;
  const styles = useStyles();
  const warningsId = `aufgabe-datenschutz-${action.id}`;
  const warnings = usePrivacyWarnings(action.what, minutes.participantNames);
  const leave = () => minutes.leave(action.id);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{strings.legend(n)}</legend>
      <LimitedField
        label={strings.what}
        validationMessage={minutes.problemFor('action-what', action.id)}
        text={action.what}
        limit={room.limitOf('actionWhat', action.id)}
      >
        <Input
          data-focus={`action-${action.id}`}
          aria-describedby={warningsId}
          value={action.what}
          onChange={(_, data) => minutes.changeAction(action.id, { what: data.value })}
          onBlur={leave}
        />
      </LimitedField>
      <PrivacyWarnings id={warningsId} warnings={warnings} />
      <LimitedField
        label={strings.who}
        hint={strings.whoHint}
        text={action.who}
        limit={room.limitOf('actionWho', action.id)}
      >
        <Input
          value={action.who}
          onChange={(_, data) => minutes.changeAction(action.id, { who: data.value })}
          onBlur={leave}
        />
      </LimitedField>
      <DateField
        label={strings.due}
        hint={strings.dueHint}
        optional
        value={action.due ?? ''}
        validationMessage={minutes.problemFor('action-due', action.id)}
        onCommit={(due) => minutes.changeAction(action.id, { due })}
        onBlur={leave}
      />
      <ActionTodo action={action} minutes={minutes} />
      <Button className={styles.remove} size="small" aria-label={strings.removeLabel(n)} onClick={onRemove}>
        {strings.remove}
      </Button>
    </fieldset>
  );
}
