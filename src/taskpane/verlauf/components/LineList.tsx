import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Lines as filed (decisions, action items, cost notes), or a sentence that there are none. */
export function LineList({ lines, empty }: { lines: readonly string[]; empty: string }) {
  const styles = useStyles();
  if (lines.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <ul className={styles.list}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
