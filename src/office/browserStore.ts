import type { KeyValueStore } from './roamingStore';

/**
 * The same small store for the standalone pane (no Office host): the browser's localStorage.
 * Holds suggestions and drafts only, never tokens.
 */
/** `null` keeps the values in memory only (tests, or a browser that refuses storage). */
export function createBrowserStore(
  storage: Storage | null = globalThis.localStorage ?? null,
  prefix = '',
): KeyValueStore {
  const memory = new Map<string, string>();
  const get = (key: string) => (storage ? storage.getItem(prefix + key) : (memory.get(key) ?? null));
  return {
    read<T>(key: string) {
      const raw = get(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    async write<T>(key: string, value: T) {
      const raw = JSON.stringify(value);
      if (storage) storage.setItem(prefix + key, raw);
      else memory.set(key, raw);
    },
  };
}
