import { describe, expect, it } from 'vitest';
import { BROWSER_ENGINES, type BrowserEngine, type Prediction } from '../../engine/types.ts';
import { predict } from '../../engine/predict.ts';
import { DEPLOYMENT, requestUrlFor } from '../../engine/test-support.ts';
import { serverModel } from '../../policy/model.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Scenario } from '../../scenario/types.ts';
import { engineDifferences, stripText } from './engine-strip.ts';
import { prediction, sent } from './test-fixtures.ts';

const CHROMIUM_LINE = "Access to fetch at 'http://api.playground.localhost:8787/api/data' from origin 'http://app.playground.localhost:8787' has been blocked by CORS policy: …";
const FIREFOX_LINE = 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://api.playground.localhost:8787/api/data. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.';
const WEBKIT_LINES = ['Origin http://app.playground.localhost:8787 is not allowed by Access-Control-Allow-Origin. Status code: 200', 'Fetch API cannot load http://api.playground.localhost:8787/api/data due to access control checks.'];

const testInput = (scenario: Scenario) => ({
  scenario, deployment: DEPLOYMENT, requestUrl: requestUrlFor(scenario), serve: serverModel(scenario.server, DEPLOYMENT), now: 1_000_000, cookie: null,
});

const ok = (engine: BrowserEngine, more: Partial<Prediction> = {}, preflight: Prediction['decision']['preflight'] = 'none') =>
  prediction({ engine, requests: [sent('actual', 'GET')], ...more }, { preflight });
const blocked = (engine: BrowserEngine, console: string[], preflight: Prediction['decision']['preflight'] = 'none') =>
  prediction(
    {
      engine, verdict: 'cors-error', corsError: 'MissingAllowOriginHeader', console, requests: [sent('actual', 'GET')],
      firefox: { name: 'CORSMissingAllowOrigin', text: "CORS header 'Access-Control-Allow-Origin' missing" },
    },
    { verdict: 'cors-error', preflight },
  );

describe('engineDifferences', () => {
  it('is null when the engines agree on outcome, error, preflight and cookie, whatever their words', () => {
    expect(engineDifferences({ chromium: blocked('chromium', [CHROMIUM_LINE]), gecko: blocked('gecko', [FIREFOX_LINE]), webkit: blocked('webkit', WEBKIT_LINES) })).toBeNull();
    expect(engineDifferences({ chromium: ok('chromium'), gecko: ok('gecko'), webkit: ok('webkit') })).toBeNull();
  });

  it('names Firefox’s reason when only Firefox blocks, in Chromium, Firefox, Safari order', () => {
    const strip = engineDifferences({ webkit: ok('webkit'), gecko: blocked('gecko', [FIREFOX_LINE]), chromium: ok('chromium') });
    expect(strip && stripText(strip)).toBe("Chromium: ok · Firefox: blocked, CORS header 'Access-Control-Allow-Origin' missing · Safari: ok");
    expect(strip?.map((s) => s.console)).toEqual([[], [FIREFOX_LINE], []]);
  });

  it('names the CorsError for the engines whose reason is not Firefox’s, and keeps every console line', () => {
    const strip = engineDifferences({ chromium: blocked('chromium', [CHROMIUM_LINE]), gecko: ok('gecko'), webkit: blocked('webkit', WEBKIT_LINES) });
    expect(strip?.map((s) => s.words)).toEqual(['blocked, MissingAllowOriginHeader', 'ok', 'blocked, MissingAllowOriginHeader']);
    expect(strip?.[2]?.console).toEqual(WEBKIT_LINES);
  });

  it('says where the preflight differs when the outcome does not (a header one engine safelists)', () => {
    const strip = engineDifferences({ chromium: ok('chromium'), gecko: ok('gecko', {}, 'sent'), webkit: ok('webkit', {}, 'sent') });
    expect(strip && stripText(strip)).toBe('Chromium: ok, no preflight · Firefox: ok, preflight sent · Safari: ok, preflight sent');
  });

  it('says where the login cookie differs, and a cached preflight in words', () => {
    const withCookie = [sent('actual', 'GET', { cookie: 'sent', reason: 'same-site' })];
    const strip = engineDifferences({ chromium: ok('chromium', { requests: withCookie }, 'cached'), gecko: ok('gecko', {}, 'sent'), webkit: ok('webkit', {}, 'sent') });
    expect(strip?.map((s) => s.words)).toEqual(['ok, preflight from cache, cookie sent', 'ok, preflight sent, no cookie', 'ok, preflight sent, no cookie']);
  });

  it('tells two failures apart by their error, and a network error from a CORS one', () => {
    const network = prediction({ engine: 'webkit', verdict: 'network-error' }, { verdict: 'network-error', networkError: 'too-many-redirects' });
    const strip = engineDifferences({ chromium: blocked('chromium', [CHROMIUM_LINE]), gecko: blocked('gecko', [FIREFOX_LINE]), webkit: network });
    expect(strip?.map((s) => s.words)).toEqual(['blocked, MissingAllowOriginHeader', "blocked, CORS header 'Access-Control-Allow-Origin' missing", 'network error']);
  });
});

describe('engineDifferences on the real engine', () => {
  // A User-Agent set from script: Chromium drops it (a simple GET); Firefox and Safari send it, so they
  // ask first, and a server that allows no request headers refuses it (Firefox and WebKitGTK here did so).
  const userAgent: Scenario = {
    version: 1,
    request: { ...DEFAULT_REQUEST, headers: [['User-Agent', 'cors-playground']] },
    server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' } } },
  };
  const byEngine = (scenario: Scenario) =>
    Object.fromEntries(BROWSER_ENGINES.map((engine) => [engine, predict({ ...testInput(scenario), engine })])) as Record<BrowserEngine, Prediction>;

  it('sets a script-set User-Agent side by side: Chromium ok without a preflight, Firefox and Safari refused by it', () => {
    const strip = engineDifferences(byEngine(userAgent));
    expect(strip && stripText(strip)).toBe(
      'Chromium: ok, no preflight · ' +
        "Firefox: blocked, missing token 'user-agent' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel, preflight sent · " +
        'Safari: blocked, HeaderDisallowedByPreflightResponse, preflight sent',
    );
    expect(strip?.[0]?.console).toEqual([]);
    // Firefox's own banner, every line of it (the strip keeps what the engine prints, in order).
    expect(strip?.[1]?.console.length).toBeGreaterThan(0);
    for (const line of strip?.[1]?.console ?? []) expect(line).toMatch(/^Cross-Origin Request Blocked: /);
  });

  it('shows nothing for the default scenario, which every engine blocks the same way', () => {
    expect(engineDifferences(byEngine({ version: 1, request: DEFAULT_REQUEST, server: { type: 'policy', policy: DEFAULT_POLICY } }))).toBeNull();
  });
});
