import { GRANTS } from '../../domain/grants';
import type { ReadinessRow } from '../../domain/readiness';
import type { AccessNames, AccessText } from '../access/accessText';
import type { ReadinessStrings } from './readinessStrings';

/** The permission(s) or role as the service named them, readable ('A B' becomes 'A, B'). */
export function missingText(row: ReadinessRow): string | undefined {
  return row.missing?.trim().split(/\s+/).join(', ');
}

/** What IT must grant for a row that lacks something. */
export function rowGrant(row: ReadinessRow, names: AccessNames, access: AccessText): string {
  return access.grantInstruction(row.capability, names, missingText(row));
}

/** The rows that need IT: missing grants (the sign-in without popup is a property of Outlook, not a grant). */
export function rowsForIt(rows: readonly ReadinessRow[]): ReadinessRow[] {
  return rows.filter((row) => row.status === 'missing' && row.note !== 'popupSignIn');
}

/** The words of the text for IT: its own lines and the access sentences, in one language. */
export interface ForItWords {
  forIt: ReadinessStrings['forIt'];
  access: AccessText;
}

/** A plain text of the missing grants, to paste into a ticket for IT. */
export function textForIt(rows: readonly ReadinessRow[], names: AccessNames, words: ForItWords): string {
  const { forIt, access } = words;
  const lines = rowsForIt(rows).map((row) =>
    forIt.line(
      access.capabilityLabel(row.capability, names),
      rowGrant(row, names, access),
      access.blockedText[GRANTS[row.capability].blocks],
    ),
  );
  return [forIt.title(names.site), ...lines].join('\n');
}
