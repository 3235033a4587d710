import type { Strings } from './strings';

export const en: Strings = {
  appTitle: 'Treffpunkt',
  appSubtitle: 'Networking meeting of the volunteer coordinators',
  navigationLabel: 'Sections',
  views: {
    planen: { label: 'Plan', heading: 'Plan', intro: 'Agenda, date, venue and speaker of the next meeting.' },
    einladung: {
      label: 'Invitation',
      heading: 'Invitation',
      intro: 'The invitation to the distribution list three weeks ahead, and the replies.',
    },
    protokoll: {
      label: 'Minutes',
      heading: 'Minutes',
      intro: 'Notes for each agenda item, decisions, action items and attendance.',
    },
    ausgaben: {
      label: 'Expenses',
      heading: 'Expenses',
      intro: 'Costs for catering, room and fees, with receipt numbers, as evidence for the AMIF funder.',
    },
    verlauf: {
      label: 'History',
      heading: 'History',
      intro: 'Past meetings from the SharePoint list and the costs of a year.',
    },
    einstellungen: {
      label: 'Settings',
      heading: 'Settings',
      intro: 'What the team decides together, and what Treffpunkt is connected to.',
    },
  },
  organiserLoading: 'Checking sign-in …',
  organiserSignedIn: (name) => `Signed in as ${name}`,
  errors: {
    'auth-required': 'You are not signed in. Please sign in to Outlook and try again.',
    'consent-required': 'Treffpunkt lacks a permission. Please ask IT to grant consent for Treffpunkt.',
    forbidden: 'You do not have permission for this. Please contact the county IT.',
    'not-found': 'This was not found. It may have been deleted or moved.',
    conflict: 'Someone else has changed this meanwhile. Please reload and review the changes.',
    throttled:
      'Microsoft 365 is busy right now and briefly accepts no further requests. This usually passes within a few ' +
      'minutes: please try again shortly. Your entries are kept.',
    offline: 'No connection to Microsoft 365. Please check the network connection and try again.',
    'invalid-input': 'Microsoft 365 did not accept the data. Please check your entries.',
    'too-long':
      'A text is too long for the SharePoint list and was therefore not saved. Please shorten the marked ' +
      'field or split the text; your entries are kept on this device.',
    'too-large': 'The file is too large to file in SharePoint. It was not uploaded; the made file is kept.',
    config: 'Treffpunkt is not fully set up. Please contact the county IT.',
    'unknown-outcome':
      "Microsoft 365's answer was lost on the way, and it could not be found out whether the step was carried " +
      'out. Please check first, then try again deliberately.',
    unexpected: 'Something went wrong. Please try again; your entries are kept.',
  },
  waiting: {
    reason: { throttled: 'Microsoft 365 is busy', offline: 'No connection to Microsoft 365' },
    nextAttempt: (seconds) => `– next attempt in ${seconds} s`,
    tryNow: 'Try now',
  },
  errorAreaLabel: 'Messages',
  retry: 'Try again',
  dismiss: 'Dismiss message',
  requestId: (id) => `Request ID for IT: ${id}`,
  loadingView: 'Loading …',
};
