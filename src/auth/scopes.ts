/**
 * Delegated Graph permissions per feature, least first. Every Graph call names the scopes of its
 * feature, so a token is only ever asked for what that call needs.
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
  /**
   * The meetings and venues lists. `Sites.Selected` needs a grant on the one site by the tenant
   * admin; see the README for the fallback to `Sites.ReadWrite.All`.
   */
  lists: ['Sites.Selected'],
  /** Optional: the distribution list's members, only where the tenant granted it. */
  groupMembers: ['GroupMember.Read.All'],
} as const satisfies Record<string, readonly string[]>;

export type Feature = keyof typeof scopes;

/** Every scope the add-in may ask for (for the README's permission table and the app registration). */
export const allScopes: readonly string[] = [...new Set(Object.values(scopes).flat())];
