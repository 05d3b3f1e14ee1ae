// Small builders for the explanation's tests: a server-record entry and a
// prediction with only the fields a test cares about.
import type { CookieDecision, Decision, Prediction, Step } from '../../engine/types.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { HeaderList } from '../../scenario/types.ts';

let seq = 0;
export function logged(kind: 'preflight' | 'actual', method: string, status: number, more: Partial<LoggedRequest> = {}, responseHeaders: HeaderList = []): LoggedRequest {
  seq += 1;
  return {
    seq, time: 1000 + seq, host: 'api.playground.localhost:8787', method, target: `/s/session/cfg/api/data`, path: '/api/data',
    headers: [], bodyBytes: 0, bodyText: '', kind, redirected: false, response: { status, headers: responseHeaders }, ...more,
  };
}

export function step(id: string, outcome: Step['outcome']): Step {
  return { id, outcome, sentence: id, spec: 'https://fetch.spec.whatwg.org/#' + id };
}

const NO_REQUEST: CookieDecision = { cookie: 'not-sent', reason: 'no-request' };

export function prediction(more: Partial<Prediction>, decision: Partial<Decision> = {}): Prediction {
  const verdict = more.verdict ?? 'ok';
  return {
    decision: {
      verdict, error: null, failedParameter: null, preflight: 'none', preflightReasons: null, typeErrorStep: null, networkError: null,
      cookie: NO_REQUEST, ...decision,
    },
    verdict: 'ok', corsError: null, failedParameter: null, failedParameterOneOf: null, consoleMessage: null, engine: 'chromium', console: [], firefox: null,
    js: { kind: 'response', status: 200, type: 'cors', readableHeaders: [] },
    requests: [], preflightFromCache: false, cache: { entries: [] }, trace: [], fix: null,
    cookie: { cookie: 'not-sent', reason: 'no-request' }, ...more,
  };
}

const NO_CREDENTIALS: CookieDecision = { cookie: 'not-sent', reason: 'credentials-same-origin' };

export const sent = (kind: 'preflight' | 'actual', method: string, cookie: CookieDecision = NO_CREDENTIALS) =>
  ({ kind, method, url: 'http://api.playground.localhost:8787/s/x/y/api/data', headers: [], credentials: cookie.cookie === 'sent', cookie });
