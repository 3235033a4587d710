import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { markDone, type Need, openNeeds, takenUpNeeds, takeUp } from '../../domain/needs';
import { applySpeaker, type Meeting } from '../../domain/planning';
import { Section } from '../components/Section';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { useServices } from '../services';
import { NeedActionOutcome } from './NeedActionOutcome';
import { NeedsLoading } from './NeedsLoading';
import { needsStrings } from './needsStrings';
import { useNeedAction } from './useNeedAction';
import { useNeeds } from './useNeeds';

/**
 * The needs' lists and the form for a need by hand (with Fluent's SpinButton) load once the section is
 * opened: Planen's first load stays without them.
 */
const NeedsShown = lazy(() => import(/* webpackChunkName: "need-form" */ './NeedsShown'));

const useStyles = makeStyles({
  quiet: { ...quietText, margin: 0 },
  toggle: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export interface NeedsInPlanenProps {
  meeting: Meeting;
  /** The session's change of the open meeting (the input's topic is set through it). */
  update: (change: (meeting: Meeting) => Meeting) => void;
}

/**
 * Planen's offer from the needs register: how many needs are open, and, opened (so Planen stays short),
 * each to be taken up as the topic of this meeting's input (then marked "aufgegriffen" in this meeting)
 * or marked done; the needs taken up and not done yet, to be marked done; and a need recorded by hand.
 */
export function NeedsInPlanen({ meeting, update }: NeedsInPlanenProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const { config } = useServices();
  const needs = useNeeds();
  const { action, run } = useNeedAction();
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const all = needs.state.status === 'ready' ? needs.state.needs.map((l) => l.need) : [];
  const open = openNeeds(all);
  const takenUp = takenUpNeeds(all);
  const busy = action.status === 'working';

  const onTakeUp = (need: Need) => {
    update((m) => applySpeaker(m, { ...m.speaker, topic: need.title }));
    void run(async () => {
      await needs.change(need.id, (now) => takeUp(now, meeting.date));
      heading.current?.focus();
      return s.planen.takenUp(need.title, meeting.date);
    }, s.planen.takeUpFailed(need.title));
  };

  const onDone = (need: Need) =>
    void run(async () => {
      await needs.change(need.id, markDone);
      heading.current?.focus();
      return s.planen.markedDone(need.title);
    }, s.planen.markDoneFailed(need.title));

  return (
    <Section heading={s.planen.heading} headingRef={heading}>
      <NeedsLoading needs={needs} />
      {needs.state.status === 'ready' && (
        <p className={styles.quiet}>{s.planen.summary(open.length, config.needsListName)}</p>
      )}
      <Button className={styles.toggle} aria-expanded={shown} onClick={() => setShown(!shown)}>
        {s.planen.show}
      </Button>
      <NeedActionOutcome action={action} />
      {shown && (
        // While the needs are read, NeedsLoading says so already.
        <Suspense fallback={needs.state.status === 'loading' ? null : <Spinner size="tiny" label={s.loading} />}>
          <NeedsShown
            needs={needs}
            open={open}
            takenUp={takenUp}
            busy={busy}
            onTakeUp={onTakeUp}
            onDone={onDone}
            run={run}
            heading={heading}
          />
        </Suspense>
      )}
    </Section>
  );
}
