import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', minWidth: 0 },
  stacked: { gap: tokens.spacingVerticalS },
  columns: {
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // In two columns each pair's wrapper steps aside, so that term and value are cells of the grid.
  pair: { display: 'contents' },
  boldTerm: { fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

/** A term and its value, e.g. ['SharePoint-Website', 'contoso.sharepoint.com:/sites/Integration']. */
export type Fact = readonly [term: string, value: string];

export interface FactListProps {
  facts: readonly Fact[];
  /**
   * `stacked` (default): each term in bold above its value (in a quieter colour). `columns`: terms (quiet)
   * and values side by side, two columns that still fit a 320 px pane.
   */
  layout?: 'stacked' | 'columns';
}

/** Terms and their values as a definition list (`dl`, a `div` per pair), read out as such. */
export function FactList({ facts, layout = 'stacked' }: FactListProps) {
  const styles = useStyles();
  const columns = layout === 'columns';
  return (
    <dl className={mergeClasses(styles.list, columns ? styles.columns : styles.stacked)}>
      {facts.map(([term, value]) => (
        <div key={term} className={columns ? styles.pair : undefined}>
          <dt className={columns ? styles.quiet : styles.boldTerm}>{term}</dt>
          <dd className={mergeClasses(styles.value, !columns && styles.quiet)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
