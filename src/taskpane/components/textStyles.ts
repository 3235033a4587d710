import { type GriffelStyle, tokens } from '@fluentui/react-components';

/** Quieter, smaller text for hints and status lines beside the content they explain (for makeStyles). */
export const quietText: GriffelStyle = {
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
};
