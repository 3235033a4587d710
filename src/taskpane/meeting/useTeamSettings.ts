import { type Dispatch, type SetStateAction, useCallback, useMemo } from 'react';
import type { TeamSettings } from '../../domain/settings';
import { useServices } from '../services';
import type { Loaded } from './openedPlan';
import type { TeamSettingsModel } from './sessionModel';

/**
 * The team's settings as the opening read them, and saving them (If-Match on the one settings item;
 * the list is created on the first save). While they could not be read, the defaults stand in and
 * must not be saved: `settingsUnread` offers to open again.
 */
export function useTeamSettings(options: {
  loaded: Loaded | undefined;
  setLoaded: Dispatch<SetStateAction<Loaded | undefined>>;
  retry: () => void;
}): TeamSettingsModel | undefined {
  const { loaded, setLoaded, retry } = options;
  const { gateway } = useServices();
  const settingsRef = loaded?.settingsRef;
  const saveSettings = useCallback(
    async (settings: TeamSettings) => {
      const ref = await gateway.planning.saveSettings(settings, settingsRef);
      setLoaded((l) => l && { ...l, settings, settingsRef: ref });
    },
    [gateway, settingsRef, setLoaded],
  );
  const settings = loaded?.settings;
  const unread = loaded?.settingsUnread === true;
  return useMemo(
    () => settings && { settings, ...(unread ? { settingsUnread: { retry } } : {}), saveSettings },
    [settings, unread, retry, saveSettings],
  );
}
