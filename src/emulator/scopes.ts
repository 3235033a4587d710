/** Reading users: one's own object (User.Read(Write)) or the directory. */
const USER_READERS = [
  'User.Read',
  'User.ReadWrite',
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
] as const;
/** The site scopes that manage lists; writing adds Sites.ReadWrite.All, reading Sites.Read.All. */
const SITE_MANAGERS = [
  'Sites.Manage.All',
  'Sites.FullControl.All',
  'Sites.Selected',
  'Lists.SelectedOperations.Selected',
] as const;
const SITE_WRITERS = ['Sites.ReadWrite.All', ...SITE_MANAGERS] as const;
const SITE_READERS = ['Sites.Read.All', ...SITE_WRITERS] as const;

/** Which delegated scopes grant which routes. Any one scope of a set is enough. */
export const SCOPES = {
  me: USER_READERS,
  /** User.Read(Write) only for the caller's own object; checked in the handler. */
  users: USER_READERS,
  groups: [
    'GroupMember.Read.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
  /**
   * Scopes that may reach a site at all; the role they give on the site or list (Sites.Selected,
   * Lists.SelectedOperations.Selected: only what the tenant granted) is checked by requireSiteRole.
   */
  sitesRead: SITE_READERS,
  sitesWrite: SITE_WRITERS,
  /** creating and changing a list's columns */
  sitesManage: SITE_MANAGERS,
  /** a site's document library (drive): the site scopes, or Files.*.All tenant-wide (Files.Read(Write) reach only the user's own files) */
  drivesRead: ['Files.Read.All', 'Files.ReadWrite.All', ...SITE_READERS],
  drivesWrite: ['Files.ReadWrite.All', ...SITE_WRITERS],
  calendarsRead: ['Calendars.Read', 'Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
  calendarsWrite: ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'],
  /** another user's (a shared mailbox's) calendar, on top of the delegate permission in Exchange */
  calendarsReadShared: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
  calendarsWriteShared: ['Calendars.ReadWrite.Shared'],
  tasksRead: ['Tasks.Read', 'Tasks.ReadWrite'],
  tasksWrite: ['Tasks.ReadWrite'],
  mailSend: ['Mail.Send', 'Mail.Send.Shared'],
  mailSendShared: ['Mail.Send.Shared'],
  /** reading one's own mail folders (Sent Items after a lost sendMail answer); ReadBasic: no body */
  mailRead: ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'],
  mailReadBody: ['Mail.Read', 'Mail.ReadWrite'],
} as const;

/** Scopes that let a caller read other users than themselves. */
export const OTHER_USERS_SCOPES = SCOPES.users.filter((s) => s !== 'User.Read' && s !== 'User.ReadWrite');
