import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { cateringEstimate, countReplies, type Reply, type ReplyState } from '../../../domain/invitation';
import { plainList } from '../../components/plainList';
import { ErrorReason } from '../../access/ErrorReason';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';
import { formatClock } from '../../components/format';
import type { InvitationModel } from '../useInvitation';
import { workingOn } from '../useInvitationStep';

const STATES: ReplyState[] = ['accepted', 'tentative', 'declined', 'none'];

const useStyles = makeStyles({
  counts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(8rem, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  count: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  number: { marginInlineStart: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: plainList(tokens.spacingVerticalXXS),
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  line: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** People who can answer: not the room, not the distribution list address itself. */
function people(replies: Reply[], listAddress: string): Reply[] {
  const list = listAddress.toLowerCase();
  return replies.filter((r) => r.type !== 'resource' && r.address.toLowerCase() !== list);
}

/** Accepted, tentative, declined and no answer with names, and the shopping list for the coffee. */
export function RepliesSection({
  invitation,
  listAddress,
  hosts,
}: {
  invitation: InvitationModel;
  listAddress: string;
  hosts: number;
}) {
  const styles = useStyles();
  const all = useLocalized(einladungStrings);
  const strings = all.replies;
  const { event, stage, sent } = invitation;
  const busy = workingOn(invitation.step);
  if (!sent) {
    return (
      <Section heading={strings.heading}>
        <p className={styles.hint}>{strings.notYet}</p>
      </Section>
    );
  }
  if (event.status === 'loading') {
    return (
      <Section heading={strings.heading}>
        <Spinner size="tiny" label={all.loading} />
      </Section>
    );
  }
  const refresh = (
    <Button onClick={invitation.refresh} disabled={busy !== undefined}>
      {strings.refresh}
    </Button>
  );
  if (event.status !== 'ready') {
    return (
      <Section heading={strings.heading}>
        <p className={styles.line}>
          {event.status === 'missing' && strings.missing}
          {event.status === 'error' && (
            <>
              {all.actions.failed.refresh} <ErrorReason error={event.error} />
            </>
          )}
        </p>
        {event.status === 'error' && <div className={styles.row}>{refresh}</div>}
      </Section>
    );
  }
  const answering = people(event.replies, listAddress);
  const counts = countReplies(answering);
  const estimate = cateringEstimate(counts, hosts);
  const listInvited = event.replies.some((r) => r.address.toLowerCase() === listAddress.toLowerCase());
  return (
    <Section heading={strings.heading}>
      {event.cancelled && stage !== 'abgesagt' && <p className={styles.line}>{strings.cancelledInOutlook}</p>}
      <dl className={styles.counts}>
        {STATES.map((state) => (
          <div key={state} className={styles.count}>
            <dt className={styles.term}>{strings[state]}</dt>
            <dd className={styles.number}>{counts[state]}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.line}>{strings.catering(estimate.low, estimate.high)}</p>
      {STATES.map((state) => {
        const names = answering.filter((r) => r.state === state).map((r) => r.name || r.address);
        const id = `antworten-${state}`;
        return (
          <div key={state}>
            <h4 className={styles.group} id={id}>
              {strings[state]} ({names.length})
            </h4>
            {names.length === 0 ? (
              <p className={styles.hint}>{strings.nobody}</p>
            ) : (
              <ul className={styles.list} aria-labelledby={id}>
                {names.map((name, i) => (
                  <li key={`${name}-${i}`}>{name}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {listInvited && <p className={styles.hint}>{strings.listNote}</p>}
      <div className={styles.row}>
        {refresh}
        <span className={styles.hint} role="status" aria-live="polite">
          {busy === 'refresh' ? all.actions.working.refresh : strings.readAt(formatClock(event.readAt))}
        </span>
      </div>
    </Section>
  );
}
