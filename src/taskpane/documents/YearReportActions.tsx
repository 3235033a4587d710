import type { TeamSettings } from '../../domain/settings';
import { useMeeting } from '../meeting/MeetingContext';
import { DocumentActions } from './DocumentActions';
import { SettingsUnreadNotice } from './SettingsUnreadNotice';
import { useYearReport } from './useYearReport';

function YearReportRow({ year, settings }: { year: number; settings: TeamSettings }) {
  const { offer, target } = useYearReport(year, settings);
  return <DocumentActions offers={[offer]} target={target} />;
}

/**
 * "Jahresbericht <year> (Word) erstellen" with its state, "Öffnen" and "Herunterladen", once the team's
 * settings are read (the funding line comes from them); nothing while the session still opens.
 */
export function YearReportActions({ year }: { year: number }) {
  const { state } = useMeeting();
  if (state.status !== 'ready') return null;
  const { settings, settingsUnread } = state.value;
  if (settingsUnread) return <SettingsUnreadNotice retry={settingsUnread.retry} />;
  return <YearReportRow year={year} settings={settings} />;
}
