import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { type MeetingRoom, subItemId } from '../../../domain/fieldRoom';
import { type AgendaItem, type AgendaKind, validateItem } from '../../../domain/planning';
import { LimitedField } from '../../components/LimitedField';
import { useLocalized } from '../../i18n/localized';
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
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS, maxWidth: '100%' },
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
  item: AgendaItem;
  index: number;
  count: number;
  /** How much each of its texts may hold (the list item's columns it lands in). */
  room: MeetingRoom;
  onChange: (patch: Partial<Omit<AgendaItem, 'id'>>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One agenda item: what, how, how long, who, and its sub-points; buttons to move or remove it. */
export function AgendaItemEditor({ item, index, count, room, onChange, onMove, onRemove }: AgendaItemEditorProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).agenda;
  const validateMinutes = (text: string) => (minutesValid(text) ? undefined : strings.minutesInvalid);
  const name = strings.itemName(index, item.title);
  const focusKey = (what: string) => `${item.id}:${what}`;
  return (
    <fieldset className={styles.fieldset}>
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
        <Button
          aria-label={strings.up(name)}
          data-focus={focusKey('up')}
          disabledFocusable={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
        <Button
          aria-label={strings.down(name)}
          data-focus={focusKey('down')}
          disabledFocusable={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
        <Button aria-label={strings.remove(name)} data-focus={focusKey('remove')} onClick={onRemove}>
          ✕
        </Button>
      </div>
    </fieldset>
  );
}
