import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { type Need, openNeeds, takeUp } from '../../domain/needs';
import { applySpeaker, formatLongDate, type Meeting } from '../../domain/planning';
import { plainList } from '../components/plainList';
import { Section } from '../components/Section';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { useServices } from '../services';
import { NeedActionOutcome } from './NeedActionOutcome';
import { NeedByHandForm } from './NeedByHandForm';
import { NeedsLoading } from './NeedsLoading';
import { needsStrings } from './needsStrings';
import { OpenNeedItem } from './OpenNeedItem';
import { useNeedAction } from './useNeedAction';
import { useNeeds } from './useNeeds';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  quiet: { ...quietText, margin: 0 },
});

export interface NeedsInPlanenProps {
  meeting: Meeting;
  /** The session's change of the open meeting (the input's topic is set through it). */
  update: (change: (meeting: Meeting) => Meeting) => void;
}

/**
 * Planen's offer from the needs register: the open needs, each to be taken up as the topic of this
 * meeting's input (the need is then marked "aufgegriffen" in this meeting), and a need recorded by hand.
 */
export function NeedsInPlanen({ meeting, update }: NeedsInPlanenProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const { config } = useServices();
  const needs = useNeeds();
  const { action, run } = useNeedAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const open = needs.state.status === 'ready' ? openNeeds(needs.state.needs.map((l) => l.need)) : [];

  const onTakeUp = (need: Need) => {
    update((m) => applySpeaker(m, { ...m.speaker, topic: need.title }));
    const marked = takeUp(need, meeting.date);
    void run(async () => {
      await needs.update(marked);
      heading.current?.focus();
      return s.planen.takenUp(need.title, formatLongDate(meeting.date));
    }, s.planen.takeUpFailed(need.title));
  };

  return (
    <Section heading={s.planen.heading} headingRef={heading}>
      <p className={styles.quiet}>{s.planen.intro(config.needsListName)}</p>
      <NeedsLoading needs={needs} />
      {needs.state.status === 'ready' &&
        (open.length === 0 ? (
          <p className={styles.quiet}>{s.planen.none}</p>
        ) : (
          <ul className={styles.list} aria-label={s.planen.heading}>
            {open.map((need) => (
              <OpenNeedItem key={need.id} need={need} busy={action.status === 'working'} onTakeUp={onTakeUp} />
            ))}
          </ul>
        ))}
      <NeedActionOutcome action={action} />
      <NeedByHandForm needs={needs} />
    </Section>
  );
}
