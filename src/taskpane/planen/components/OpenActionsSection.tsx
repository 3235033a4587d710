import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import { openActionsFor, REVIEW_SUB_ITEM, reviewItemIndex, withReviewSubItem } from '../../../domain/minutes';
import { type CarriedAction, formatShortDate, type Meeting } from '../../../domain/planning';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { MeetingSession } from '../../meeting/sessionModel';
import { openActionsStrings, type OpenActionsStrings } from '../openActionsStrings';
import type { PlanenModel } from '../planenModel';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start', textAlign: 'start' },
});

/** The open meeting and its session; the list's meetings travel with the session (absent in some fakes). */
export type OpenActionsModel = Pick<PlanenModel, 'meeting' | 'update'> & Partial<Pick<MeetingSession, 'meetings'>>;

function ActionLine({ action, strings }: { action: CarriedAction; strings: OpenActionsStrings }) {
  const styles = useStyles();
  const meta = [
    action.who.trim() && strings.who(action.who),
    action.due && strings.due(formatShortDate(action.due)),
    strings.from(formatShortDate(action.fromDate)),
  ].filter(Boolean);
  return (
    <li className={styles.item}>
      <Text weight="semibold">{action.what}</Text>
      <Text size={200} className={styles.meta}>
        {meta.join(' · ')}
      </Text>
    </li>
  );
}

/** Where the review sub-point stands, or the button that puts it on the agenda once. */
function ReviewOffer({ meeting, add, strings }: { meeting: Meeting; add: () => void; strings: OpenActionsStrings }) {
  const styles = useStyles();
  const index = meeting.agenda.findIndex((item) => item.subItems.includes(REVIEW_SUB_ITEM));
  if (index >= 0) return <Text>{strings.reviewUnder(index + 1, meeting.agenda[index]!.title)}</Text>;
  if (reviewItemIndex(meeting.agenda) < 0) return <Text>{strings.noReviewItem}</Text>;
  return (
    <Button className={styles.add} onClick={add}>
      {strings.addReview}
    </Button>
  );
}

/** Planen: the actions the last minutes left open, and the one-click review sub-point on the agenda. */
export function OpenActionsSection({ model }: { model: OpenActionsModel }) {
  const styles = useStyles();
  const strings = useLocalized(openActionsStrings);
  const heading = useRef<HTMLHeadingElement>(null);
  const { meeting, meetings } = model;
  const open = useMemo(
    () =>
      openActionsFor(
        meeting,
        (meetings ?? []).flatMap((listed) => (listed.meeting ? [listed.meeting] : [])),
      ),
    [meeting, meetings],
  );
  if (open.length === 0) return null;
  const add = () => {
    model.update(withReviewSubItem);
    // The button gives way to the sentence saying where the sub-point is: keep the keyboard user here.
    heading.current?.focus();
  };
  return (
    <Section heading={strings.heading} headingRef={heading}>
      <Text>{strings.intro}</Text>
      <ul className={styles.list} aria-label={strings.listLabel}>
        {open.map((action) => (
          <ActionLine key={action.id} action={action} strings={strings} />
        ))}
      </ul>
      <ReviewOffer meeting={meeting} add={add} strings={strings} />
    </Section>
  );
}
