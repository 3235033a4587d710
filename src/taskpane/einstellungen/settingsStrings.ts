import type { REMINDER_CHOICES } from '../../domain/settings';
import type { Localized } from '../i18n/localized';
import type { SettingsErrorWords, SwitchField, TextField } from './settingsForm';

type ReminderChoice = (typeof REMINDER_CHOICES)[number];

/** A form control's visible label and the hint under it. */
export interface FieldWords {
  label: string;
  hint?: string;
}

const fieldTable = <K extends string>(table: Record<K, FieldWords>): Record<K, FieldWords> => table;

const de = {
  heading: 'Einstellungen des Teams',
  intro:
    'Gilt für alle im Team: Treffpunkt speichert sie in der Liste „Treffpunkt-Einstellungen“ auf der ' +
    'SharePoint-Website.',
  unread: {
    title: 'Die Einstellungen des Teams konnten nicht aus SharePoint gelesen werden.',
    text: 'Damit nichts überschrieben wird, lassen sie sich erst wieder speichern, wenn SharePoint erreichbar ist.',
    action: 'Erneut versuchen',
  },
  stale: {
    title: 'Inzwischen geändert.',
    text:
      'Die Einstellungen wurden in SharePoint geändert, seit Sie hier mit Ihren Änderungen begonnen haben. ' +
      'Speichern überschreibt die Änderung der Kollegin oder des Kollegen.',
    action: 'Meine Änderungen verwerfen',
  },
  /** The text fields, by the draft's field. */
  fields: fieldTable<TextField>({
    distributionList: { label: 'Verteiler (wird eingeladen)' },
    optionalAttendees: {
      label: 'Weitere Eingeladene (optional)',
      hint: 'Je Zeile „Name <adresse@beispiel.de>“, z. B. Flüchtlingssozialarbeit, Bildungs- und Sprachkoordination.',
    },
    photoNoticeText: {
      label: 'Text des Fotohinweises',
      hint:
        'Informationen nach Art. 13 DSGVO: Verantwortliche, Zwecke, Rechtsgrundlage, Empfänger, Speicherdauer, ' +
        'Rechte, Beschwerde und wie man beim Treffen widerspricht. {Datenschutzkontakt} und {Speicherdauer} ' +
        'werden in der Einladung durch die beiden Angaben darunter ersetzt.',
    },
    privacyOfficer: {
      label: 'Kontakt der oder des Datenschutzbeauftragten',
      hint:
        'Vorbelegt mit einer angenommenen Adresse des Landkreises: bitte mit dem Kontakt prüfen, den die ' +
        'Datenschutzbeauftragte oder der Datenschutzbeauftragte des Landkreises angibt.',
    },
    retentionMonths: {
      label: 'Speicherdauer in Monaten',
      hint: 'Wie lange Fotos und personenbezogene Angaben vergangener Treffen aufbewahrt werden (1 bis 120).',
    },
    fundingStatement: {
      label: 'Förderhinweis (EU/AMIF)',
      hint: 'Seit der Förderperiode 2021–2027 beginnt er mit „Kofinanziert von der Europäischen Union“.',
    },
    budget: { label: 'Budget je Treffen in Euro', hint: 'z. B. 150,00; leer lassen, wenn es keins gibt.' },
    hosts: { label: 'Mitarbeitende des Landkreises beim Treffen', hint: 'Für die Schätzung von Kaffee und Keksen.' },
    callForTopicsWeeks: {
      label: 'Themenaufruf: Wochen vor der Einladung',
      hint: 'So viele Wochen, bevor die Einladung fällig ist, fragt Treffpunkt die Initiativen nach Themen (1 bis 8).',
    },
    surveyLink: {
      label: 'Link zur Umfrage (optional)',
      hint: 'Z. B. ein Formular in Microsoft Forms, einmal angelegt; der Link beginnt mit https://.',
    },
  }),
  /** The switches, by the draft's field. */
  switches: fieldTable<SwitchField>({
    expandDistributionList: {
      label: 'Mitglieder des Verteilers einzeln einladen',
      hint: 'Nur wenn die IT die Berechtigung GroupMember.Read.All erteilt hat. Dann sehen Sie jede Antwort mit Namen.',
    },
    photoNoticeEnabled: { label: 'Fotohinweis in die Einladung (DSGVO Art. 13)' },
    namesInMinutes: {
      label: 'Namen der Anwesenden in die SharePoint-Liste schreiben',
      hint: 'Sonst steht in der Liste nur die Zahl der Teilnehmenden.',
    },
    surveyLinkInInvitation: { label: 'Link zur Umfrage auch in die Einladung' },
  }),
  reminder: 'Erinnerung in Outlook',
  reminders: {
    15: '15 Minuten vorher',
    60: '1 Stunde vorher',
    120: '2 Stunden vorher',
    1440: '1 Tag vorher',
    2880: '2 Tage vorher',
  } satisfies Record<ReminderChoice, string>,
  /** Puts Treffpunkt's default text into a text field (after asking). */
  defaultText: {
    label: 'Standardtext einsetzen',
    title: 'Standardtext einsetzen?',
    text: (field: string) =>
      `Der Text im Feld „${field}“ wird durch den Standardtext von Treffpunkt ersetzt. Gespeichert wird erst ` +
      'mit „Einstellungen speichern“.',
  },
  save: 'Einstellungen speichern',
  saving: 'Wird gespeichert …',
  saved: 'Die Einstellungen sind in SharePoint gespeichert.',
  invalid: 'Bitte die markierten Felder prüfen; nichts wurde gespeichert.',
  failed: 'Die Einstellungen wurden nicht gespeichert; Ihre Eingaben bleiben hier erhalten.',
  /** What to fix, per field (the budget's message comes from the amount's check in domain/money). */
  errors: {
    distributionList: 'Bitte die Adresse des Verteilers eingeben, z. B. vernetzung-ehrenamt@landkreis-northeim.de.',
    optionalAttendees: (line: string) =>
      `Diese Zeile hat keine gültige Adresse: „${line}“. Bitte je Zeile „Name <adresse@beispiel.de>“ oder nur ` +
      'die Adresse eingeben.',
    photoNoticeText: 'Bitte den Text des Fotohinweises eingeben oder den Hinweis ausschalten.',
    privacyOfficer: 'Bitte den Kontakt der oder des Datenschutzbeauftragten eingeben (Anschrift oder E-Mail).',
    retentionMonths: 'Bitte eine ganze Zahl von 1 bis 120 eingeben (Speicherdauer in Monaten).',
    hosts: 'Bitte eine ganze Zahl von 0 bis 20 eingeben (Mitarbeitende des Landkreises beim Treffen).',
    callForTopicsWeeks: 'Bitte eine ganze Zahl von 1 bis 8 eingeben (Wochen vor der Einladung).',
    surveyLink: 'Bitte einen vollständigen Link eingeben, der mit https:// beginnt, oder das Feld leeren.',
    tooLong: (limit: number) =>
      `Zu lang: höchstens ${limit.toLocaleString('de-DE')} Zeichen – bitte kürzen, sonst nimmt SharePoint es nicht an.`,
  } satisfies SettingsErrorWords,
};

export type SettingsStrings = typeof de;

const en: SettingsStrings = {
  heading: 'Team settings',
  intro:
    'Apply to everyone in the team: Treffpunkt keeps them in the list “Treffpunkt-Einstellungen” on the SharePoint site.',
  unread: {
    title: 'The team’s settings could not be read from SharePoint.',
    text: 'So that nothing is overwritten, they can only be saved again once SharePoint can be reached.',
    action: 'Try again',
  },
  stale: {
    title: 'Changed meanwhile.',
    text:
      'The settings were changed in SharePoint since you began your changes here. Saving overwrites your ' +
      'colleague’s change.',
    action: 'Discard my changes',
  },
  fields: {
    distributionList: { label: 'Distribution list (is invited)' },
    optionalAttendees: {
      label: 'Further invitees (optional)',
      hint: 'One per line, “Name <address@example.org>”, e.g. refugee social work, education and language coordination.',
    },
    photoNoticeText: {
      label: 'Text of the photo notice',
      hint:
        'Information under Art. 13 GDPR: controller, purposes, legal basis, recipients, storage period, rights, ' +
        'complaint and how to opt out at the meeting. {Datenschutzkontakt} and {Speicherdauer} are replaced in ' +
        'the invitation by the two entries below.',
    },
    privacyOfficer: {
      label: 'Contact of the data protection officer',
      hint:
        'Filled in with an assumed county address: please check it against the contact the county’s data ' +
        'protection officer gives.',
    },
    retentionMonths: {
      label: 'Storage period in months',
      hint: 'How long photos and the personal data of past meetings are kept (1 to 120).',
    },
    fundingStatement: {
      label: 'Funding statement (EU/AMIF)',
      hint: 'Since the 2021–2027 funding period it begins with “Kofinanziert von der Europäischen Union”.',
    },
    budget: { label: 'Budget per meeting in euros', hint: 'e.g. 150,00; leave empty if there is none.' },
    hosts: { label: 'County staff at the meeting', hint: 'For estimating coffee and biscuits.' },
    callForTopicsWeeks: {
      label: 'Call for topics: weeks before the invitation',
      hint: 'This many weeks before the invitation is due, Treffpunkt asks the initiatives for topics (1 to 8).',
    },
    surveyLink: {
      label: 'Link to the survey (optional)',
      hint: 'E.g. a form in Microsoft Forms, made once; the link begins with https://.',
    },
  },
  switches: {
    expandDistributionList: {
      label: 'Invite the members of the distribution list one by one',
      hint: 'Only if IT has granted the permission GroupMember.Read.All. Then you see every reply with its name.',
    },
    photoNoticeEnabled: { label: 'Photo notice in the invitation (GDPR Art. 13)' },
    namesInMinutes: {
      label: 'Write the names of those present into the SharePoint list',
      hint: 'Otherwise the list holds only the number of participants.',
    },
    surveyLinkInInvitation: { label: 'Put the survey link into the invitation too' },
  },
  reminder: 'Reminder in Outlook',
  reminders: {
    15: '15 minutes before',
    60: '1 hour before',
    120: '2 hours before',
    1440: '1 day before',
    2880: '2 days before',
  },
  defaultText: {
    label: 'Use the default text',
    title: 'Use the default text?',
    text: (field) =>
      `The text in the field “${field}” is replaced by Treffpunkt’s default text. It is saved only with “Save ` +
      'settings”.',
  },
  save: 'Save settings',
  saving: 'Saving …',
  saved: 'The settings are saved in SharePoint.',
  invalid: 'Please check the marked fields; nothing was saved.',
  failed: 'The settings were not saved; your entries are kept here.',
  errors: {
    distributionList:
      'Please enter the address of the distribution list, e.g. vernetzung-ehrenamt@landkreis-northeim.de.',
    optionalAttendees: (line) =>
      `This line has no valid address: “${line}”. Please enter “Name <address@example.org>” or just the address ` +
      'on each line.',
    photoNoticeText: 'Please enter the text of the photo notice or switch the notice off.',
    privacyOfficer: 'Please enter the contact of the data protection officer (postal or e-mail address).',
    retentionMonths: 'Please enter a whole number from 1 to 120 (storage period in months).',
    hosts: 'Please enter a whole number from 0 to 20 (county staff at the meeting).',
    callForTopicsWeeks: 'Please enter a whole number from 1 to 8 (weeks before the invitation).',
    surveyLink: 'Please enter a complete link beginning with https://, or empty the field.',
    tooLong: (limit) =>
      `Too long: at most ${limit.toLocaleString('de-DE')} characters – please shorten it, or SharePoint will refuse it.`,
  },
};

/** The team settings form in German and English. */
export const settingsStrings: Localized<SettingsStrings> = { de, en };
