import { describe, expect, it } from 'vitest';
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
