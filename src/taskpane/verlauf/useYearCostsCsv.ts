import { useCallback, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { yearCostsCsv } from '../../domain/csv';
import { sumCents } from '../../domain/money';
import { useLocalized } from '../i18n/localized';
import { downloadBlob } from '../documents/downloadFile';
import { useServices } from '../services';
import { historyStrings } from './historyStrings';

export const CSV_TYPE = 'text/csv;charset=utf-8';

export type YearCostsState =
  | { status: 'idle' }
  | { status: 'working'; year: number }
  | { status: 'saved'; year: number; file: string; lines: number; totalCents: number }
  | { status: 'empty'; year: number }
  | { status: 'error'; year: number; error: AppError; stage: 'read' | 'save' };

/** "Kosten eines Jahres als CSV": reads the year's expense lines, builds the file and downloads it. */
export function useYearCostsCsv(): { state: YearCostsState; download: (year: number) => void } {
  const { gateway } = useServices();
  const { fileName } = useLocalized(historyStrings).csv;
  const [state, setState] = useState<YearCostsState>({ status: 'idle' });

  const download = useCallback(
    (year: number) => {
      setState({ status: 'working', year });
      gateway.history.yearCostRows(year).then(
        (rows) => {
          if (rows.length === 0) return setState({ status: 'empty', year });
          const file = fileName(year);
          try {
            downloadBlob(file, new Blob([yearCostsCsv(rows)], { type: CSV_TYPE }));
          } catch (error) {
            return setState({ status: 'error', year, error: toAppError(error), stage: 'save' });
          }
          const totalCents = sumCents(rows.map((row) => row.line.amountCents));
          setState({ status: 'saved', year, file, lines: rows.length, totalCents });
        },
        (error: unknown) => setState({ status: 'error', year, error: toAppError(error), stage: 'read' }),
      );
    },
    [gateway, fileName],
  );

  return { state, download };
}
