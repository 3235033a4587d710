import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { addItem, isClockTime, moveItemTo, newItem, removeItem, timePlan, updateItem } from '../../../domain/planning';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { visuallyHidden } from '../../components/textStyles';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useMeetingRoom } from '../../hooks/useMeetingRoom';
import { useLocalized } from '../../i18n/localized';
import { agendaStrings } from '../agendaStrings';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';
import { useAgendaDrag } from '../useAgendaDrag';
import { AgendaItemEditor } from './AgendaItemEditor';
import { AgendaRow } from './AgendaRow';
import { TimePlanTotal } from './TimePlanTotal';

/** Where a dragged item would land: a line above or below the row it would take the place of. */
const dropLine = (sign: '' | '-') => `inset 0 ${sign}${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: plainList('0'),
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  open: { backgroundColor: tokens.colorNeutralBackground2 },
  dragged: { opacity: 0.6, backgroundColor: tokens.colorNeutralBackground3 },
  dropBefore: { boxShadow: dropLine('') },
  dropAfter: { boxShadow: dropLine('-') },
  add: { alignSelf: 'flex-start' },
  spoken: visuallyHidden,
});

export type AgendaEditorProps = Pick<PlanenModel, 'meeting' | 'update' | 'newId'>;

/**
 * The agenda as its time plan: one compact row per item with its clock times from the start, the sum
 * below. One item at a time opens for editing under its row. Items move by the arrow buttons (the
 * focus stays on the button) or by dragging the handle; each move is announced with the new times.
 */
export function AgendaEditor({ meeting, update, newId }: AgendaEditorProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings);
  const texts = useLocalized(agendaStrings);
  const { root, focusAfterRender } = useFocusAfterRender();
  const room = useMeetingRoom(meeting);
  const list = useRef<HTMLOListElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [spoken, setSpoken] = useState('');

  const agenda = meeting.agenda;
  const startOf = (time: string) => (isClockTime(time) ? time : '00:00');
  const plan = timePlan(startOf(meeting.startTime), agenda);

  const moveTo = (from: number, to: number) => {
    const moved = timePlan(startOf(meeting.startTime), moveItemTo(agenda, from, to)).rows[to];
    if (moved) {
      const name = strings.agenda.itemName(to, moved.item.title);
      setSpoken(texts.moved(name, to + 1, moved.start, moved.end));
    }
    update((m) => ({ ...m, agenda: moveItemTo(m.agenda, from, to) }));
  };
  const drag = useAgendaDrag(list, moveTo);
  const move = (index: number, id: string, by: -1 | 1) => {
    focusAfterRender(`${id}:${by < 0 ? 'up' : 'down'}`);
    moveTo(index, index + by);
  };
  const close = (id: string) => {
    setOpenId(null);
    focusAfterRender(`${id}:open`);
  };
  const remove = (index: number, id: string) => {
    const neighbour = agenda[index + 1] ?? agenda[index - 1];
    focusAfterRender(neighbour ? `${neighbour.id}:open` : 'agenda:add');
    setOpenId(null);
    update((m) => ({ ...m, agenda: removeItem(m.agenda, id) }));
  };
  const add = () => {
    const item = newItem(newId);
    setOpenId(item.id);
    focusAfterRender(`${item.id}:title`);
    update((m) => ({ ...m, agenda: addItem(m.agenda, item) }));
  };
  const dragClass = (index: number) => {
    const state = drag.state;
    if (!state) return undefined;
    if (index === state.from) return styles.dragged;
    if (index !== state.to) return undefined;
    return state.to < state.from ? styles.dropBefore : styles.dropAfter;
  };

  return (
    <Section heading={strings.agenda.heading}>
      <div ref={root} className={styles.root}>
        <ol ref={list} className={styles.list} aria-label={strings.timePlan.heading}>
          {plan.rows.map((timed, index) => {
            const { item } = timed;
            const open = openId === item.id;
            const editorId = `agenda-editor-${item.id}`;
            return (
              <li key={item.id} className={mergeClasses(styles.item, open && styles.open, dragClass(index))}>
                <AgendaRow
                  timed={timed}
                  index={index}
                  count={agenda.length}
                  open={open}
                  editorId={editorId}
                  onToggle={() => setOpenId(open ? null : item.id)}
                  onMove={(by) => move(index, item.id, by)}
                  handle={drag.handleProps(index)}
                />
                {open && (
                  <AgendaItemEditor
                    id={editorId}
                    item={item}
                    index={index}
                    room={room}
                    onChange={(patch) => update((m) => ({ ...m, agenda: updateItem(m.agenda, item.id, patch) }))}
                    onRemove={() => remove(index, item.id)}
                    onClose={() => close(item.id)}
                  />
                )}
              </li>
            );
          })}
        </ol>
        <TimePlanTotal plan={plan} />
        <Button className={styles.add} data-focus="agenda:add" onClick={add}>
          {strings.agenda.add}
        </Button>
        <div aria-live="polite" className={styles.spoken}>
          {spoken}
        </div>
      </div>
    </Section>
  );
}
