// The single fixed origin (Express cors({ origin: 'https://…' })): read from a
// link, resolved, always sent, never varied on, and what Chromium makes of it.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../scenario/defaults.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { Policy, ServerSide } from '../scenario/types.ts';
import { respond, type IncomingRequest, type RespondContext } from './respond.ts';
import { validateServerSide } from './validate.ts';
import { reviewPolicy } from '../engine/review.ts';

const d = makeDeployment();
const ctx: RespondContext = { path: '/data', redirected: false, redirectTarget: () => '/next' };
const policy = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...DEFAULT_POLICY, ...p } });
const from = (origin: string | null, method = 'GET', extra: [string, string][] = []): IncomingRequest => ({
  method,
  url: 'http://api.playground.localhost:8787/s/x/1/data',
  headers: [...(origin === null ? [] : ([['Origin', origin]] as [string, string][])), ...extra],
});
const link = (allowOrigin: unknown) => parseScenario(JSON.stringify({ version: 1, server: { type: 'policy', policy: { allowOrigin } } }));

describe('a single fixed origin', () => {
  it('is read from a link, and names a bad one where it is', () => {
    const r = link({ type: 'fixed', origin: '{app}' });
    expect(r.ok && r.scenario.server).toEqual(policy({ allowOrigin: { type: 'fixed', origin: '{app}' } }));
    const missing = link({ type: 'fixed' });
    expect(!missing.ok && missing.error).toBe('scenario.server.policy.allowOrigin.origin: expected a string');
    const wrongType = link({ type: 'fixed', origin: ['{app}'] });
    expect(!wrongType.ok && wrongType.error).toBe('scenario.server.policy.allowOrigin.origin: expected a string');
    const unknown = link({ type: 'single' });
    expect(!unknown.ok && unknown.error).toMatch(/allowOrigin\.type: expected one of .*"fixed"/);
  });

  it('leaves old links as they were: a list still answers only the listed origins', () => {
    const r = link({ type: 'list', origins: ['{app}'] });
    expect(r.ok && r.scenario.server).toEqual(policy({ allowOrigin: { type: 'list', origins: ['{app}'] } }));
  });

  it('resolves its token for the deployment', () => {
    expect(resolveServerSide(policy({ allowOrigin: { type: 'fixed', origin: '{admin}' } }), d)).toEqual(policy({ allowOrigin: { type: 'fixed', origin: 'http://admin.playground.localhost:5173' } }));
  });

  it('is sent whatever the Origin, even without one, and without Vary: Origin', () => {
    const server = policy({ allowOrigin: { type: 'fixed', origin: 'https://app.example.com' } });
    for (const origin of ['https://app.example.com', 'http://evil.localhost:5173', 'null', null]) {
      const r = respond(server, from(origin), ctx);
      expect(r.headers.filter(([n]) => n === 'Access-Control-Allow-Origin'), String(origin)).toEqual([['Access-Control-Allow-Origin', 'https://app.example.com']]);
      expect(r.headers.map(([n]) => n)).not.toContain('Vary');
    }
    const pre = respond(server, from('http://evil.localhost:5173', 'OPTIONS', [['Access-Control-Request-Method', 'PUT']]), ctx);
    expect(pre.headers).toContainEqual(['Access-Control-Allow-Origin', 'https://app.example.com']);
  });

  it('refuses a line break in the origin, at the field', () => {
    expect(validateServerSide(policy({ allowOrigin: { type: 'fixed', origin: 'https://a\r\nSet-Cookie: x' } }))).toEqual([
      { path: 'policy.allowOrigin.origin', message: 'The origin cannot contain a line break or NUL.' },
    ]);
  });

  it('warns when the one origin is "null", and asks for no Vary: Origin', () => {
    const ids = (origin: string) => reviewPolicy(policy({ allowOrigin: { type: 'fixed', origin }, varyOrigin: false }), d).map((w) => w.id);
    expect(ids('null')).toEqual(['allows-null']);
    expect(ids('{app}')).toEqual([]);
  });
});

describe('the fix for a wrong fixed origin', () => {
  it('keeps one fixed origin and makes it the caller', async () => {
    const { predictScenario } = await import('../engine/test-support.ts');
    const scenario = { version: 1 as const, request: { ...DEFAULT_REQUEST, from: 'app' as const }, server: policy({ allowOrigin: { type: 'fixed', origin: 'https://app.example.com' } }) };
    const p = predictScenario(scenario);
    expect(p.corsError).toBe('AllowOriginMismatch');
    expect(p.fix?.scenario.server).toEqual(policy({ allowOrigin: { type: 'fixed', origin: '{app}' } }));
    expect(p.fix?.summary).toMatch(/fixed origin goes to every caller/);
  });
});
