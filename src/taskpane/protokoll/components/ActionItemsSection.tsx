import type { MeetingRoom } from '../../../domain/fieldRoom';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { ActionItemEditor } from './ActionItemEditor';
import { EditableLines } from './EditableLines';

/** What is to be done after the meeting: what, who (a person or an initiative), by when. */
export function ActionItemsSection({ minutes, room }: { minutes: MinutesModel; room: MeetingRoom }) {
  const strings = useLocalized(protokollStrings).actions;
  return (
    <EditableLines
      texts={strings}
      kind="action"
      spacing="roomy"
      lines={minutes.minutes.actionItems}
      add={minutes.addAction}
      remove={minutes.removeAction}
      renderLine={(action, n, onRemove) => (
        <ActionItemEditor action={action} n={n} minutes={minutes} room={room} onRemove={onRemove} />
      )}
    />
  );
}
