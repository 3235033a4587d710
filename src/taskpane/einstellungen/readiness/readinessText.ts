import { GRANTS } from '../../../domain/grants';
import type { ReadinessRow } from '../../../graph/readinessGateway';
import { type AccessNames, blockedText, capabilityLabel, grantInstruction } from '../../access/accessStrings';
import { readinessStrings as strings } from './readinessStrings';

/** The permission(s) or role as the service named them, readable ('A B' becomes 'A, B'). */
export function missingText(row: ReadinessRow): string | undefined {
  return row.missing?.trim().split(/\s+/).join(', ');
}

/** What IT must grant for a row that lacks something. */
export function rowGrant(row: ReadinessRow, names: AccessNames): string {
  return grantInstruction(row.capability, names, missingText(row));
}

/** The rows that need IT: missing grants (the sign-in without popup is a property of Outlook, not a grant). */
export function rowsForIt(rows: readonly ReadinessRow[]): ReadinessRow[] {
  return rows.filter((row) => row.status === 'missing' && row.note !== 'popupSignIn');
}

/** A plain text of the missing grants, to paste into a ticket for IT. */
export function textForIt(rows: readonly ReadinessRow[], names: AccessNames): string {
  const lines = rowsForIt(rows).map((row) =>
    strings.forIt.line(
      capabilityLabel(row.capability, names),
      rowGrant(row, names),
      blockedText[GRANTS[row.capability].blocks],
    ),
  );
  return [strings.forIt.title(names.site), ...lines].join('\n');
}
