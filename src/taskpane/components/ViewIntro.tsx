import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ViewId } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  heading: { marginBlock: `0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
  intro: { display: 'block', marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

/** A view's heading (h2) and one sentence of what it is for, from the shell's strings: the top of every `<X>View`. */
export function ViewIntro({ view }: { view: ViewId }) {
  const styles = useStyles();
  const { heading, intro } = useStrings().views[view];
  return (
    <>
      <h2 className={styles.heading}>{heading}</h2>
      <Body1 className={styles.intro}>{intro}</Body1>
    </>
  );
}
