import { Badge, type BadgeProps, makeStyles, tokens } from '@fluentui/react-components';
import { GRANTS } from '../../../domain/grants';
import type { ReadinessRow } from '../../../domain/readiness';
import { useAccessText } from '../../access/accessText';
import { ErrorReason } from '../../access/ErrorReason';
import { ruledEntry } from '../../components/ruledEntry';
import { useLocalized } from '../../i18n/localized';
import { useServices } from '../../services';
import { type ReadinessStrings, readinessStrings } from '../readinessStrings';
import { missingText, rowGrant } from '../readinessText';

const useStyles = makeStyles({
  item: { ...ruledEntry('above'), alignItems: 'flex-start' },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, overflowWrap: 'anywhere' },
});

function badgeOf(row: ReadinessRow, strings: ReadinessStrings): { text: string; color: BadgeProps['color'] } {
  const optional = GRANTS[row.capability].optional;
  switch (row.status) {
    case 'ok':
      return { text: strings.status.ok, color: 'success' };
    case 'missing':
      return optional
        ? { text: strings.status.optionalMissing, color: 'warning' }
        : { text: strings.status.missing, color: 'danger' };
    case 'failed':
      return { text: strings.status.failed, color: 'warning' };
    default:
      if (row.note === 'notUsed') return { text: strings.status.notUsed, color: 'informative' };
      if (row.note === 'listAbsent') return { text: strings.status.listAbsent, color: 'informative' };
      return { text: strings.status.skipped, color: 'informative' };
  }
}

function noteText(row: ReadinessRow, strings: ReadinessStrings): string | undefined {
  if (row.capability === 'sharedCalendar' && row.note === 'notConfigured') return strings.sharedMailboxNotConfigured;
  return row.note && strings.notes[row.note];
}

/** What is missing, what it blocks and what IT must grant. */
function Missing({ row }: { row: ReadinessRow }) {
  const styles = useStyles();
  const { config } = useServices();
  const strings = useLocalized(readinessStrings);
  const access = useAccessText();
  const grant = GRANTS[row.capability];
  const what = missingText(row);
  return (
    <>
      {what && row.note !== 'popupSignIn' && <p className={styles.line}>{strings.missing(what)}</p>}
      <p className={styles.line}>{strings.blocks(access.blockedText[grant.blocks])}</p>
      <p className={styles.line}>{strings.grant(rowGrant(row, config, access))}</p>
      {grant.optional && <p className={styles.line}>{strings.optional}</p>}
    </>
  );
}

/** One capability: ✓ with the role, or what is missing and what IT must grant, or why not checked. */
export function ReadinessRowItem({ row }: { row: ReadinessRow }) {
  const styles = useStyles();
  const { config } = useServices();
  const strings = useLocalized(readinessStrings);
  const { capabilityLabel, roleText } = useAccessText();
  const badge = badgeOf(row, strings);
  const note = noteText(row, strings);
  return (
    <li className={styles.item}>
      <h4 className={styles.title}>{capabilityLabel(row.capability, config)}</h4>
      <Badge appearance="tint" color={badge.color}>
        {badge.text}
      </Badge>
      {row.status === 'ok' && row.role && <p className={styles.line}>{strings.role(roleText[row.role])}</p>}
      {note && <p className={styles.line}>{note}</p>}
      {row.status === 'missing' && <Missing row={row} />}
      {row.status === 'failed' && row.error && (
        <p className={styles.line}>
          {strings.notChecked} <ErrorReason error={row.error} />
        </p>
      )}
    </li>
  );
}
