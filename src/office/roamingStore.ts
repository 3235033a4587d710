import { officeCall } from './officeError';

/**
 * The organiser's own small settings, kept by Outlook in the mailbox (roaming settings) so that the
 * ribbon command and the task pane, which run in different runtimes, see the same values.
 */
export interface KeyValueStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): Promise<void>;
}

export function createRoamingStore(settings: Office.RoamingSettings = Office.context.roamingSettings): KeyValueStore {
  return {
    read<T>(key: string) {
      const value: unknown = settings.get(key);
      return value === null || value === undefined ? undefined : (value as T);
    },
    write<T>(key: string, value: T) {
      settings.set(key, value);
      return officeCall<void>('Einstellungen speichern', (callback) => settings.saveAsync(callback));
    },
  };
}
