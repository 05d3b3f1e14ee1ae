import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlaygroundStore, DEFAULT_RAW } from './playground-store.ts';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../scenario/defaults.ts';

describe('playground store', () => {
  it('edits the request without touching the server side', () => {
    const store = createPlaygroundStore();
    const server = store.getState().scenario.server;
    store.getState().updateRequest({ method: 'PUT' });
    expect(store.getState().scenario.request.method).toBe('PUT');
    expect(store.getState().scenario.request.path).toBe(DEFAULT_SCENARIO.request.path);
    expect(store.getState().scenario.server).toBe(server);
  });

  it('switching to raw and back keeps the edits of both modes', () => {
    const store = createPlaygroundStore();
    const s = () => store.getState();
    s().updatePolicy({ maxAge: 42 });
    s().setServerMode('raw');
    expect(s().scenario.server).toEqual({ type: 'raw', ...DEFAULT_RAW });
    s().updateRaw('actual', { status: 418, headers: [['X-Tea', 'pot']] });
    s().setServerMode('policy');
    expect(s().scenario.server).toEqual({ type: 'policy', policy: { ...DEFAULT_POLICY, maxAge: 42 } });
    s().setServerMode('raw');
    const server = s().scenario.server;
    expect(server.type === 'raw' && server.actual).toEqual({ status: 418, headers: [['X-Tea', 'pot']] });
  });

  it('ignores edits for the mode that is not shown', () => {
    const store = createPlaygroundStore();
    const before = store.getState().scenario;
    store.getState().updateRaw('preflight', { status: 500, headers: [] });
    expect(store.getState().scenario).toBe(before);
  });

  it('loading a raw scenario keeps its raw side and offers the default policy', () => {
    const store = createPlaygroundStore();
    const raw = { type: 'raw' as const, preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } };
    store.getState().loadScenario({ ...DEFAULT_SCENARIO, server: raw });
    store.getState().setServerMode('policy');
    expect(store.getState().scenario.server).toEqual({ type: 'policy', policy: DEFAULT_POLICY });
    store.getState().setServerMode('raw');
    expect(store.getState().scenario.server).toEqual(raw);
  });

  it('counts whole loads (a scenario, a preset) but not edits: each load is a history entry', () => {
    const store = createPlaygroundStore();
    const s = () => store.getState();
    s().updateRequest({ method: 'PUT' });
    s().updatePolicy({ maxAge: 5 });
    expect(s().loads).toBe(0);
    s().loadPolicy({ ...DEFAULT_POLICY, allowCredentials: true });
    expect(s().loads).toBe(1);
    expect(s().scenario.request.method).toBe('PUT');
    expect(s().scenario.server).toEqual({ type: 'policy', policy: { ...DEFAULT_POLICY, allowCredentials: true } });
    s().loadScenario(DEFAULT_SCENARIO);
    expect(s().loads).toBe(2);
  });
});

describe('scenario title', () => {
  const titled = { ...DEFAULT_SCENARIO, title: 'Lesson: a missing header' };

  it('is cleared by the first edit of any kind, and remembered as what the scenario was edited from', () => {
    const edits: Array<(s: ReturnType<ReturnType<typeof createPlaygroundStore>['getState']>) => void> = [
      (s) => s.updateRequest({ from: 'cross-site' }),
      (s) => s.updatePolicy({ maxAge: 5 }),
      (s) => s.setServerMode('raw'),
    ];
    for (const edit of edits) {
      const store = createPlaygroundStore();
      store.getState().loadScenario(titled);
      expect(store.getState().scenario.title).toBe('Lesson: a missing header');
      expect(store.getState().editedFrom).toBeNull();
      edit(store.getState());
      expect(store.getState().scenario.title).toBeUndefined();
      expect(store.getState().editedFrom).toBe('Lesson: a missing header');
    }
  });

  it('a raw edit clears it too; further edits keep "edited from"; loading another scenario resets it', () => {
    const store = createPlaygroundStore();
    const s = () => store.getState();
    s().loadScenario({ ...titled, server: { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } } });
    s().updateRaw('actual', { status: 404, headers: [] });
    expect(s().scenario.title).toBeUndefined();
    s().updateRaw('actual', { status: 500, headers: [] });
    expect(s().editedFrom).toBe('Lesson: a missing header');
    s().loadScenario({ ...DEFAULT_SCENARIO, title: 'Another' });
    expect(s().editedFrom).toBeNull();
    expect(s().scenario.title).toBe('Another');
  });
});

describe('the engine the model predicts for (a preference of this browser, not of the scenario)', () => {
  /** A Storage over a Map: what localStorage holds between two page loads. */
  function memoryStorage(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      items,
    };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('defaults to the running browser (null), is kept across page loads, and never enters the scenario', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const first = createPlaygroundStore();
    expect(first.getState().predictFor).toBeNull();
    first.getState().setPredictFor('gecko');
    expect(first.getState().predictFor).toBe('gecko');
    expect(JSON.stringify(first.getState().scenario)).not.toContain('gecko');
    expect(createPlaygroundStore().getState().predictFor).toBe('gecko');
    first.getState().setPredictFor(null);
    expect(storage.items.size).toBe(0);
    expect(createPlaygroundStore().getState().predictFor).toBeNull();
  });

  it('ignores a stored value that is not an engine, and works without storage at all', () => {
    vi.stubGlobal('localStorage', memoryStorage({ 'cors-playground:predict-for': 'presto' }));
    expect(createPlaygroundStore().getState().predictFor).toBeNull();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    const store = createPlaygroundStore();
    expect(store.getState().predictFor).toBeNull();
    store.getState().setPredictFor('webkit');
    expect(store.getState().predictFor).toBe('webkit');
  });
});
