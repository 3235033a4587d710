import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';
import { quietText } from './textStyles';

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
  intro: { margin: 0, ...quietText },
});

export interface SectionProps {
  heading: string;
  /** What the section is for, in a sentence or two under its heading (quieter than its content). */
  intro?: ReactNode;
  children: ReactNode;
  /** For moving focus to the heading when the content it followed is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One part of a view under its h3 heading (the view's h2 sits above), set off by a thin line. */
export function Section({ heading, intro, children, headingRef }: SectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </h3>
      {intro !== undefined && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}
