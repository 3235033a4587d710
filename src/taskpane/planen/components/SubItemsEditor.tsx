import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { LimitedField } from '../../components/LimitedField';
import { plainList } from '../../components/plainList';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useLocalized } from '../../i18n/localized';
import { planenStrings } from '../planenStrings';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalXS),
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 },
  add: { alignSelf: 'flex-start' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface SubItemsEditorProps {
  items: string[];
  /** How many characters the sub-point at `index` may hold. */
  limitOf: (index: number) => number;
  onChange: (items: string[]) => void;
}

/**
 * The sub-points of an agenda item, each editable and removable. It shows whatever the meeting holds,
 * also sub-points added elsewhere (e.g. "Rückblick: offene Aufgaben" from the open actions).
 */
export function SubItemsEditor({ items, limitOf, onChange }: SubItemsEditorProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).agenda;
  const { root, focusAfterRender } = useFocusAfterRender();

  const replace = (index: number, text: string) => onChange(items.map((s, i) => (i === index ? text : s)));
  const remove = (index: number) => {
    focusAfterRender('add');
    onChange(items.filter((_, i) => i !== index));
  };
  const add = () => {
    focusAfterRender(`sub-${items.length}`);
    onChange([...items, '']);
  };

  return (
    <div className={styles.root} ref={root}>
      {items.length > 0 && <Text weight="semibold">{strings.subItems}</Text>}
      {items.length > 0 && (
        <ol className={styles.list}>
          {items.map((text, index) => (
            // Sub-points have no ids; the position is what the labels say, too.
            <li key={index} className={styles.row}>
              <LimitedField
                label={strings.subItem(index + 1)}
                className={styles.field}
                text={text}
                limit={limitOf(index)}
              >
                <Input value={text} data-focus={`sub-${index}`} onChange={(_, data) => replace(index, data.value)} />
              </LimitedField>
              <Button
                icon={<DismissRegular />}
                aria-label={strings.removeSubItem(index + 1)}
                onClick={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      <Button size="small" className={styles.add} data-focus="add" onClick={add}>
        {strings.addSubItem}
      </Button>
    </div>
  );
}
