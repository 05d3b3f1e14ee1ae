// Property-based fuzzing of the whole server as a function (handler.ts):
// random and mutated configuration segments, deflate bombs, header names and
// values with CR/LF/NUL/non-Latin-1, huge URLs and header counts, every method
// token, adversarial origin patterns against long origins. Every input must get
// a writable HTTP answer within 100 ms of handler time, never a 500, the
// server's own nosniff first and once, and only headers a configuration may
// set. fast-check prints the seed and path of any failure, to replay it.
import { deflateRawSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { toBase64Url } from '../src/scenario/api-path.ts';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import type { HeaderList } from '../src/scenario/types.ts';
import { isSettableResponseHeader, validateServerSide } from '../src/policy/validate.ts';
import { handle } from './handler.ts';
import { framedHeaders, serializeResponse, unwritableReason } from './http-write.ts';
import type { HandlerResponse } from './messages.ts';
import { API_HOST, APP_HOST, deployment, request, SESSION, testDeps } from './test-helpers.ts';

const deps = testDeps();
const encode = (json: string) => '1' + toBase64Url(deflateRawSync(Buffer.from(json, 'utf8')));

// ---- pieces of input --------------------------------------------------------
const nasty = fc.constantFrom('\r', '\n', '\r\n', '\0', 'é', 'ÿ', 'Ā', '✓', '😀', '{origin}', '{origin}{origin}{origin}', ' ', '\\', '@', '//', ':', ',');
const text = fc.array(fc.oneof(fc.string({ maxLength: 12 }), nasty), { maxLength: 6 }).map((parts) => parts.join(''));
const headerName = fc.oneof(
  fc.constantFrom('Access-Control-Allow-Origin', 'access-control-allow-credentials', 'Vary', 'Location', 'Cache-Control', 'X-Content-Type-Options', 'Set-Cookie', 'Content-Type', 'Content-Length', 'Connection', 'Transfer-Encoding', 'X-Trace'),
  fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/),
  text,
);
const locationValue = fc.oneof(
  fc.constantFrom('/{origin}/x', 'http://{origin}@api.playground.localhost:8787/', '{origin}', '//evil.example/', '/next', `${deployment.api}/x`, 'http://evil.example\\@api.playground.localhost:8787/', '/a\r\nSet-Cookie: x=1'),
  text,
);
const line = fc.oneof(
  fc.tuple(headerName, text),
  fc.tuple(fc.constant('Location'), locationValue),
);
const lines = fc.array(line, { maxLength: 12 });
const status = fc.oneof(fc.constantFrom(200, 204, 301, 302, 307, 308, 400, 500, 599), fc.integer({ min: -5, max: 1200 }));
const raw = fc.record({ status, headers: lines });

// Patterns that would backtrack for ever, mixed with ordinary ones and broken ones.
const patternPiece = fc.constantFrom('(a|aa)+', '(a+)+', '(\\w+\\w+)+', '(.*a){12}', '(a?){20}', '(a{1,30}){1,30}', '\\1', '(?=a)', '(?<!b)', '[a-z]+', '\\.', 'http://', '^', '$', '(', ')', '|', '{site}', '.*', '\\d{2,5}');
const pattern = fc.array(patternPiece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const allowOrigin = fc.oneof(
  fc.constant({ type: 'any' }),
  fc.constant({ type: 'reflect' }),
  fc.record({ type: fc.constant('list'), origins: fc.array(text, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('pattern'), pattern }),
);
const allowList = fc.oneof(fc.constant({ type: 'any' }), fc.constant({ type: 'mirror' }), fc.record({ type: fc.constant('list'), values: fc.array(text, { maxLength: 4 }) }));
const policy = fc.record({
  allowOrigin,
  allowMethods: allowList,
  allowHeaders: allowList,
  exposeHeaders: fc.array(text, { maxLength: 3 }),
  allowCredentials: fc.boolean(),
  maxAge: fc.oneof(fc.constant(null), fc.integer(), fc.double()),
  varyOrigin: fc.boolean(),
  preflightStatus: status,
  actualStatus: status,
  corsOnErrors: fc.boolean(),
  proxyHeaders: lines,
  extraHeaders: lines,
  redirect: fc.oneof(fc.constant(null), fc.record({ status: fc.constantFrom(301, 302, 303, 307, 308), to: fc.constantFrom('same-origin', 'other-origin'), path: fc.oneof(text, fc.constant('/ok')) })),
}).map((p) => ({ ...DEFAULT_POLICY, ...p }));
const serverSide = fc.oneof(
  fc.record({ type: fc.constant('raw'), preflight: raw, actual: raw }),
  fc.record({ type: fc.constant('policy'), policy }),
);

/** A config segment: a real encoding, a mutated one, a deflate bomb, or noise. */
const mutation = fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8 }) });
const config = fc.oneof(
  { weight: 6, arbitrary: serverSide.map((s) => encode(JSON.stringify(s))) },
  { weight: 2, arbitrary: fc.tuple(serverSide, mutation).map(([s, m]) => {
    const good = encode(JSON.stringify(s));
    const at = m.at % (good.length + 1);
    return good.slice(0, at) + m.insert + good.slice(at + m.cut);
  }) },
  { weight: 1, arbitrary: fc.integer({ min: 33_000, max: 300_000 }).map((n) => encode(`{"type":"raw","x":"${'a'.repeat(n)}"}`)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

const origin = fc.oneof(
  fc.constantFrom(deployment.app, deployment.sibling, 'null', 'http://evil.example'),
  fc.nat({ max: 300 }).map((n) => 'http://' + 'a'.repeat(n) + '!'),
  fc.nat({ max: 30_000 }).map((n) => 'http://' + 'a'.repeat(n) + '!'),
  text,
);
const method = fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'patch', 'CONNECT', 'TRACE'), fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,16}$/));
const extraRequestHeaders = fc.oneof(
  fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,16}$/), fc.string({ maxLength: 40 })), { maxLength: 10 }),
  fc.nat({ max: 400 }).map((n): [string, string][] => Array.from({ length: n }, (_, i) => [`X-Many-${i}`, String(i)])),
);
const path = fc.oneof(fc.constantFrom('/data', '/', '/a?b=c'), fc.nat({ max: 30_000 }).map((n) => '/' + 'p'.repeat(n)), fc.webPath());

// ---- what every answer must be ------------------------------------------------
const SERVER_ADDS = new Set(['x-content-type-options', 'content-type']);
const HEAD_SYNTAX = /^HTTP\/1\.1 \d{3} [^\r\n]*\r\n(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+: [\t\x20-\x7e\x80-\xff]*\r\n)*\r\n/;

/**
 * The answer and the handler time it took. Over 100 ms, the same input is
 * answered again (up to three times) and the fastest time counts: a GC pause
 * or a CPU taken by another process (CI machines are shared) is not the
 * input's doing; an input that is slow every time is.
 */
function timed(answer: () => HandlerResponse): { answer: HandlerResponse; ms: number } {
  let started = performance.now();
  const first = answer();
  let ms = performance.now() - started;
  for (let retry = 0; retry < 3 && ms >= 100; retry++) {
    started = performance.now();
    answer();
    ms = Math.min(ms, performance.now() - started);
  }
  return { answer: first, ms };
}

const bodyText = (answer: HandlerResponse) => (typeof answer.body === 'string' ? answer.body : new TextDecoder().decode(answer.body));

function checkAnswer({ answer, ms }: { answer: HandlerResponse; ms: number }, method: string): void {
  expect(ms).toBeLessThan(100);
  expect(unwritableReason(answer)).toBeNull();
  expect(answer.status).toBeGreaterThanOrEqual(200);
  // A 5xx only when a configuration asks for it, never the server's own failure.
  expect(bodyText(answer)).not.toMatch(/"error":"(server-error|unwritable-response|respond-failed)"/);
  const bytes = serializeResponse(answer, framedHeaders(answer, true), method);
  expect(HEAD_SYNTAX.test(bytes.toString('latin1'))).toBe(true);
}

function checkExperimentHeaders(answer: HandlerResponse): void {
  expect(answer.headers[0]).toEqual(['X-Content-Type-Options', 'nosniff']);
  expect(answer.headers.filter(([n]) => n.toLowerCase() === 'x-content-type-options')).toHaveLength(1);
  for (const [name] of answer.headers) expect(SERVER_ADDS.has(name.toLowerCase()) || isSettableResponseHeader(name)).toBe(true);
}

test.prop({ config, method, origin, path, extra: extraRequestHeaders, preflight: fc.boolean() }, { numRuns: 5000 })(
  'every experiment gets a valid, bounded answer, nosniff first, only settable headers',
  ({ config, method, origin, path, extra, preflight }) => {
    const headers: HeaderList = [['Host', API_HOST], ['Origin', origin], ...extra];
    if (preflight) headers.push(['Access-Control-Request-Method', method]);
    const result = timed(() => handle('api', request(preflight ? 'OPTIONS' : method, `/s/${SESSION}/${config}${path.startsWith('/') ? path : '/' + path}`, headers), deps));
    checkAnswer(result, method);
    checkExperimentHeaders(result.answer);
  },
  120_000,
);

test.prop({ server: serverSide, origin }, { numRuns: 3000 })(
  'a configuration the validator refuses is answered 400 naming the field',
  ({ server, origin }) => {
    const problems = validateServerSide(server as never, { locationOrigins: [deployment.api, deployment.api2] });
    const target = `/s/${SESSION}/${encode(JSON.stringify(server))}/data`;
    const result = timed(() => handle('api', request('GET', target, [['Host', API_HOST], ['Origin', origin]]), deps));
    checkAnswer(result, 'GET');
    if (problems.length > 0) {
      // Refused when read (parse: "server.policy.maxAge") or when validated ("policy.maxAge"): a 400 naming the field.
      expect(result.answer.status).toBe(400);
      expect(JSON.parse(bodyText(result.answer))).toMatchObject({ error: 'bad-config', detail: expect.stringMatching(/^[\w.]+: /) });
    }
  },
  120_000,
);

test.prop({ method, target: fc.oneof(fc.webPath(), fc.string({ maxLength: 200 }), fc.constantFrom('/__env', '/__session', `/__log/${SESSION}`, '/__ping', `/login/${SESSION}`, '*', 'http://x/')), host: fc.constantFrom(API_HOST, APP_HOST, 'evil.localhost:5173', 'x y', ''), listener: fc.constantFrom('api' as const, 'app' as const) }, { numRuns: 2000 })(
  'any request line on either listener gets a valid answer, never the server failing',
  ({ method, target, host, listener }) => {
    checkAnswer(timed(() => handle(listener, request(method, target, [['Host', host]]), deps)), method);
  },
  120_000,
);
