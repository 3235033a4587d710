import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface LineListProps {
  lines: readonly string[];
  /** The sentence shown instead of an empty list. */
  empty: string;
  /** The list's accessible name, where the heading above does not name it. */
  label?: string;
}

/** Lines as written (decisions, action items, cost notes) as a bulleted list, or a sentence that there are none. */
export function LineList({ lines, empty, label }: LineListProps) {
  const styles = useStyles();
  if (lines.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <ul className={styles.list} aria-label={label}>
      {lines.map((line, i) => (
        <li key={`${i}-${line}`}>{line}</li>
      ))}
    </ul>
  );
}
