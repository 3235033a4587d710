import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One part of a past meeting under an h4 (the meeting's date is the h3). */
export function Part({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.part}>
      <h4 className={styles.heading}>{heading}</h4>
      {children}
    </section>
  );
}
