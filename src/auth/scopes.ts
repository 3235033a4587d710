/**
 * Delegated Graph permissions per feature, least first. Every Graph call names the scopes of its
 * feature, so a token is only ever asked for what that call needs (src/domain/grants.ts says what
 * IT grants for each capability, and what each blocks).
 */
export const scopes = {
  /** Who am I: the organiser's name in the pane. */
  profile: ['User.Read'],
  /** The event in the organiser's calendar. */
  calendar: ['Calendars.ReadWrite'],
  /** Only where a shared mailbox owns the events (configuration `sharedMailbox`). */
  sharedCalendar: ['Calendars.ReadWrite.Shared'],
  /** The reminder on the invitation due date. */
  tasks: ['Tasks.ReadWrite'],
  /** Sending the minutes to the participants. */
  mail: ['Mail.Send'],
  /** Looking in Sent Items after a sendMail whose answer was lost (subject and time, no bodies). */
  sentItems: ['Mail.ReadBasic'],
  /**
   * The meetings, venues and settings lists. `Sites.Selected` needs the app's role on the one site
   * (`write` for items, `manage` to create lists and columns); see the README.
   */
  lists: ['Sites.Selected'],
  /** The documents in the same site's library (its default drive): the same grant, role `write`. */
  documents: ['Sites.Selected'],
  /** Optional list expansion: the distribution list and who is in it (ids only, without the next two). */
  groupMembers: ['GroupMember.Read.All'],
  /** Optional list expansion with names and addresses: users and mail contacts (external volunteers). */
  memberDetails: ['GroupMember.Read.All', 'User.ReadBasic.All', 'OrgContact.Read.All'],
} as const satisfies Record<string, readonly string[]>;

export type Feature = keyof typeof scopes;

/**
 * SharePoint's own API (the default view's columns), a resource of its own: the scope carries the
 * tenant's SharePoint host, e.g. `https://contoso.sharepoint.com/Sites.Selected`.
 */
export function sharePointScopes(siteHostname: string): string[] {
  return [`https://${siteHostname}/Sites.Selected`];
}

/** Every Graph scope the add-in may ask for (for the README's permission table and the app registration). */
export const allScopes: readonly string[] = [...new Set(Object.values(scopes).flat())];
