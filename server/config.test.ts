import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    expect(readConfig({})).toEqual({
      host: '127.0.0.1',
      appPort: 5173,
      appPublicPort: null,
      apiPort: 8787,
      site: 'playground.localhost',
      staticDir: 'dist',
    });
  });

  it('reads every setting from the environment', () => {
    const env = { HOST: '0.0.0.0', APP_PORT: '5174', APP_PUBLIC_PORT: '5173', API_PORT: '9000', PLAYGROUND_SITE: 'x.localhost', STATIC_DIR: '/srv' };
    expect(readConfig(env)).toEqual({ host: '0.0.0.0', appPort: 5174, appPublicPort: 5173, apiPort: 9000, site: 'x.localhost', staticDir: '/srv' });
  });

  it('reads the settings of an instance behind a proxy', () => {
    const env = { API_PUBLIC_PORT: '80', REDIS_URL: 'redis://127.0.0.1:6379', SESSION_SECRET: 'k'.repeat(32) };
    expect(readConfig(env)).toMatchObject({ apiPublicPort: 80, redisUrl: 'redis://127.0.0.1:6379', sessionSecret: 'k'.repeat(32) });
  });

  it.each([
    [{ APP_PORT: 'abc' }, 'APP_PORT'],
    [{ API_PORT: '70000' }, 'API_PORT'],
    [{ PLAYGROUND_SITE: 'evil.com/x' }, 'PLAYGROUND_SITE'],
    [{ PUBLIC: 'yes' }, 'PUBLIC'],
    [{ API_PUBLIC_PORT: '-1' }, 'API_PUBLIC_PORT'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ SESSION_SECRET: 'too-short' }, 'SESSION_SECRET'],
  ])('refuses %j', (env, name) => {
    expect(() => readConfig(env)).toThrow(name);
  });

  it('PUBLIC=1 is public mode; unset or 0 is not', () => {
    expect(readConfig({ PUBLIC: '1' }).publicMode).toBe(true);
    expect(readConfig({ PUBLIC: '0' }).publicMode).toBeUndefined();
    expect(readConfig({}).publicMode).toBeUndefined();
  });
});
