import {
  type AgendaKind,
  type DateWarning,
  formatLongDate,
  formatShortDate,
  type PlainDate,
  type TimePlan,
  type Venue,
  weekday,
} from '../../../domain/planning';

const UTC_DATE = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('de-DE', { ...options, timeZone: 'UTC' });
const DAY_MONTH_YEAR = UTC_DATE({ day: 'numeric', month: 'long', year: 'numeric' });
const WEEKDAY_LONG = UTC_DATE({ weekday: 'long' });
/** Fixed: ICU versions differ on the dot ("Di" or "Di."). */
const WEEKDAY_SHORT = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'];

const utc = (date: PlainDate) => new Date(`${date}T00:00:00Z`);
/** "29. März 2027" (dates are German-formatted in both languages). */
export const dayMonthYear = (date: PlainDate) => DAY_MONTH_YEAR.format(utc(date));
export const isFerien = (name: string) => /ferien$/i.test(name);

function warningText(warning: DateWarning): string {
  switch (warning.kind) {
    case 'in-past':
      return 'Das Datum liegt in der Vergangenheit.';
    case 'weekend':
      return warning.which === 'meeting'
        ? `Der ${dayMonthYear(warning.date)} ist ein ${WEEKDAY_LONG.format(utc(warning.date))}.`
        : 'Die Einladung müsste an einem Wochenende verschickt werden.';
    case 'holiday':
      return `Der ${dayMonthYear(warning.date)} ist ein Feiertag (${warning.name}).`;
    case 'school-holiday':
      if (warning.which === 'meeting') {
        return isFerien(warning.name)
          ? `Der Tag fällt in die ${warning.name}.`
          : `Der Tag ist schulfrei (${warning.name}).`;
      }
      return isFerien(warning.name)
        ? `Die Einladung müsste in den ${warning.name} verschickt werden.`
        : `Die Einladung müsste an einem schulfreien Tag verschickt werden (${warning.name}).`;
    case 'no-school-data':
      return warning.which === 'meeting'
        ? 'Für dieses Datum sind keine Schulferien hinterlegt; bitte selbst prüfen.'
        : 'Für den Versandtag der Einladung sind keine Schulferien hinterlegt; bitte selbst prüfen.';
    case 'due-passed':
      return `Die Einladung ist seit ${warning.daysLate} ${warning.daysLate === 1 ? 'Tag' : 'Tagen'} fällig.`;
  }
}

const KIND_LABELS: Record<AgendaKind, string> = {
  information: 'Information',
  austausch: 'Austausch',
  beschluss: 'Beschluss',
  vortrag: 'Vortrag',
};

/** Every visible or spoken text of the Planen view (German). */
export const de = {
  date: {
    heading: 'Termin',
    date: 'Datum des Treffens',
    start: 'Beginn',
    dateMissing: 'Bitte ein Datum wählen.',
    timeMissing: 'Bitte eine Uhrzeit wie 15:00 eingeben.',
    until: (end: string) => `bis ${end} Uhr (3 Stunden)`,
    inviteDue: (due: PlainDate) => `Einladung versenden bis ${formatLongDate(due)}`,
    warningsTitle: 'Bitte prüfen:',
    warning: warningText,
    proposalsLabel: 'Vorschläge im Quartalsrhythmus, ohne Feiertage und Ferien:',
    proposal: (date: PlainDate) => `Vorschlag: ${WEEKDAY_SHORT[weekday(date)] ?? ''}, ${formatShortDate(date)}`,
  },
  venue: {
    heading: 'Ort',
    select: 'Ort',
    choose: 'Bitte wählen',
    suggestion: (name: string, lastHosted: PlainDate | null) =>
      `Vorschlag nach Reihenfolge: ${name} ${
        lastHosted ? `(zuletzt Gastgeber am ${formatShortDate(lastHosted)})` : '(bisher noch nie Gastgeber)'
      }`,
    takeSuggestion: 'Vorschlag übernehmen',
    newVenue: 'Neuen Ort anlegen',
    name: 'Name',
    kind: 'Art',
    kinds: { initiative: 'Initiative', kreishaus: 'Kreishaus' } satisfies Record<Venue['kind'], string>,
    street: 'Straße und Hausnummer',
    postalCode: 'PLZ',
    town: 'Ortschaft',
    stepFree: 'Stufenlos erreichbar',
    parking: 'Parken',
    publicTransport: 'Bus und Bahn',
    other: 'Hinweise',
    /** The chosen venue's access, one line each. */
    access: {
      stepFree: 'Stufenlos erreichbar.',
      notStepFree: 'Nicht stufenlos erreichbar.',
      parking: (text: string) => `Parken: ${text}`,
      publicTransport: (text: string) => `Bus und Bahn: ${text}`,
    },
    saveVenue: 'Ort speichern',
    saving: 'Ort wird gespeichert …',
    cancel: 'Abbrechen',
    nameMissing: 'Bitte den Namen des Ortes eingeben.',
    townMissing: 'Bitte die Ortschaft eingeben.',
    saveFailed: 'Der Ort wurde nicht gespeichert. Ihre Eingaben bleiben im Formular.',
  },
  speaker: {
    heading: 'Input von dritter Seite',
    name: 'Name der Referentin oder des Referenten',
    organisation: 'Organisation',
    topic: 'Thema des Inputs',
  },
  agenda: {
    heading: 'Tagesordnung',
    legend: (index: number, title: string) => `TOP ${index + 1}${title.trim() ? `: ${title}` : ''}`,
    title: 'Titel',
    titleMissing: 'Bitte einen Titel für den Tagesordnungspunkt eingeben.',
    kind: 'Art',
    kinds: KIND_LABELS,
    minutes: 'Minuten',
    minutesInvalid: 'Bitte eine Dauer zwischen 1 und 180 Minuten eingeben.',
    presenter: 'Wer',
    note: 'Hinweis',
    standingNote: 'Ständiger Hinweis',
    subItems: 'Unterpunkte',
    subItem: (n: number) => `Unterpunkt ${n}`,
    removeSubItem: (n: number) => `Unterpunkt ${n} entfernen`,
    addSubItem: 'Unterpunkt hinzufügen',
    itemName: (index: number, title: string) => title.trim() || `Tagesordnungspunkt ${index + 1}`,
    up: (name: string) => `${name} nach oben`,
    down: (name: string) => `${name} nach unten`,
    remove: (name: string) => `${name} entfernen`,
    add: 'Tagesordnungspunkt hinzufügen',
  },
  timePlan: {
    heading: 'Zeitplan',
    total: (plan: Pick<TimePlan, 'plannedMinutes' | 'slotMinutes' | 'differenceMinutes' | 'state'>) => {
      const head = `Geplant: ${plan.plannedMinutes} von ${plan.slotMinutes} Minuten – `;
      if (plan.state === 'passt') return `${head}passt.`;
      return `${head}${Math.abs(plan.differenceMinutes)} Minuten ${plan.state}.`;
    },
    end: (time: string) => `Ende um ${time} Uhr.`,
  },
  suggestions: {
    heading: 'Themenvorschläge aus E-Mails',
    empty: 'Noch keine Vorschläge. In Outlook können Sie eine E-Mail mit „Als Thema vorschlagen“ hier vormerken.',
    from: (sender: string, date: string) => `Von ${sender}, ${date}`,
    accept: 'Als Tagesordnungspunkt übernehmen',
    acceptLabel: (subject: string) => `„${subject}“ als Tagesordnungspunkt übernehmen`,
    dismiss: 'Verwerfen',
    dismissLabel: (subject: string) => `„${subject}“ verwerfen`,
    /** One topic several suggested (the names in the order their mails came). */
    fromMany: (senders: string) => `Von ${senders} – mehrere Vorschläge zum selben Thema`,
    asNeed: 'Als Bedarf erfassen',
    needLabel: (subject: string) => `„${subject}“ als Bedarf erfassen`,
    needNote: (count: number) =>
      count === 1 ? 'Aus einem Themenvorschlag per E-Mail.' : `Aus ${count} Themenvorschlägen per E-Mail.`,
    needAdded: (title: string) => `„${title}“ ist in der Liste der Bedarfe.`,
    needMerged: (title: string) => `„${title}“ war schon in der Liste der Bedarfe und ist jetzt einmal öfter genannt.`,
    needFailed: 'Der Bedarf wurde nicht erfasst.',
  },
};

export type PlanenStrings = typeof de;
