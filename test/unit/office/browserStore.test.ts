import { createBrowserStore, createOwnedStore, type DeviceOwner } from '../../../src/office/browserStore';

/** A Storage in memory whose calls can be made to throw, as a blocked or full browser storage does. */
function fakeStorage(options: { setItem?: () => never; getItem?: () => never } = {}): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (i) => [...values.keys()][i] ?? null,
    getItem: options.getItem ?? ((key) => values.get(key) ?? null),
    setItem: options.setItem ?? ((key, value) => void values.set(key, value)),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  };
}

const full = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const denied = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('the browser store', () => {
  it('keeps values as JSON and removes a key written as null', async () => {
    const storage = fakeStorage();
    const store = createBrowserStore(storage, 'p:');
    await store.write('a', { text: 'Wohnraum' });
    expect(storage.getItem('p:a')).toBe('{"text":"Wohnraum"}');
    expect(store.read('a')).toEqual({ text: 'Wohnraum' });
    expect(store.keys()).toEqual(['a']);
    await store.write('a', null);
    expect(storage.length).toBe(0);
    expect(store.keys()).toEqual([]);
  });

  it('lists only the keys under its own prefix', async () => {
    const storage = fakeStorage();
    await createBrowserStore(storage, 'anna:').write('entwurf', 1);
    await createBrowserStore(storage, 'ben:').write('entwurf', 2);
    expect(createBrowserStore(storage, 'anna:').keys()).toEqual(['entwurf']);
    expect(createBrowserStore(storage, 'ben:').read('entwurf')).toBe(2);
  });

  it('is never in the way when the browser refuses its storage: memory, and the reason said once', async () => {
    const store = createBrowserStore(() => denied());
    const told = jest.fn();
    store.onProblem(told);
    expect(store.read('a')).toBeUndefined();
    await store.write('a', 'Wohnraum');
    expect(store.read('a')).toBe('Wohnraum');
    expect(store.keys()).toEqual(['a']);
    await store.write('b', 'Arbeit');
    expect(store.problem()).toBe('blocked');
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('keeps in memory what a full storage refuses, and says it is full', async () => {
    const store = createBrowserStore(fakeStorage({ setItem: full }));
    await store.write('a', 'Wohnraum');
    expect(store.read('a')).toBe('Wohnraum');
    expect(store.problem()).toBe('full');
  });

  it('reads nothing, and throws nothing, from a storage whose reads fail', async () => {
    const store = createBrowserStore(fakeStorage({ getItem: denied }));
    expect(store.read('a')).toBeUndefined();
    expect(store.problem()).toBe('blocked');
  });
});

describe('the drafts store of the signed-in user', () => {
  const anna: DeviceOwner = { tenant: 'tenant-1', user: 'anna' };

  it('keeps each user’s drafts apart on a shared computer', async () => {
    const storage = fakeStorage();
    const annas = createOwnedStore(Promise.resolve(anna), storage);
    await annas.ready;
    await annas.write('treffpunkt.planen.entwurf', { dirty: true });
    const bens = createOwnedStore(Promise.resolve({ tenant: 'tenant-1', user: 'ben' }), storage);
    await bens.ready;
    expect(bens.read('treffpunkt.planen.entwurf')).toBeUndefined();
    expect(bens.keys()).toEqual([]);
    expect(storage.key(0)).toBe('treffpunkt@tenant-1/anna:treffpunkt.planen.entwurf');
    const annaAgain = createOwnedStore(Promise.resolve(anna), storage);
    await annaAgain.ready;
    expect(annaAgain.read('treffpunkt.planen.entwurf')).toEqual({ dirty: true });
  });

  it('keeps drafts in memory only, and says so, when nobody can be named', async () => {
    const storage = fakeStorage();
    const store = createOwnedStore(Promise.resolve(undefined), storage);
    const told = jest.fn();
    store.onProblem(told);
    await store.ready;
    await store.write('treffpunkt.planen.entwurf', { dirty: true });
    expect(store.read('treffpunkt.planen.entwurf')).toEqual({ dirty: true });
    expect(storage.length).toBe(0);
    expect(store.problem()).toBe('anonymous');
    expect(told).toHaveBeenCalledTimes(1);
  });
});

describe('drafts kept before they were per user', () => {
  it('go to the first user who opens the pane, and leave the bare keys', async () => {
    const storage = fakeStorage();
    storage.setItem('treffpunkt.planen.entwurf', JSON.stringify({ dirty: true }));
    storage.setItem('treffpunkt.lists:site', JSON.stringify({ meetings: { id: 'l1' } }));
    const store = createOwnedStore(Promise.resolve({ tenant: 't', user: 'anna' }), storage, [
      'treffpunkt.planen.entwurf',
      'treffpunkt.protokoll.entwurf',
    ]);
    await store.ready;
    expect(store.read('treffpunkt.planen.entwurf')).toEqual({ dirty: true });
    expect(storage.getItem('treffpunkt.planen.entwurf')).toBeNull();
    expect(storage.getItem('treffpunkt.lists:site')).not.toBeNull();
  });
});
