const quoted = (names: string[]) => names.map((n) => `„${n}“`).join(' und ');

/** What the pane says about the SharePoint lists it needs (German). */
export const listSetupStrings = {
  missingTitle: (names: string[]) =>
    names.length === 1
      ? `In der SharePoint-Website gibt es noch keine Liste ${quoted(names)}. Jetzt anlegen?`
      : `In der SharePoint-Website gibt es noch keine Listen ${quoted(names)}. Jetzt anlegen?`,
  missingBody:
    'Treffpunkt legt die Treffen und die Orte in diesen Listen ab; Kolleginnen und Kollegen sehen sie dort. ' +
    'Treffpunkt hat auch nach umbenannten Listen gesucht. Bis die Listen angelegt sind, bleibt Ihre Planung ' +
    'auf diesem Gerät.',
  create: (n: number) => (n === 1 ? 'Liste anlegen' : 'Listen anlegen'),
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
};
