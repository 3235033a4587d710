import type { Localized } from '../i18n/localized';

/**
 * The strings of the chunk need-form (Planen's needs section opened): the form "Bedarf von Hand erfassen"
 * and the undo of "Erledigt", with their English, loaded with that chunk.
 */
const de = {
  heading: 'Bedarf von Hand erfassen',
  title: 'Bedarf',
  titleHint: 'Was brauchen die Initiativen? Ein kurzer Satz, z. B. „Schulung Umgang mit Behörden“.',
  titleMissing: 'Bitte den Bedarf in einem kurzen Satz nennen.',
  initiatives: 'Von wie vielen Initiativen genannt',
  note: 'Notiz zum Bedarf',
  submit: 'Bedarf erfassen',
  added: (title: string) => `„${title}“ steht jetzt in der Liste der Bedarfe.`,
  merged: (title: string) => `„${title}“ stand schon in der Liste; er ist jetzt einmal mehr genannt.`,
  failed: 'Der Bedarf wurde nicht gespeichert.',
  undoDone: 'Erledigt zurücknehmen',
  undoDoneNamed: (title: string) => `„${title}“: Erledigt zurücknehmen`,
  reopened: (title: string, takenUp: boolean) =>
    takenUp ? `„${title}“ ist wieder aufgegriffen, noch nicht erledigt.` : `„${title}“ ist wieder offen.`,
  undoFailed: (title: string) => `„${title}“ steht in der Liste weiter als erledigt.`,
};

export type NeedFormStrings = typeof de;

const en: NeedFormStrings = {
  heading: 'Record a need by hand',
  title: 'Need',
  titleHint: 'What do the initiatives need? A short sentence, e.g. “Training on dealing with authorities”.',
  titleMissing: 'Please name the need in a short sentence.',
  initiatives: 'Raised by how many initiatives',
  note: 'Note on the need',
  submit: 'Record need',
  added: (title) => `“${title}” is now in the list of needs.`,
  merged: (title) => `“${title}” was already in the list; it has now been raised once more.`,
  failed: 'The need was not saved.',
  undoDone: 'Undo done',
  undoDoneNamed: (title) => `“${title}”: undo done`,
  reopened: (title, takenUp) => (takenUp ? `“${title}” is taken up again, not done yet.` : `“${title}” is open again.`),
  undoFailed: (title) => `The list still shows “${title}” as done.`,
};

export const needFormStrings: Localized<NeedFormStrings> = { de, en };
