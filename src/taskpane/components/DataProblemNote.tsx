import type { DataProblem } from '../../domain/lists';
import { type Localized, useLocalized } from '../i18n/localized';
import { Notice } from './Notice';

interface DataProblemStrings {
  title: string;
  /** What happened and what to do, per problem. */
  reason: Record<DataProblem, string>;
  /** What the pane shows instead. */
  shown: string;
}

export const dataProblemStrings: Localized<DataProblemStrings> = {
  de: {
    title: 'Treffpunkt-Daten nicht lesbar.',
    reason: {
      unreadable:
        'Die versteckten Treffpunkt-Daten dieses Eintrags der SharePoint-Liste sind beschädigt oder unvollständig. ' +
        'Die IT kann sie aus dem Versionsverlauf des Eintrags wiederherstellen.',
      'newer-version':
        'Die versteckten Treffpunkt-Daten dieses Eintrags stammen aus einer neueren Version von Treffpunkt. ' +
        'Laden Sie Treffpunkt neu; hilft das nicht, fragen Sie die IT nach der neuen Version.',
    },
    shown:
      'Angezeigt wird, was in den sichtbaren Spalten steht – wie bei einem Treffen, das direkt in SharePoint ' +
      'eingetragen wurde.',
  },
  en: {
    title: "Treffpunkt's data cannot be read.",
    reason: {
      unreadable:
        'The hidden Treffpunkt data of this entry in the SharePoint list is damaged or incomplete. ' +
        "IT can restore it from the entry's version history.",
      'newer-version':
        'The hidden Treffpunkt data of this entry was written by a newer version of Treffpunkt. ' +
        'Reload Treffpunkt; if that does not help, ask IT for the new version.',
    },
    shown: 'What the visible columns say is shown, as for a meeting entered directly in SharePoint.',
  },
};

/**
 * Where a row's hidden data could not be used (ListedMeeting / PastMeeting `dataProblem`): says so,
 * and what it means; nothing where there is no problem.
 */
export function DataProblemNote({ problem }: { problem: DataProblem | undefined }) {
  const strings = useLocalized(dataProblemStrings);
  if (!problem) return null;
  return (
    <Notice intent="warning" title={strings.title}>
      {strings.shown} {strings.reason[problem]}
    </Notice>
  );
}
