import { type GriffelStyle, tokens } from '@fluentui/react-components';

/** A definition list of label and amount pairs, one per row, amounts at the end (makeStyles). */
export const figureStyles: Record<'list' | 'row' | 'value', GriffelStyle> = {
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  value: { margin: 0, marginInlineStart: 'auto', fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
};
