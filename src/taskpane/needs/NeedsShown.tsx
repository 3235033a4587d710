import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { type RefObject, useId, useState } from 'react';
import { type Need, undoDone } from '../../domain/needs';
import { plainList } from '../components/plainList';
import { SubSection } from '../components/SubSection';
import { useLocalized } from '../i18n/localized';
import { NeedByHandForm } from './NeedByHandForm';
import { needFormStrings } from './needFormStrings';
import { needsStrings } from './needsStrings';
import { OpenNeedItem } from './OpenNeedItem';
import type { RunNeedAction } from './useNeedAction';
import type { NeedsModel } from './useNeeds';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  undo: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export interface NeedsShownProps {
  needs: NeedsModel;
  open: readonly Need[];
  takenUp: readonly Need[];
  busy: boolean;
  onTakeUp: (need: Need) => void;
  onDone: (need: Need) => void;
  /** Runs a write of the section and says its outcome (the section's status line). */
  run: RunNeedAction;
  /** The section's heading: the focus goes there after a write whose button is gone. */
  heading: RefObject<HTMLHeadingElement | null>;
}

/**
 * Planen's needs section opened (its own chunk, loaded on opening): the open needs, to be taken up or
 * marked done; those taken up and not done yet, to be marked done; the last one marked done here, to take
 * that back (it is back in its list as it was); and the form for a need by hand.
 */
export default function NeedsShown(props: NeedsShownProps) {
  const { needs, open, takenUp, busy, onTakeUp, run, heading } = props;
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const t = useLocalized(needFormStrings);
  const takenUpId = useId();
  const [lastDone, setLastDone] = useState<Need>();
  const onDone = (need: Need) => {
    setLastDone(need);
    props.onDone(need);
  };
  // Offered while the list shows it done: not after a refused write, nor once it is open again.
  const listed = needs.state.status === 'ready' ? needs.state.needs.find((l) => l.need.id === lastDone?.id) : undefined;
  const undoable = lastDone && listed?.need.status === 'erledigt' ? lastDone : undefined;
  const undo = (before: Need) =>
    void run(async () => {
      await needs.change(before.id, (now) => undoDone(now, before));
      setLastDone(undefined);
      heading.current?.focus();
      return t.reopened(before.title, before.status === 'aufgegriffen');
    }, t.undoFailed(before.title));
  return (
    <>
      {undoable && (
        <Button
          className={styles.undo}
          aria-label={t.undoDoneNamed(undoable.title)}
          disabledFocusable={busy}
          onClick={() => undo(undoable)}
        >
          {t.undoDone}
        </Button>
      )}
      {open.length > 0 && (
        <ul className={styles.list} aria-label={s.planen.heading}>
          {open.map((need) => (
            <OpenNeedItem key={need.id} need={need} busy={busy} onTakeUp={onTakeUp} onDone={onDone} />
          ))}
        </ul>
      )}
      {takenUp.length > 0 && (
        <SubSection heading={s.planen.takenUpHeading} headingId={takenUpId}>
          <ul className={styles.list} aria-labelledby={takenUpId}>
            {takenUp.map((need) => (
              <OpenNeedItem key={need.id} need={need} busy={busy} onDone={onDone} />
            ))}
          </ul>
        </SubSection>
      )}
      <NeedByHandForm needs={needs} />
    </>
  );
}
