// Each problem of issue 8's "Why" about what an answer may carry, through the
// real handler: amplification by {origin}, open redirects through a
// substituted Location, the server's own safety header, and refused
// configuration answered 4xx naming the field (never 500).
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { HeaderList, Policy, ServerSide } from '../src/scenario/types.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { MAX_ANSWER_HEADER_BYTES } from '../src/policy/respond.ts';
import { handle } from './handler.ts';
import { API_HOST, deployment, jsonOf, request, SESSION, testDeps } from './test-helpers.ts';

const rawActual = (status: number, headers: HeaderList): ServerSide => ({
  type: 'raw',
  preflight: { status: 204, headers: [['Access-Control-Allow-Origin', '*']] },
  actual: { status, headers },
});
const policy = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...DEFAULT_POLICY, ...p } });

async function send(server: ServerSide, origin: string | null, deps = testDeps()) {
  const target = `/s/${SESSION}/${await encodeServerSide(server)}/data`;
  const headers: HeaderList = [['Host', API_HOST], ...(origin === null ? [] : ([['Origin', origin]] as HeaderList))];
  const started = performance.now();
  const answer = handle('api', request('GET', target, headers), deps);
  const handlerMs = performance.now() - started;
  const detail = answer.status >= 400 ? (jsonOf(answer.body) as { error: string; detail: string }).detail : '';
  return { answer, detail, deps, handlerMs };
}

const headerBytes = (headers: HeaderList) => headers.reduce((n, [name, value]) => n + name.length + value.length + 4, 0);

describe('amplification', () => {
  it('refuses, with a 400 naming the line, an answer that {origin} would blow up', async () => {
    // 40 lines of 100 {origin}s each: with a 20 KB Origin, 80 MB of headers.
    const lines: HeaderList = Array.from({ length: 40 }, (_, i) => [`X-Amp-${i}`, '{origin}'.repeat(100)]);
    const { answer, detail, deps, handlerMs } = await send(rawActual(200, lines), 'http://' + 'a'.repeat(20_000));
    expect(handlerMs).toBeLessThan(100);
    expect(answer.status).toBe(400);
    expect(detail).toMatch(/^actual\.headers\.0\.value: /);
    expect(detail).toContain(String(MAX_ANSWER_HEADER_BYTES));
    // The record holds the small refusal, not the blown-up answer.
    expect(headerBytes(deps.log.read(SESSION).entries[0]!.response.headers)).toBeLessThan(1000);
  });

  it('still substitutes {origin} in ordinary lines', async () => {
    const { answer } = await send(rawActual(200, [['Access-Control-Allow-Origin', '{origin}']]), deployment.app);
    expect(answer.status).toBe(200);
    expect(answer.headers).toContainEqual(['Access-Control-Allow-Origin', deployment.app]);
  });
});

describe('a Location is checked after {origin} is substituted', () => {
  it.each([
    ['/{origin}/x', null, '//evil.example/x'],
    ['/{origin}/x', '/evil.example', '///evil.example/x'],
    ['http://{origin}@' + new URL(deployment.api).host + '/x', 'http://evil.example', 'http://http://evil.example@…'],
    ['{origin}/steal', 'http://evil.example', 'http://evil.example/steal'],
  ])('refuses %s with Origin %s (it would point at %s)', async (location, origin, _pointsAt) => {
    const { answer, detail } = await send(rawActual(302, [['Location', location]]), origin);
    expect(answer.status).toBe(400);
    expect(detail).toMatch(/^actual\.headers\.0\.value: .*Location/);
    expect(answer.headers.find(([n]) => n === 'Location')).toBeUndefined();
  });

  it('keeps a Location that stays on the API after substitution', async () => {
    const { answer } = await send(rawActual(302, [['Location', '/next?from={origin}']]), deployment.app);
    expect(answer.status).toBe(302);
    expect(answer.headers.find(([n]) => n === 'Location')?.[1]).toMatch(/^\/r\/.*\/next\?from=http:\/\/app\./);
  });
});

describe("the server's own safety header", () => {
  it('comes first, before any raw line', async () => {
    const { answer } = await send(rawActual(200, [['X-Before', '1'], ['Access-Control-Allow-Origin', '*']]), deployment.app);
    expect(answer.headers[0]).toEqual(['X-Content-Type-Options', 'nosniff']);
  });

  it.each(['X-Content-Type-Options', 'x-content-type-options'])('cannot be set by a raw line (%s)', async (name) => {
    const { answer, detail } = await send(rawActual(200, [[name, 'sniff']]), deployment.app);
    expect(answer.status).toBe(400);
    expect(detail).toMatch(/^actual\.headers\.0\.name: /);
    expect(answer.headers.filter(([n]) => n.toLowerCase() === 'x-content-type-options')).toEqual([['X-Content-Type-Options', 'nosniff']]);
  });

  it('cannot be set as a policy extra header either', async () => {
    const { answer, detail } = await send(policy({ extraHeaders: [['X-Content-Type-Options', 'sniff']] }), deployment.app);
    expect(answer.status).toBe(400);
    expect(detail).toMatch(/^policy\.extraHeaders\.0\.name: /);
  });
});

describe('refused configuration is a 400 naming the field, never a 500', () => {
  it.each([
    ['a raw value above U+00FF', rawActual(200, [['X-Note', 'check ✓']]), /^actual\.headers\.0\.value: .*ISO-8859-1/],
    ['a raw emoji', rawActual(200, [['X-Note', 'emoji 😀']]), /^actual\.headers\.0\.value: /],
    ['an extra header value', policy({ extraHeaders: [['X-Note', 'ā']] }), /^policy\.extraHeaders\.0\.value: /],
    ['an exposed header name', policy({ exposeHeaders: ['X-Ā'] }), /^policy\.exposeHeaders\.0: /],
    ['an allowed method', policy({ allowMethods: { type: 'list', values: ['PUT', 'ĀĀ'] } }), /^policy\.allowMethods\.values\.1: /],
    ['CR/LF in a redirect path', policy({ redirect: { status: 302, to: 'same-origin', path: '/a\r\nSet-Cookie: x=1' } }), /^policy\.redirect\.path: /],
    ['a redirect path above U+00FF', policy({ redirect: { status: 302, to: 'same-origin', path: '/ā' } }), /^policy\.redirect\.path: /],
  ])('%s', async (_what, server, field) => {
    const { answer, detail } = await send(server as ServerSide, deployment.app);
    expect(answer.status).toBe(400);
    expect(detail).toMatch(field);
  });
});
