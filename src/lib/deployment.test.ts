import { describe, expect, it } from 'vitest';
import { discoverDeployment, sharedOrigins } from './deployment.ts';
import { makeDeployment, makeFallbackDeployment } from '../scenario/origins.ts';

const deployment = makeDeployment();
const fallback = makeFallbackDeployment();
const env = async () => ({ deployment, fallback });

describe('sharedOrigins', () => {
  it('finds nothing shared in the normal deployment', () => {
    expect(sharedOrigins(deployment)).toEqual([]);
  });

  it('names the roles that share an origin in the fallback', () => {
    const shared = sharedOrigins(fallback);
    expect(shared).toContainEqual({ origin: 'http://127.0.0.1:5173', roles: ['the admin front end', 'the same-site origin', 'the cross-site attacker'] });
    expect(shared.every((s) => s.roles.length > 1)).toBe(true);
  });
});

describe('discoverDeployment', () => {
  it('uses the deployment quietly on the app origin, without probing', async () => {
    let pinged = false;
    const choice = await discoverDeployment({ pageOrigin: deployment.app, env, ping: async () => ((pinged = true), true) });
    expect(choice).toEqual({ deployment, notice: null });
    expect(pinged).toBe(false);
  });

  it('offers the app origin when the API answers from elsewhere', async () => {
    const choice = await discoverDeployment({ pageOrigin: 'http://localhost:5173', env, ping: async () => true });
    expect(choice.deployment).toBe(deployment);
    expect(choice.notice).toEqual({ kind: 'move', appUrl: 'http://app.playground.localhost:5173/' });
  });

  it('falls back, and says what is shared, when the API name does not resolve', async () => {
    const pinged: string[] = [];
    const choice = await discoverDeployment({ pageOrigin: 'http://localhost:5173', env, ping: async (api) => (pinged.push(api), false) });
    expect(pinged).toEqual([deployment.api]);
    expect(choice.deployment).toBe(fallback);
    expect(choice.notice?.kind).toBe('fallback');
  });

  it('says so when the server does not answer', async () => {
    const choice = await discoverDeployment({ pageOrigin: 'http://localhost:5173', env: () => Promise.reject(new Error('/__env answered 404')), ping: async () => true });
    expect(choice.notice).toEqual({ kind: 'no-server', error: '/__env answered 404' });
  });
});
