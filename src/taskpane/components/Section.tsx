import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface SectionProps {
  heading: string;
  children: ReactNode;
  /** For moving focus to the heading when the content it followed is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One part of the Planen view under an h3 (the view's h2 sits above). */
export function Section({ heading, children, headingRef }: SectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </h3>
      {children}
    </section>
  );
}
