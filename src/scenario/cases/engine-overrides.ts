// Where Firefox (Gecko) or Safari (WebKit) did otherwise on a case written for
// Chromium: one row per case step, as the real browser did it here (Firefox ESR
// 153.8 through puppeteer-core BiDi, WebKitGTK 2.50.6 through its GObject
// bindings, against the playground's server: the same requests, the server's
// record). Rows, not edits of the case files: each case keeps Chromium's
// expectation and gains `engines` here (index.ts applies them).
import type { EngineExpectation, OtherEngine, ScenarioCase } from './types.ts';

type Engines = Partial<Record<OtherEngine, EngineExpectation>>;

/** [case id, step (1-based), what the other engines did]. */
type Row = readonly [string, number, Engines];

const GECKO_PREFLIGHTS: Engines = { gecko: { preflight: true } };
const GECKO_CACHED: Engines = { gecko: { preflight: false } };
const WEBKIT_CACHED: Engines = { webkit: { preflight: false } };
const both = (e: EngineExpectation): Engines => ({ gecko: e, webkit: e });
/** Both: a header Chromium safelists goes to a preflight, which the base policy (no allowed headers) refuses. */
const PREFLIGHT_REFUSED: Engines = both({ verdict: 'cors-error', preflight: true });
const BOTH_CACHED: Engines = both({ preflight: false });
const STREAM_REFUSED: EngineExpectation = { verdict: 'type-error', preflight: false };

export const ENGINE_OVERRIDES: readonly Row[] = [
  // Client hints: only Chromium safelists them (Firefox: DPR, Save-Data, … preflighted; WebKit the same).
  ...['hint-dpr-valid', 'hint-width-valid', 'hint-viewport-width', 'hint-device-memory', 'hint-downlink', 'hint-rtt',
    'hint-ect-valid', 'hint-save-data-on', 'hint-intervention', 'total-1024-bytes-ok'].map((id) => [id, 1, PREFLIGHT_REFUSED] as const),
  // "Bytes=0-": WebKit reads the range unit in any case, so the GET goes without a preflight.
  ['range-capital-b', 1, { webkit: { verdict: 'ok', preflight: false } }],
  // A ReadableStream body: Firefox has no streaming uploads and sends the text "[object ReadableStream]"
  // (23 bytes, text/plain): a simple POST, no forced preflight, no TypeError for no-cors or keepalive.
  // Safari's fetch() refuses it (NotSupportedError) before sending anything, preflight included.
  ['body-stream-forced-preflight', 1, { gecko: { verdict: 'ok', preflight: false }, webkit: STREAM_REFUSED }],
  ['body-stream-preflight-status', 1, { gecko: { verdict: 'ok', preflight: false }, webkit: STREAM_REFUSED }],
  ['body-stream-put-allowed', 1, { gecko: { verdict: 'ok' }, webkit: STREAM_REFUSED }],
  ['body-stream-same-origin', 1, { gecko: { verdict: 'ok' }, webkit: STREAM_REFUSED }],
  ['body-stream-no-cors', 1, { gecko: { verdict: 'opaque' } }],
  ['body-stream-keepalive', 1, { gecko: { verdict: 'ok' } }],
  // Firefox keeps the admin's answer that failed CORS and hands it to the app's request (no Vary): it fails too.
  ['http-cache-failed-not-stored', 2, { gecko: { verdict: 'cors-error' } }],
  // WebKit's HTTP cache: partitioned by the top page only, no revalidation under a Vary that does not fit,
  // and only-if-cached asks the server when nothing is stored.
  ['http-cache-cross-site-partition', 2, { webkit: { verdict: 'cors-error' } }],
  ['http-cache-304-other-origin-fails', 2, { webkit: { verdict: 'ok' } }],
  ['http-cache-only-if-cached-miss', 1, { webkit: { verdict: 'ok' } }],
  // fetch()'s targetAddressSpace is Chromium's: Firefox and Safari ignore it and the GET goes as usual.
  ['lna-loopback-target-local', 1, both({ verdict: 'ok' })],
  // Firefox's Local Network Access, with the permission granted (public page) or not needed (private page):
  // the targetAddressSpace Chromium refuses is ignored. (Safari's is not placed here: no rows for it.)
  ['lna-public-target-public', 1, { gecko: { verdict: 'ok' } }],
  ['lna-local-page-target-public', 1, { gecko: { verdict: 'ok' } }],
  // User-Agent from script: dropped by Chromium, sent (and preflighted) by the others.
  ['forbidden-user-agent-dropped', 1, PREFLIGHT_REFUSED],
  // Max-Age that is not a whole number: Chromium and WebKit keep 5 s, Firefox does not cache.
  ['cache-max-age-decimal', 2, GECKO_PREFLIGHTS],
  ['cache-max-age-plus', 2, GECKO_PREFLIGHTS],
  ['cache-max-age-two-lines', 2, GECKO_PREFLIGHTS],
  ['cache-max-age-word', 2, GECKO_PREFLIGHTS],
  // Cache modes: WebKit's preflight cache ignores them; Firefox skips it for no-store and reload only, and stores under no-store.
  ['cache-no-store-second', 2, WEBKIT_CACHED],
  ['cache-no-store-first', 2, BOTH_CACHED],
  ['cache-no-cache', 2, BOTH_CACHED],
  ['cache-reload', 2, WEBKIT_CACHED],
  // no-cache: the stale cached answer still lets the PUT through in Firefox and Safari (the rule of engines-cache-no-cache-twice).
  ['seq-stale-preflight-cache', 3, both({ verdict: 'ok', preflight: false })],
  // Firefox's entries: tokens accumulate, "*" is literal, credentials are part of the key.
  ['cache-replaced-by-new-preflight', 3, GECKO_CACHED],
  ['cache-star-covers-other-method', 2, GECKO_PREFLIGHTS],
  ['cache-credentials-downgrade', 2, GECKO_PREFLIGHTS],
  // After a refused DELETE: Chromium erased the PUT entry on the miss; WebKit kept it (Firefox dropped it on the failure).
  ['cache-hit-and-fail-refused', 3, WEBKIT_CACHED],
  // Cookies: WebKit stores no Secure cookie over http://…localhost, and with its default policy (no third-party)
  // no cookie from the API's host at all: app.… and api.….localhost are different base domains to it.
  ['cookie-none-sibling', 1, { webkit: { cookie: ['not-sent'] } }],
  ...['cookie-lax-app', 'cookie-lax-sibling', 'cookie-lax-preflighted'].map((id): Row => [id, 1, { webkit: { cookie: ['not-sent'] } }]),
  ['cookie-lax-redirect-other-host', 1, { webkit: { cookie: ['not-sent', 'not-sent'] } }],
];

/** The cases with each row's engines merged into its step's expectation. */
export function withEngineExpectations(cases: ScenarioCase[], rows: readonly Row[] = ENGINE_OVERRIDES): ScenarioCase[] {
  const byCase = new Map<string, Row[]>();
  for (const row of rows) byCase.set(row[0], [...(byCase.get(row[0]) ?? []), row]);
  return cases.map((c) => {
    const mine = byCase.get(c.id);
    if (!mine) return c;
    return {
      ...c,
      steps: c.steps.map((s, i) => {
        const engines = mine.filter((r) => r[1] === i + 1).reduce<Engines>((all, r) => ({ ...all, ...r[2] }), s.expect.engines ?? {});
        return Object.keys(engines).length === 0 ? s : { ...s, expect: { ...s.expect, engines } };
      }),
    };
  });
}
