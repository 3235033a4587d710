import type { EnglishLater } from '../i18n/localized';

export interface ViewFailureStrings {
  title: string;
  /** What it means and what to do. */
  body: string;
  reload: string;
  /** The way back to the planning view, by its tab's name. */
  toView: (label: string) => string;
}

export const viewFailureStrings: EnglishLater<ViewFailureStrings> = {
  de: {
    title: 'Diese Ansicht konnte nicht angezeigt werden.',
    body:
      'Das geöffnete Treffen und was bereits gesichert ist, sind davon nicht betroffen; die anderen Ansichten ' +
      'oben funktionieren weiter. Laden Sie die Ansicht neu. Tritt der Fehler wieder auf, schließen und öffnen ' +
      'Sie Treffpunkt und melden Sie ihn der IT.',
    reload: 'Ansicht neu laden',
    toView: (label) => `Zu „${label}“`,
  },
};
