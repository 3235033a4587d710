import { type GriffelStyle, tokens } from '@fluentui/react-components';

/**
 * An entry of a list set apart from its neighbours by a hairline (above or below it), its parts
 * stacked with a small gap (makeStyles).
 */
export function ruledEntry(rule: 'above' | 'below'): GriffelStyle {
  const line = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`;
  return {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
    ...(rule === 'above' ? { borderTop: line } : { borderBottom: line }),
  };
}
