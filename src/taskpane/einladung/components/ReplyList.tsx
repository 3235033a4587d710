import { makeStyles, tokens } from '@fluentui/react-components';
import { cateringEstimate, countReplies, type Reply, type ReplyState } from '../../../domain/invitation';
import { plainList } from '../../components/plainList';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';

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
});

/** People who can answer: not the room, not the distribution list address itself. */
function people(replies: Reply[], listAddress: string): Reply[] {
  const list = listAddress.toLowerCase();
  return replies.filter((r) => r.type !== 'resource' && r.address.toLowerCase() !== list);
}

/** One kind of answer: its heading with the count, and the names (a list named by the heading). */
function ReplyGroup({ state, names }: { state: ReplyState; names: string[] }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).replies;
  const id = `antworten-${state}`;
  return (
    <div>
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
}

/** The counts per kind of answer, the shopping list for the coffee, and the names per kind. */
export function ReplyList({ replies, listAddress, hosts }: { replies: Reply[]; listAddress: string; hosts: number }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).replies;
  const answering = people(replies, listAddress);
  const counts = countReplies(answering);
  const estimate = cateringEstimate(counts, hosts);
  const listInvited = replies.some((r) => r.address.toLowerCase() === listAddress.toLowerCase());
  return (
    <>
      <dl className={styles.counts}>
        {STATES.map((state) => (
          <div key={state} className={styles.count}>
            <dt className={styles.term}>{strings[state]}</dt>
            <dd className={styles.number}>{counts[state]}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.line}>{strings.catering(estimate.low, estimate.high)}</p>
      {STATES.map((state) => (
        <ReplyGroup
          key={state}
          state={state}
          names={answering.filter((r) => r.state === state).map((r) => r.name || r.address)}
        />
      ))}
      {listInvited && <p className={styles.hint}>{strings.listNote}</p>}
    </>
  );
}
