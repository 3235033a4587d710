import type { GriffelStyle } from '@fluentui/react-components';

/** A list without bullets or indent, its entries stacked with `gap` between them (makeStyles). */
export function plainList(gap: string): GriffelStyle {
  return { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap };
}
