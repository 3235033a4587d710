import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { type MeetingRoom, subItemId } from '../../../domain/fieldRoom';
import { type AgendaItem, type AgendaKind, validateItem } from '../../../domain/planning';
import { LimitedField } from '../../components/LimitedField';
import { visuallyHidden } from '../../components/textStyles';
import { useLocalized } from '../../i18n/localized';
import { agendaStrings } from '../agendaStrings';
import { planenStrings } from '../planenStrings';
import { DraftInput } from './DraftInput';
import { SubItemsEditor } from './SubItemsEditor';

const KINDS = Object.keys(planenStrings.de.agenda.kinds) as AgendaKind[];

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The row above shows the number and title; the legend names the group for screen readers.
  legend: visuallyHidden,
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  half: { flex: '1 1 8rem', minWidth: 0 },
  standing: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const minutesOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const minutesValid = (text: string) => !validateItem({ title: '-', minutes: minutesOf(text) }).minutes;

export interface AgendaItemEditorProps {
  /** The element id the row's button points to (aria-controls). */
  id: string;
  item: AgendaItem;
  index: number;
  /** How much each of its texts may hold (the list item's columns it lands in). */
  room: MeetingRoom;
  onChange: (patch: Partial<Omit<AgendaItem, 'id'>>) => void;
  onRemove: () => void;
  /** Closes the editor (its "Fertig" button, or Escape anywhere in it). */
  onClose: () => void;
}

/** One agenda item opened below its row: what, how, how long, who, and its sub-points; remove or close it. */
export function AgendaItemEditor({ id, item, index, room, onChange, onRemove, onClose }: AgendaItemEditorProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).agenda;
  const texts = useLocalized(agendaStrings);
  const validateMinutes = (text: string) => (minutesValid(text) ? undefined : strings.minutesInvalid);
  const name = strings.itemName(index, item.title);
  const focusKey = (what: string) => `${item.id}:${what}`;
  return (
    <fieldset
      id={id}
      className={styles.fieldset}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <legend className={styles.legend}>{strings.legend(index, item.title)}</legend>
      {item.role === 'initiativen' && item.note && (
        <p className={styles.standing}>
          {strings.standingNote}: {item.note}
        </p>
      )}
      <LimitedField
        label={strings.title}
        text={item.title}
        limit={room.limitOf('agendaTitle', item.id)}
        validationMessage={validateItem(item).title ? strings.titleMissing : undefined}
      >
        <Input value={item.title} data-focus={focusKey('title')} onChange={(_, d) => onChange({ title: d.value })} />
      </LimitedField>
      <div className={styles.pair}>
        <Field label={strings.kind} className={styles.half}>
          <Select value={item.kind} onChange={(_, d) => onChange({ kind: d.value as AgendaKind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {strings.kinds[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <DraftInput
          className={styles.half}
          label={strings.minutes}
          inputMode="numeric"
          value={String(item.minutes)}
          validate={validateMinutes}
          onCommit={(text) => onChange({ minutes: minutesOf(text) })}
        />
      </div>
      <LimitedField label={strings.presenter} text={item.presenter} limit={room.limitOf('agendaPresenter', item.id)}>
        <Input value={item.presenter} onChange={(_, d) => onChange({ presenter: d.value })} />
      </LimitedField>
      <LimitedField label={strings.note} text={item.note} limit={room.limitOf('agendaNote', item.id)}>
        <Textarea value={item.note} resize="vertical" onChange={(_, d) => onChange({ note: d.value })} />
      </LimitedField>
      <SubItemsEditor
        items={item.subItems}
        limitOf={(i) => room.limitOf('agendaSubItem', subItemId(item.id, i))}
        onChange={(subItems) => onChange({ subItems })}
      />
      <div className={styles.buttons}>
        <Button aria-label={strings.remove(name)} data-focus={focusKey('remove')} onClick={onRemove}>
          {texts.remove}
        </Button>
        <Button appearance="primary" onClick={onClose}>
          {texts.done}
        </Button>
      </div>
    </fieldset>
  );
}
