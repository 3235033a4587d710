import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Need } from '../../domain/needs';
import { plainList } from '../components/plainList';
import { SubSection } from '../components/SubSection';
import { useLocalized } from '../i18n/localized';
import { NeedByHandForm } from './NeedByHandForm';
import { needsStrings } from './needsStrings';
import { OpenNeedItem } from './OpenNeedItem';
import type { NeedsModel } from './useNeeds';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
});

export interface NeedsShownProps {
  needs: NeedsModel;
  open: readonly Need[];
  takenUp: readonly Need[];
  busy: boolean;
  onTakeUp: (need: Need) => void;
  onDone: (need: Need) => void;
}

/**
 * Planen's needs section opened (its own chunk, loaded on opening): the open needs, to be taken up or
 * marked done; those taken up and not done yet, to be marked done; and the form for a need by hand.
 */
export default function NeedsShown({ needs, open, takenUp, busy, onTakeUp, onDone }: NeedsShownProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings);
  const takenUpId = useId();
  return (
    <>
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
