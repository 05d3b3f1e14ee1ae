// The check: the engine names each request the browser would send, the probe
// sends it and records the answer, until the engine's run is complete; then
// the engine explains the recorded answers (src/check/replay.ts).
import { recogniseFramework } from '../../src/check/frameworks.ts';
import { networkErrorPrediction, replay, requestBodyText } from '../../src/check/replay.ts';
import { checkToScenario, playgroundFix } from '../../src/check/to-scenario.ts';
import { policyFix } from '../../src/check/policy-fix.ts';
import { PROBE_LIMITS, type CheckInput, type CheckResult, type Exchange, type ProbeError, type RecordedResponse } from '../../src/check/types.ts';
import type { SentRequest } from '../../src/engine/types.ts';
import { LESSON_FOR_ERROR } from '../../src/lessons/by-error.ts';
import type { HeaderList } from '../../src/scenario/types.ts';
import { sendRequest, type ClientOptions, type WireRequest } from './http-client.ts';
import type { AddressPolicy } from './addresses.ts';

export const PROBE_USER_AGENT = 'cors-playground-check (like Chromium; https://github.com/cors-playground)';

export interface ProbeOptions extends AddressPolicy {
  limits?: Partial<Pick<ClientOptions, 'timeoutMs' | 'headBytes' | 'bodyBytes'>> & { redirects?: number; totalTimeoutMs?: number };
}

const TYPED_COOKIE = '[typed cookie]';

/** The request the engine named, as bytes go on the wire: Host first, then the engine's lines, then what every browser adds. */
export function wireRequest(sent: SentRequest, input: CheckInput): WireRequest {
  const url = new URL(sent.url);
  const headers: HeaderList = [['Host', url.host], ...sent.headers.map(([n, v]) => [n, v] as [string, string]), ['User-Agent', PROBE_USER_AGENT]];
  // The browser's own cookie for the API: only the one the user typed, only when credentials go.
  const cookie = input.typedCredentials?.cookie;
  if (cookie && sent.credentials) headers.push(['Cookie', cookie]);
  const text = sent.kind === 'actual' && sent.method !== 'GET' && sent.method !== 'HEAD' && input.body ? requestBodyText(input.body) : null;
  const body = text === null ? null : Buffer.from(text, 'utf8');
  if (body) headers.push(['Content-Length', String(body.length)]);
  headers.push(['Connection', 'close']);
  return { method: sent.method, url, headers, body };
}

/** Typed secrets are shown as what they are, never echoed back. */
function redacted(headers: HeaderList, input: CheckInput): HeaderList {
  const { cookie, authorization } = input.typedCredentials ?? {};
  return headers.map(([n, v]) => {
    const name = n.toLowerCase();
    if (name === 'cookie' && cookie && v === cookie) return [n, TYPED_COOKIE];
    if (name === 'authorization' && authorization && v === authorization) return [n, '[typed authorization]'];
    return [n, v];
  });
}

function publicInput(input: CheckInput): CheckInput {
  const typed = input.typedCredentials;
  if (!typed) return input;
  return { ...input, typedCredentials: { ...(typed.cookie ? { cookie: TYPED_COOKIE } : {}), ...(typed.authorization ? { authorization: '[typed authorization]' } : {}) } };
}

export async function runCheck(input: CheckInput, options: ProbeOptions): Promise<CheckResult> {
  const limits = { ...PROBE_LIMITS, ...options.limits };
  const started = performance.now();
  const exchanges: Exchange[] = [];
  const answers: RecordedResponse[] = [];
  for (;;) {
    const replayed = replay(input, answers);
    const pending = replayed.pending;
    if (!pending) return finish(input, exchanges, null, replayed.prediction);
    const hop = replayed.prediction.requests.slice(0, answers.length).filter((r) => r.kind === 'actual').length;
    const wire = wireRequest(pending, input);
    const elapsed = performance.now() - started;
    let error: ProbeError | null = null;
    let exchange: Exchange;
    if (hop > limits.redirects || elapsed > limits.totalTimeoutMs) {
      error = hop > limits.redirects
        ? { kind: 'too-many-redirects', message: `more than ${limits.redirects} redirects: the check stops following them`, url: pending.url }
        : { kind: 'timeout', message: `the whole check took over ${limits.totalTimeoutMs / 1000} s`, url: pending.url };
      exchange = record(pending, wire, input, null, null, error, elapsed, 0);
    } else {
      const sent = await sendRequest(wire, { ...options, timeoutMs: limits.timeoutMs, headBytes: limits.headBytes, bodyBytes: limits.bodyBytes });
      const duration = performance.now() - started - elapsed;
      exchange = sent.ok
        ? record(pending, wire, input, sent.address, sent.response, null, elapsed, duration)
        : record(pending, wire, input, sent.address, null, sent.error, elapsed, duration);
      if (!sent.ok) error = sent.error;
      else answers.push(sent.response);
    }
    exchanges.push(exchange);
    if (error) return finish(input, exchanges, error, networkErrorPrediction(replayed.prediction, answers.length, error));
  }
}

function record(sent: SentRequest, wire: WireRequest, input: CheckInput, address: string | null, response: RecordedResponse | null, error: ProbeError | null, startMs: number, durationMs: number): Exchange {
  return {
    kind: sent.kind, hop: 0, request: { method: wire.method, url: wire.url.href, headers: redacted(wire.headers, input) },
    address, response, error, timing: { startMs: Math.round(startMs), durationMs: Math.round(durationMs) },
  };
}

function finish(input: CheckInput, exchanges: Exchange[], error: ProbeError | null, prediction: CheckResult['prediction']): CheckResult {
  // Hops: each actual request after the first followed a redirect.
  let actuals = 0;
  for (const e of exchanges) {
    if (e.kind === 'actual') e.hop = actuals++;
    else e.hop = actuals;
  }
  const scenario = checkToScenario(input, exchanges);
  const fix = error ? null : playgroundFix(scenario, prediction);
  const answered = exchanges.flatMap((e) => (e.response ? [e.response.headers] : []));
  const framework = recogniseFramework(answered);
  return {
    input: publicInput(input), exchanges, error, prediction: { ...prediction, fix }, framework,
    policyFix: error ? null : policyFix(input, scenario, prediction, framework),
    lesson: prediction.corsError ? LESSON_FOR_ERROR[prediction.corsError as keyof typeof LESSON_FOR_ERROR] ?? null : null,
    scenario,
  };
}
