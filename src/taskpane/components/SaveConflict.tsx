import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingDifference } from '../../domain/minutes';
import type { ConflictChoice } from '../meeting/planningModel';
import { useLocalized } from '../i18n/localized';
import { kitStrings } from './kitStrings';
import { Notice } from './Notice';
import { plainList } from './plainList';
import { quietText } from './textStyles';

const useStyles = makeStyles({
  conflict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: quietText,
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  differences: plainList(tokens.spacingVerticalS),
  versions: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type Differences = MeetingDifference[] | 'reading' | 'unreadable';

/** Each differing part: the user's text beside SharePoint's, so nothing is overwritten unseen. */
function DifferenceList({ differences }: { differences: Differences }) {
  const styles = useStyles();
  const strings = useLocalized(kitStrings).save;
  if (differences === 'reading') return <p className={styles.line}>{strings.readingDifferences}</p>;
  if (differences === 'unreadable') return <p className={styles.line}>{strings.unreadableDifferences}</p>;
  if (differences.length === 0) return <p className={styles.line}>{strings.noDifferences}</p>;
  return (
    <div>
      <h3 className={styles.heading}>{strings.differencesHeading}</h3>
      <ul className={styles.differences}>
        {differences.map((d) => (
          <li key={d.label}>
            <strong>{d.label}</strong>
            <dl className={styles.versions}>
              <dt>{strings.mine}</dt>
              <dd className={styles.text}>{d.mine || strings.empty}</dd>
              <dt>{strings.theirs}</dt>
              <dd className={styles.text}>{d.theirs || strings.empty}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface SaveConflictProps {
  differences: Differences;
  resolveConflict: (choice: ConflictChoice) => void;
}

/** A colleague changed the meeting meanwhile: what differs, and merge, keep mine or take theirs. */
export function SaveConflict({ differences, resolveConflict }: SaveConflictProps) {
  const styles = useStyles();
  const strings = useLocalized(kitStrings).save;
  return (
    <section className={styles.conflict} aria-labelledby="konflikt-titel">
      <Notice intent="warning" title={<span id="konflikt-titel">{strings.conflictTitle}</span>}>
        {strings.conflictBody}
      </Notice>
      <DifferenceList differences={differences} />
      <p className={styles.line}>{strings.choices}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => resolveConflict('merge')}>
          {strings.merge}
        </Button>
        <Button onClick={() => resolveConflict('mine')}>{strings.keepMine}</Button>
        <Button onClick={() => resolveConflict('theirs')}>{strings.takeTheirs}</Button>
      </div>
    </section>
  );
}
