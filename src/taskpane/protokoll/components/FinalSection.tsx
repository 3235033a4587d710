import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingRoom } from '../../../domain/fieldRoom';
import type { MinutesProblem } from '../../../domain/minutes';
import type { Meeting } from '../../../domain/planning';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatInstant } from '../../components/format';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import { placeOf, type TooLongText, tooLongTexts } from '../tooLongTexts';
import type { MinutesModel } from '../useMinutes';

const useStyles = makeStyles({
  line: { margin: 0 },
  problems: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex' },
});

function OpenProblems({ problems }: { problems: MinutesProblem[] }) {
  const strings = useLocalized(protokollStrings).final;
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <>
      <p className={styles.line}>{strings.openProblems(problems.length)}</p>
      <ul className={styles.problems}>
        {problems.map((problem, i) => (
          <li key={`${problem.field}-${problem.id ?? ''}-${i}`}>{problem.message}</li>
        ))}
      </ul>
    </>
  );
}

/** Why the minutes cannot be final yet: the first text SharePoint would refuse, named where it is. */
function TooLong({ meeting, tooLong }: { meeting: Meeting; tooLong: TooLongText }) {
  const strings = useLocalized(protokollStrings).final;
  const place = placeOf(meeting, tooLong);
  const where =
    place.kind === 'note'
      ? strings.tooLongNote(place.top, place.title)
      : place.kind === 'decision'
        ? strings.tooLongDecision(place.n)
        : place.kind === 'action'
          ? strings.tooLongAction(place.n)
          : strings.tooLongPlanning;
  return (
    <div role="alert">
      <Notice intent="error" title={strings.tooLongTitle}>
        {strings.tooLong(where, tooLong.limit)}
      </Notice>
    </div>
  );
}

export interface FinalSectionProps {
  minutes: MinutesModel;
  meeting: Meeting;
  /** The limits the save files the meeting with: a text over one keeps the minutes from being final. */
  room: MeetingRoom;
}

/**
 * Marking the minutes final (protokolliert), after a confirmation that names what is still open; refused,
 * naming the field, while a text is longer than SharePoint takes (final minutes could not be shortened).
 */
export function FinalSection({ minutes, meeting, room }: FinalSectionProps) {
  const strings = useLocalized(protokollStrings).final;
  const styles = useStyles();
  const tooLong = tooLongTexts(meeting, room)[0];
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      <div className={styles.row}>
        <ConfirmButton
          {...strings.finalize}
          onConfirm={minutes.finalize}
          canConfirm={() => tooLong === undefined}
          appearance="primary"
        >
          {tooLong ? (
            <TooLong meeting={meeting} tooLong={tooLong} />
          ) : (
            <>
              <p className={styles.line}>{strings.finalizeBody}</p>
              <OpenProblems problems={minutes.problems} />
            </>
          )}
        </ConfirmButton>
      </div>
    </Section>
  );
}

/** Final minutes: read-only, with "Wieder öffnen" behind a confirmation. */
export function FinalNotice({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).final;
  const reopen = (
    <ConfirmButton {...strings.reopen} onConfirm={minutes.reopen}>
      {strings.reopenBody}
    </ConfirmButton>
  );
  return (
    <Notice intent="success" title={strings.doneTitle} actions={reopen}>
      {strings.doneBody(formatInstant(minutes.minutes.final?.at))}
    </Notice>
  );
}
