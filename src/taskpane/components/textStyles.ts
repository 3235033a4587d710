import { type GriffelStyle, tokens } from '@fluentui/react-components';

/** Quieter, smaller text for hints and status lines beside the content they explain (for makeStyles). */
export const quietText: GriffelStyle = {
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
};

/** Read by screen readers, not shown: a live region's words (for makeStyles). */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};
