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

export interface SubSectionProps {
  heading: ReactNode;
  /** For naming a control by the heading (`aria-labelledby`). */
  headingId?: string;
  children: ReactNode;
}

/** One part within a Section, under an h4 (the Section's heading is the h3). */
export function SubSection({ heading, headingId, children }: SubSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.part}>
      <h4 id={headingId} className={styles.heading}>
        {heading}
      </h4>
      {children}
    </section>
  );
}
