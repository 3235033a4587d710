import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { addItem, moveItem, newItem, removeItem, updateItem } from '../../../domain/planning';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useMeetingRoom } from '../../hooks/useMeetingRoom';
import { useLocalized } from '../../i18n/localized';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';
import { AgendaItemEditor } from './AgendaItemEditor';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  add: { alignSelf: 'flex-start' },
});

export type AgendaEditorProps = Pick<PlanenModel, 'meeting' | 'update' | 'newId'>;

/** The agenda as an ordered list of editable items; moving keeps the keyboard focus on the item. */
export function AgendaEditor({ meeting, update, newId }: AgendaEditorProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).agenda;
  const { root, focusAfterRender } = useFocusAfterRender();
  const room = useMeetingRoom(meeting);

  const agenda = meeting.agenda;
  const move = (id: string, by: -1 | 1) => {
    focusAfterRender(`${id}:${by < 0 ? 'up' : 'down'}`);
    update((m) => ({ ...m, agenda: moveItem(m.agenda, id, by) }));
  };
  const remove = (index: number, id: string) => {
    const neighbour = agenda[index + 1] ?? agenda[index - 1];
    focusAfterRender(neighbour ? `${neighbour.id}:title` : 'agenda:add');
    update((m) => ({ ...m, agenda: removeItem(m.agenda, id) }));
  };
  const add = () => {
    const item = newItem(newId);
    focusAfterRender(`${item.id}:title`);
    update((m) => ({ ...m, agenda: addItem(m.agenda, item) }));
  };

  return (
    <Section heading={strings.heading}>
      <div ref={root} className={styles.root}>
        <ol className={styles.list}>
          {agenda.map((item, index) => (
            <li key={item.id}>
              <AgendaItemEditor
                item={item}
                index={index}
                count={agenda.length}
                room={room}
                onChange={(patch) => update((m) => ({ ...m, agenda: updateItem(m.agenda, item.id, patch) }))}
                onMove={(by) => move(item.id, by)}
                onRemove={() => remove(index, item.id)}
              />
            </li>
          ))}
        </ol>
        <Button className={styles.add} data-focus="agenda:add" onClick={add}>
          {strings.add}
        </Button>
      </div>
    </Section>
  );
}
