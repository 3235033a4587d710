import { Button, createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons';
import type { TimedItem } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { agendaStrings } from '../agendaStrings';
import { planenStrings } from '../planenStrings';
import type { DragHandleProps } from '../useAgendaDrag';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
  },
  handle: {
    display: 'flex',
    alignSelf: 'stretch',
    alignItems: 'center',
    paddingInline: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForeground3,
    cursor: 'grab',
    touchAction: 'none',
    userSelect: 'none',
  },
  summary: {
    // The focus outline is drawn around the positioned button.
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  times: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  title: { display: 'flex', gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  chevron: { flexShrink: 0, marginBlockStart: '2px' },
  details: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  moves: { display: 'flex', flexDirection: 'column' },
});

export interface AgendaRowProps {
  timed: TimedItem;
  index: number;
  count: number;
  open: boolean;
  /** The id of the editor this row opens (below the row). */
  editorId: string;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  handle: DragHandleProps;
}

/**
 * One agenda item as a compact row: number, clock times and minutes, the title, who presents and how
 * many sub-points. The row is the button that opens the item's editor; the arrows move it by keyboard,
 * the handle by dragging.
 */
export function AgendaRow({ timed, index, count, open, editorId, onToggle, onMove, handle }: AgendaRowProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).agenda;
  const texts = useLocalized(agendaStrings);
  const { item, start, end } = timed;
  const name = strings.itemName(index, item.title);
  const subItems = item.subItems.length > 0 ? texts.subItemCount(item.subItems.length) : '';
  const details = [item.presenter.trim(), subItems].filter(Boolean).join(' · ');
  const Chevron = open ? ChevronDownRegular : ChevronRightRegular;
  return (
    <div className={styles.row}>
      <span className={styles.handle} title={texts.dragHandle(name)} aria-hidden="true" {...handle}>
        <ReOrderDotsVerticalRegular />
      </span>
      <button
        type="button"
        className={styles.summary}
        aria-expanded={open}
        aria-controls={open ? editorId : undefined}
        data-focus={`${item.id}:open`}
        onClick={onToggle}
      >
        <span className={styles.times}>{texts.rowTimes(index + 1, start, end, item.minutes)}</span>{' '}
        <span className={styles.title}>
          <Chevron className={styles.chevron} />
          <span data-part="title">{item.title.trim() || texts.untitled}</span>
        </span>
        {details && (
          <>
            {' '}
            <span className={styles.details}>{details}</span>
          </>
        )}
      </button>
      <div className={styles.moves}>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUpRegular />}
          aria-label={strings.up(name)}
          data-focus={`${item.id}:up`}
          disabledFocusable={index === 0}
          onClick={() => onMove(-1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDownRegular />}
          aria-label={strings.down(name)}
          data-focus={`${item.id}:down`}
          disabledFocusable={index === count - 1}
          onClick={() => onMove(1)}
        />
      </div>
    </div>
  );
}
