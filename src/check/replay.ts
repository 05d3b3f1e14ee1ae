// The engine explains a check from the answers the probe recorded: a Serve
// that replays them, in order, to the exact requests the engine itself builds
// (Origin, Access-Control-Request-*, credentials, redirects, tainting). The
// probe sends what `pending` names, records the answer and asks again, so the
// requests on the wire are the engine's own: one rule, one place.
import { predict } from '../engine/predict.ts';
import { step } from '../engine/explain.ts';
import { FAILED_TO_FETCH } from '../engine/messages.ts';
import { parseUrl } from '../engine/http.ts';
import { siteOf } from '../engine/attacker-origins.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { HeaderList, RequestBody, Scenario, ServerSide } from '../scenario/types.ts';
import type { OutgoingResponse, Prediction, SentRequest, Serve } from '../engine/types.ts';
import type { CheckInput, ProbeError, RecordedResponse } from './types.ts';

/** Where the engine thinks the front end lives: every role is the user's origin, the API is the URL's. */
export function checkDeployment(input: CheckInput): Deployment {
  const target = parseUrl(input.url);
  if (!target) throw new Error(`not an http(s) URL: ${input.url}`);
  const app = input.origin === 'null' ? 'http://null.invalid' : input.origin;
  const host = parseUrl(app)?.host ?? 'null.invalid';
  return { site: siteOf(host), app, admin: app, sibling: app, crossSite: app, api: target.origin, api2: target.origin, fallback: false };
}

/** The fetch() call as a scenario request (the typed Authorization is a header the page sets). */
export function checkScenario(input: CheckInput, server: ServerSide): Scenario {
  const target = parseUrl(input.url)!;
  const authorization = input.typedCredentials?.authorization;
  return {
    version: 1,
    request: {
      from: input.origin === 'null' ? 'null' : 'app',
      path: target.rest,
      method: input.method ?? 'GET',
      headers: [...(input.headers ?? []), ...(authorization ? [['Authorization', authorization] as [string, string]] : [])],
      body: input.body ?? { type: 'none' },
      mode: 'cors',
      credentials: input.credentials ?? 'same-origin',
      cache: 'default',
      redirect: input.redirect ?? 'follow',
    },
    server,
  };
}

// A stand-in for requests with no recorded answer (only the fix search's re-runs meet it: see replay()).
const UNRECORDED: OutgoingResponse = { status: 599, headers: [], body: '' };
const EMPTY_SERVER: ServerSide = { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } };

export interface Replayed {
  prediction: Prediction;
  /** The next request the browser would send that has no answer yet; null when the run is complete. */
  pending: SentRequest | null;
}

/**
 * The engine's run over the answers so far. The engine asks the server once
 * per request it sends, in order, so the i-th question gets the i-th answer;
 * the first request with no answer is the one to send next.
 */
export function replay(input: CheckInput, answers: readonly RecordedResponse[]): Replayed {
  let asked = 0;
  const serve: Serve = () => {
    const answer = answers[asked++];
    return answer ? { status: answer.status, headers: answer.headers, body: answer.body } : UNRECORDED;
  };
  const deployment = checkDeployment(input);
  const prediction = predict(
    { scenario: checkScenario(input, EMPTY_SERVER), deployment, requestUrl: parseUrl(input.url)!.href, serve, cookie: null },
    { frameUrl: `${deployment.app}/` },
  );
  return { prediction, pending: prediction.requests[answers.length] ?? null };
}

/** Chromium's net error for each way a request can get no answer (what its console prints after the URL). */
const NET_ERRORS: Record<ProbeError['kind'], string> = {
  dns: 'net::ERR_NAME_NOT_RESOLVED',
  refused: 'net::ERR_CONNECTION_REFUSED',
  reset: 'net::ERR_CONNECTION_RESET',
  timeout: 'net::ERR_TIMED_OUT',
  'too-big': 'net::ERR_RESPONSE_HEADERS_TOO_BIG',
  tls: 'net::ERR_SSL_PROTOCOL_ERROR',
  'bad-response': 'net::ERR_INVALID_HTTP_RESPONSE',
  'forbidden-address': 'net::ERR_ACCESS_DENIED',
  'too-many-redirects': 'net::ERR_TOO_MANY_REDIRECTS',
  'bad-redirect': 'net::ERR_INVALID_REDIRECT',
};

/** The run cut at the request that got no answer: fetch() rejects, the console names the net error. */
export function networkErrorPrediction(replayed: Prediction, failedIndex: number, error: ProbeError): Prediction {
  const requests = replayed.requests.slice(0, failedIndex + 1);
  const failed = requests[failedIndex];
  let sends = -1;
  const cut = replayed.trace.findIndex((s) => (s.id === 'preflight-send' || s.id === 'actual-send') && ++sends === failedIndex);
  const trace = [...replayed.trace.slice(0, cut < 0 ? replayed.trace.length : cut + 1), step('response', 'fail')];
  return {
    ...replayed, verdict: 'network-error', corsError: null, failedParameter: null, failedParameterOneOf: null,
    consoleMessage: `${failed?.method ?? 'GET'} ${error.url} ${NET_ERRORS[error.kind]}`, firefox: null,
    js: { kind: 'error', name: 'TypeError', message: FAILED_TO_FETCH }, requests, trace, fix: null,
  };
}

/** The bytes fetch() sends for a body: one rule, in the engine. */
export { requestBodyText } from '../engine/body-bytes.ts';
