import type { NamedAddress } from '../settings';

/**
 * Why the list's members cannot all be invited one by one (the pane then invites the list address,
 * as without expansion, and says why):
 * - `limitedInformation`: the directory returned members without name and address, because
 *   `User.ReadBasic.All` (people) or `OrgContact.Read.All` (mail contacts) is not granted (`missing`);
 * - `withoutAddress`: some members have no mail address (e.g. people without a mailbox);
 * - `notInDirectory`: the address is not a group in /groups (a dynamic distribution group, or
 *   not a list at all); Exchange still expands it when it is invited;
 * - `noMembers`: the list is empty (as far as the directory shows).
 */
export type MembersReason = 'limitedInformation' | 'withoutAddress' | 'notInDirectory' | 'noMembers';

export interface MembersResult {
  /** Members with an address, each once; nested lists are expanded, not listed. */
  members: NamedAddress[];
  /** Members the directory returned without an address. */
  withoutAddress: number;
  reason?: MembersReason;
  /** Permissions that would show the missing addresses (with `limitedInformation`). */
  missing?: string[];
}
