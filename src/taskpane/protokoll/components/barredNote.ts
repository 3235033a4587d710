import { type GriffelStyle, tokens } from '@fluentui/react-components';

/**
 * A short note set apart by a thick bar of `colour` at its start: the standing reminder over the
 * initiatives' notes, a privacy warning under a field (makeStyles).
 */
export function barredNote(colour: string): GriffelStyle {
  return { margin: 0, borderLeft: `${tokens.strokeWidthThick} solid ${colour}`, fontSize: tokens.fontSizeBase200 };
}
