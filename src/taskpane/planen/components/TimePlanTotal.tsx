import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TimePlan } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { planenStrings } from '../planenStrings';

const useStyles = makeStyles({
  total: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorNeutralForeground1,
  },
  off: {
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
});

/**
 * The time plan's sum under the agenda: planned against the three-hour slot, and the end. Marked when
 * too long or too short, and spoken politely when a change of minutes moves it.
 */
export function TimePlanTotal({ plan }: { plan: TimePlan }) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).timePlan;
  return (
    <p className={mergeClasses(styles.total, plan.state !== 'passt' && styles.off)} aria-live="polite">
      {strings.total(plan)} {strings.end(plan.end)}
    </p>
  );
}
