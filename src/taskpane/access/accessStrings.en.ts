import type { AccessStrings } from './accessStrings';

export const en: AccessStrings = {
  capabilities: {
    profile: 'Sign-in and profile',
    calendar: 'Calendar (invitations)',
    sharedCalendar: 'Calendar of the shared mailbox',
    tasks: 'Microsoft To Do (reminders)',
    mail: 'Send e-mail (minutes)',
    sentItems: 'Sent Items (after a lost answer)',
    site: 'SharePoint site',
    documentLibrary: 'The site’s document library (the meetings’ documents)',
    defaultView: 'Columns in the lists’ default view',
    listExpansion: 'Members of the distribution list',
    nestedAppAuth: 'Sign-in without a window of its own (Outlook)',
  },
  list: (name) => `list “${name}”`,
  blocked: {
    organiser: 'Signing in: without it nothing in Treffpunkt works.',
    invitation: 'Holding dates, sending, changing and cancelling invitations, reading replies.',
    sharedMailboxInvitation: 'Invitations from the shared mailbox.',
    reminders:
      'The reminders in Microsoft To Do on the day the invitation is due, and actions from the minutes for ' +
      'colleagues at the county.',
    minutesMail: 'Sending the minutes by e-mail to those present.',
    lostMailCheck: 'After a lost answer, looking in “Sent Items” whether the minutes have already been sent.',
    siteAccess: 'Everything kept in SharePoint: meetings, venues, settings and history.',
    filing: 'Saving meetings in SharePoint, filing minutes, the history and the year’s expenses.',
    venues: 'Reading the venues and adding new ones.',
    teamSettings: 'Saving the team’s shared settings.',
    needs: 'Reading and recording the initiatives’ needs, and taking them up as the input’s topic.',
    documents:
      'Filing the sign-in sheet, agenda, photo notice, minutes and year report in SharePoint, and opening and ' +
      'printing them from there.',
    defaultViewColumns:
      'The important columns in the lists’ default view; without them colleagues see only the title in SharePoint.',
    memberNames:
      'Inviting the members of the distribution list one by one (with names and addresses); otherwise the ' +
      'distribution list is invited as a whole.',
    silentSignIn: 'Signing in without a window of its own; otherwise Treffpunkt signs in through a pop-up window.',
  },
  resources: {
    graph: 'Microsoft Graph, delegated permission with admin consent (Entra ID, app registration)',
    sharepoint: 'SharePoint, delegated permission with admin consent (Entra ID, app registration)',
    outlook: 'a version of Outlook that supports “Nested App Authentication” (NestedAppAuth 1.1)',
  },
  roles: {
    read: '“read” (read)',
    write: '“write” (read and write)',
    manage: '“manage” (create lists and columns)',
    fullcontrol: '“fullcontrol” (full control)',
  },
  onSite: (site) => `on the site ${site}`,
  onSiteOrList: (site, list) =>
    `on the site ${site} (or only on the ${list} through Lists.SelectedOperations.Selected)`,
  role: (role, where, resource) =>
    `role ${role} for the app Treffpunkt ${where}, granted through Sites.Selected (${resource}, delegated)`,
  alternatives: (names) => ` (or: ${names})`,
  signIn: (resource) => `Sign-in: ${resource}`,
  permissionAndRole: (permission, role) => `${permission}; plus the ${role}`,
  refusal: {
    lacks: (label) => `Treffpunkt lacks a permission for this: ${label}.`,
    blocks: (text) => `This affects: ${text}`,
    grant: (text) => `The county IT must grant: ${text}.`,
    kept: 'Your entries are kept. Under “Settings”, “Check connection” shows what else is missing.',
  },
};
