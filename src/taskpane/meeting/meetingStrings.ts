import type { EnglishLater } from '../i18n/localized';
import type { StorageProblem } from '../../office/browserStore';

/** „A“, „B“ und „C“ */
export const listed = (names: string[], and: string) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
const quoted = (names: string[]) =>
  listed(
    names.map((n) => `„${n}“`),
    'und',
  );

const de = {
  /** MeetingGate, while the opening reads the lists. */
  loading: 'Das Treffen wird aus SharePoint geladen …',
  /** SessionNotices: the meeting opened for its unsaved work on this device, instead of another. */
  detour: {
    title: (date: string) => `Das Treffen am ${date} hatte ungespeicherte Eingaben auf diesem Gerät.`,
    body: 'Treffpunkt hat es deshalb zuerst geöffnet und speichert sie jetzt in SharePoint.',
    go: (date: string) => `Zum Treffen am ${date}`,
  },
  /** SessionNotices: this device keeps no drafts (said once); the pane works on in memory. */
  storage: {
    title: {
      blocked: 'Dieser Browser lässt Treffpunkt nichts auf dem Gerät sichern.',
      full: 'Der Speicher dieses Browsers ist voll.',
      anonymous: 'Treffpunkt weiß noch nicht, wer angemeldet ist.',
    } satisfies Record<StorageProblem, string>,
    body:
      'Ihre Eingaben bleiben in diesem Fenster und werden wie gewohnt in SharePoint gespeichert. ' +
      'Schließen Sie das Fenster erst, wenn dort „In SharePoint gespeichert“ steht.',
    understood: 'Verstanden',
  },
  /** ListSetupNotice: the SharePoint lists the pane needs. */
  lists: {
    missingTitle: (names: string[]) =>
      names.length === 1
        ? `In der SharePoint-Website gibt es noch keine Liste ${quoted(names)}. Jetzt anlegen?`
        : `In der SharePoint-Website gibt es noch keine Listen ${quoted(names)}. Jetzt anlegen?`,
    missingBody:
      'Treffpunkt legt die Treffen, die Orte und die Bedarfe in diesen Listen ab; Kolleginnen und Kollegen sehen sie dort. ' +
      'Treffpunkt hat auch nach umbenannten Listen gesucht. Bis die Listen angelegt sind, bleibt Ihre Planung ' +
      'auf diesem Gerät.',
    /** The meetings list is there (only the venues or the needs list is missing): the planning is saved already. */
    missingBodySaved:
      'Treffpunkt legt hier die Orte und die Bedarfe der Initiativen ab; Kolleginnen und Kollegen sehen sie dort. ' +
      'Ihre Treffen werden schon in SharePoint gespeichert.',
    create: (n: number): string => (n === 1 ? 'Liste anlegen' : 'Listen anlegen'),
    creating: 'Die Listen werden angelegt …',
    created: 'Die Listen sind angelegt. Ihre Planung wird jetzt dort gespeichert.',
    failed: 'Die Listen wurden nicht angelegt.',
    tryAgain: 'Noch einmal versuchen',
    columnsTitle: (list: string, columns: string[]) => `Der Liste „${list}“ fehlen Spalten: ${columns.join(', ')}.`,
    columnsBlocking: 'Ohne sie kann Treffpunkt dort nicht speichern; Ihre Eingaben bleiben bis dahin auf diesem Gerät.',
    columnsOther: 'Treffpunkt speichert alles andere; diese Angaben fehlen in der Liste, bis die Spalten da sind.',
    columnsStep: (list: string) =>
      `Wer die SharePoint-Website verwaltet, kann sie in der Liste „${list}“ über „Spalte hinzufügen“ anlegen – ` +
      'oder die IT gibt Treffpunkt die Rolle „manage“ auf der Website (Sites.Selected), dann legt Treffpunkt sie ' +
      'beim nächsten Öffnen selbst an.',
    viewTitle: (list: string, view: string) =>
      `In der Ansicht „${view}“ der Liste „${list}“ sind wichtige Spalten nicht eingeblendet.`,
    viewStep: (list: string, view: string, columns: string[]) =>
      'Kolleginnen und Kollegen sehen in SharePoint sonst nur den Titel. Wer die Website verwaltet, blendet sie ' +
      `ein: Liste „${list}“ öffnen, Ansicht „${view}“ → „Aktuelle Ansicht bearbeiten“, diese Spalten ankreuzen: ` +
      `${columns.join(', ')}; speichern. Oder die IT erteilt Treffpunkt die SharePoint-Berechtigung Sites.Selected ` +
      'mit der Rolle „manage“ auf der Website; dann blendet Treffpunkt sie selbst ein.',
  },
};

export type MeetingStrings = typeof de;

/**
 * What the session says (loading the meeting, the SharePoint lists it needs): German; English later
 * (`meetingStrings.en.ts`, ../english).
 */
export const meetingStrings: EnglishLater<MeetingStrings> = { de };
