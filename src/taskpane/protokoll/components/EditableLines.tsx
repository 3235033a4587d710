import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  compact: plainList(tokens.spacingVerticalM),
  roomy: plainList(tokens.spacingVerticalL),
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
});

export interface EditableLinesProps<T extends { id: string }> {
  /** The section's heading (it names the list too), the sentence while there are none, the add button. */
  texts: { heading: string; empty: string; add: string };
  /** Focus keys: a line's first field is marked `${kind}-${id}`, the add button `add-${kind}`. */
  kind: string;
  lines: readonly T[];
  /** Space between lines: compact for one field a line, roomy for several. */
  spacing: 'compact' | 'roomy';
  /** Adds an empty line and says its id. */
  add: () => string;
  remove: (id: string) => void;
  /** One line's fields; `onRemove` removes it and puts the focus on the add button. */
  renderLine: (line: T, n: number, onRemove: () => void) => ReactNode;
}

/**
 * Lines the minutes take one by one (decisions, action items): a numbered list, or a sentence while
 * there are none, and a button that adds a line and puts the focus in it.
 */
export function EditableLines<T extends { id: string }>(props: EditableLinesProps<T>) {
  const { texts, kind, lines } = props;
  const styles = useStyles();
  const { root, focusAfterRender } = useFocusAfterRender();
  const removeLine = (id: string) => () => {
    focusAfterRender(`add-${kind}`);
    props.remove(id);
  };
  return (
    <Section heading={texts.heading}>
      <div ref={root} className={styles.root}>
        {lines.length === 0 ? (
          <p className={styles.hint}>{texts.empty}</p>
        ) : (
          <ol className={styles[props.spacing]} aria-label={texts.heading}>
            {lines.map((line, i) => (
              <li key={line.id}>{props.renderLine(line, i + 1, removeLine(line.id))}</li>
            ))}
          </ol>
        )}
        <Button
          className={styles.add}
          data-focus={`add-${kind}`}
          onClick={() => focusAfterRender(`${kind}-${props.add()}`)}
        >
          {texts.add}
        </Button>
      </div>
    </Section>
  );
}
