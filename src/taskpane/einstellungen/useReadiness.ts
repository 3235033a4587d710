import { useCallback, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { ReadinessRow } from '../../domain/readiness';
import { useMeeting } from '../meeting/MeetingContext';
import { useServices } from '../services';

export type ReadinessState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ready'; rows: ReadinessRow[]; at: string }
  | { status: 'error'; error: AppError };

/**
 * "Verbindung prüfen": one harmless call per capability, on request. Works also while the meeting
 * could not be opened (then with the configured list and expansion off).
 */
export function useReadiness() {
  const { gateway, clock, config } = useServices();
  const meeting = useMeeting().state;
  const settings = meeting.status === 'ready' ? meeting.value.settings : undefined;
  const listExpansion = settings?.expandDistributionList ?? false;
  const distributionList = settings?.distributionList ?? config.distributionList;
  const [state, setState] = useState<ReadinessState>({ status: 'idle' });

  const check = useCallback(() => {
    setState({ status: 'checking' });
    gateway.readiness.check({ listExpansion, distributionList }).then(
      (rows) => setState({ status: 'ready', rows, at: clock.now().toISOString() }),
      (error: unknown) => setState({ status: 'error', error: toAppError(error) }),
    );
  }, [gateway, clock, listExpansion, distributionList]);

  return { state, check };
}
