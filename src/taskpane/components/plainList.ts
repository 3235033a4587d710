import type { GriffelStyle } from '@fluentui/react-components';

/**
 * The plain list's style (for makeStyles): a `ul`/`ol` without bullets or indent, its entries stacked
 * with `gap` between them. A style, not a component, so the list keeps its own element and props.
 */
export function plainList(gap: string): GriffelStyle {
  return { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap };
}
