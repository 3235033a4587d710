import type { KeyValueStore } from './roamingStore';

/**
 * Why drafts are not kept on this device: the browser's storage refused (blocked) or is full, or the
 * signed-in user could not be named (`anonymous`: drafts are kept per user).
 */
export type StorageProblem = 'blocked' | 'full' | 'anonymous';

/** The small store on this device, with what only a device store can say. */
export interface DeviceStore extends KeyValueStore {
  /** The keys it holds (without its prefix). */
  keys(): string[];
  /** Why the browser's storage failed, once it did: from then on what it refuses is kept in memory. */
  problem(): StorageProblem | undefined;
  /** Called once, when the storage first fails. */
  onProblem(listener: () => void): () => void;
}

/**
 * The drafts store as the pane is given it: a plain KeyValueStore (tests) or a device store, which may
 * first have to find out whose drafts it holds (`ready`).
 */
export type DraftsStore = KeyValueStore & Partial<DeviceStore> & { ready?: Promise<void> };

/** localStorage, or null where the browser refuses even to hand it out (the getter throws). */
export function browserStorage(): Storage | null {
  return globalThis.localStorage ?? null;
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

/**
 * The browser's localStorage as a small store (the standalone pane's suggestions, the lists' ids, and
 * the drafts: never tokens). `storage` null keeps the values in memory only (tests); a function is
 * asked once, when the store is first used. A storage that is blocked or full never stops the pane:
 * what it refuses is kept in memory for this session, and `problem()` says why (reported once).
 * Writing `null` removes the key.
 */
export function createBrowserStore(
  storage: Storage | null | (() => Storage | null) = browserStorage,
  prefix = '',
): DeviceStore {
  /** Values (JSON, 'null' when removed) that the storage did not take, or all of them without one. */
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  let problem: StorageProblem | undefined;
  let area: Storage | null | undefined;

  const fail = (reason: StorageProblem) => {
    if (problem) return;
    problem = reason;
    listeners.forEach((listener) => listener());
  };
  const storageArea = (): Storage | null => {
    if (area !== undefined) return area;
    try {
      area = typeof storage === 'function' ? storage() : storage;
    } catch {
      area = null;
      fail('blocked');
    }
    return area;
  };
  const stored = (key: string): string | null => {
    const cached = memory.get(key);
    if (cached !== undefined) return cached;
    try {
      return storageArea()?.getItem(prefix + key) ?? null;
    } catch {
      fail('blocked');
      return null;
    }
  };
  const storedKeys = (): string[] => {
    const found: string[] = [];
    try {
      const current = storageArea();
      for (let i = 0; current && i < current.length; i++) {
        const key = current.key(i);
        if (key?.startsWith(prefix)) found.push(key.slice(prefix.length));
      }
    } catch {
      fail('blocked');
    }
    return found;
  };
  const put = (key: string, raw: string | null): boolean => {
    const current = storageArea();
    if (!current) return false;
    try {
      if (raw === null) current.removeItem(prefix + key);
      else current.setItem(prefix + key, raw);
      return true;
    } catch (error) {
      fail(isQuotaError(error) ? 'full' : 'blocked');
      return false;
    }
  };

  return {
    read<T>(key: string) {
      const raw = stored(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    async write<T>(key: string, value: T) {
      const raw = value === null || value === undefined ? null : JSON.stringify(value);
      if (put(key, raw)) memory.delete(key);
      else memory.set(key, raw ?? 'null');
    },
    keys() {
      const kept = [...memory].filter(([, raw]) => raw !== 'null').map(([key]) => key);
      const removed = new Set([...memory].filter(([, raw]) => raw === 'null').map(([key]) => key));
      return [...new Set([...storedKeys().filter((key) => !removed.has(key)), ...kept])];
    },
    problem: () => problem,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whose drafts these are: the signed-in user of a tenant (a shared computer is normal). */
export interface DeviceOwner {
  tenant: string;
  user: string;
}

/** Where a user's values lie in the browser's storage: under their tenant's and their own id. */
export const ownerPrefix = (owner: DeviceOwner) =>
  `treffpunkt@${encodeURIComponent(owner.tenant)}/${encodeURIComponent(owner.user)}:`;

/**
 * Drafts kept before they were per user (under the bare keys) go to the first user who opens the pane
 * after the update: unsaved work is not dropped, and nothing stays outside a user's keys.
 */
function moveLegacy(from: DeviceStore, to: DeviceStore, keys: readonly string[]) {
  for (const key of keys) {
    const value = from.read<unknown>(key);
    if (value === undefined) continue;
    if (value !== null && to.read(key) === undefined) to.write(key, value).catch(() => undefined);
    from.write(key, null).catch(() => undefined);
  }
}

/**
 * The drafts of the signed-in user only, each key under the user's prefix, so that on a shared computer
 * nobody opens another's unsaved work. Until `owner` is known the store holds nothing (the session
 * waits for `ready` before it reads); when nobody can be named (signed out, offline outside Outlook),
 * the drafts are kept in memory for this session only. `legacyKeys`: see moveLegacy.
 */
export function createOwnedStore(
  owner: Promise<DeviceOwner | undefined>,
  storage: Storage | null | (() => Storage | null) = browserStorage,
  legacyKeys: readonly string[] = [],
): DeviceStore & { ready: Promise<void> } {
  let inner: DeviceStore = createBrowserStore(null);
  let anonymous = false;
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((listener) => listener());
  const ready = owner
    .catch(() => undefined)
    .then((known) => {
      if (!known) {
        anonymous = true;
        return tell();
      }
      inner = createBrowserStore(storage, ownerPrefix(known));
      inner.onProblem(tell);
      moveLegacy(createBrowserStore(storage), inner, legacyKeys);
    });
  return {
    read<T>(key: string) {
      return inner.read<T>(key);
    },
    write: (key, value) => inner.write(key, value),
    keys: () => inner.keys(),
    problem: () => (anonymous ? 'anonymous' : inner.problem()),
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
  };
}
