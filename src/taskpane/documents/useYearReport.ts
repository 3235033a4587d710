import { useMemo } from 'react';
import { buildYearReport } from '../../domain/documents/yearReport';
import type { HistoryEntry } from '../../domain/history';
import type { PlainDate } from '../../domain/planning';
import type { TeamSettings } from '../../domain/settings';
import type { Gateway } from '../../graph/gateway';
import { useLocalized } from '../i18n/localized';
import { useServices } from '../services';
import type { DocumentOffer, DocumentTarget } from './documentTypes';
import { documentsStrings } from './documentsStrings';

/**
 * Every row of the meetings list up to `today` (those still to come are not reported), page by page:
 * the report must not miss a meeting that Verlauf has not loaded yet.
 */
export async function entriesUpTo(history: Gateway['history'], today: PlainDate): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let nextLink: string | undefined;
  do {
    const page = await history.readPage(nextLink ? { nextLink } : {});
    entries.push(...page.entries.filter((entry) => entry.date <= today));
    nextLink = page.nextLink;
  } while (nextLink);
  return entries;
}

/**
 * The year report of `year` as an offer (read from the list when the button is pressed, so it says what
 * the list says then) and where it goes: the library's "Jahresberichte" folder; no meeting records it.
 */
export function useYearReport(
  year: number,
  settings: Pick<TeamSettings, 'fundingStatement'>,
): { offer: DocumentOffer; target: DocumentTarget } {
  const { gateway, clock } = useServices();
  const strings = useLocalized(documentsStrings);
  const { fundingStatement } = settings;
  return useMemo(
    () => ({
      offer: {
        id: `jahresbericht-${year}`,
        label: strings.yearReport(year),
        kind: 'jahresbericht',
        format: 'docx',
        build: async () =>
          buildYearReport(year, await entriesUpTo(gateway.history, clock.today()), { fundingStatement }),
      },
      target: { upload: (file) => gateway.documents.uploadYearReport(file) },
    }),
    [year, strings, gateway, clock, fundingStatement],
  );
}
