// "Open in playground": a check's recorded answers as a raw-mode scenario that
// the playground's own server replays, so the real browser reproduces the
// check; and the fix for it, found by the engine on that scenario. Pure.
import { parseUrl } from '../engine/http.ts';
import { predict } from '../engine/predict.ts';
import type { Fix, Prediction } from '../engine/types.ts';
import { serverModel } from '../policy/model.ts';
import { isSettableResponseHeader, locationProblem, MAX_STATUS, MIN_STATUS, valueProblem } from '../policy/validate.ts';
import { apiUrl } from '../scenario/api-path.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { HeaderList, RawResponse, Scenario } from '../scenario/types.ts';
import { checkScenario } from './replay.ts';
import type { CheckInput, Exchange, RecordedResponse } from './types.ts';

const PLAYGROUND = makeDeployment();
const SESSION = 'check-open-in-playground';
export const TYPED_AUTHORIZATION = '[typed authorization]';

/** A Location on the checked API becomes a path (same origin) or {api2} (another origin), as the playground can serve it. */
function location(value: string, answeredUrl: string): string | null {
  const base = parseUrl(answeredUrl);
  const target = base && (value.startsWith('/') && !value.startsWith('//') ? parseUrl(base.origin + value) : parseUrl(value));
  if (!base || !target) return null;
  const written = target.origin === base.origin ? target.rest : `{api2}${target.rest}`;
  return locationProblem(written, []) ? null : written;
}

/** The lines the playground's server may send (src/policy/validate.ts), the front end's origin written as {app}. */
function rawResponse(response: RecordedResponse, answeredUrl: string, origin: string): RawResponse {
  const headers: HeaderList = [];
  for (const [name, value] of response.headers) {
    if (!isSettableResponseHeader(name) || valueProblem(value)) continue;
    if (name.toLowerCase() === 'location') {
      const written = location(value, answeredUrl);
      if (written !== null) headers.push([name, written]);
      continue;
    }
    headers.push([name, origin === 'null' ? value : value.split(origin).join('{app}')]);
  }
  // A status a scenario cannot carry (a 1xx, or none) becomes a 502, as a gateway would answer.
  const status = response.status >= MIN_STATUS && response.status <= MAX_STATUS ? response.status : 502;
  return { status, headers };
}

export function checkToScenario(input: CheckInput, exchanges: readonly Exchange[]): Scenario {
  const preflight = exchanges.find((e) => e.kind === 'preflight' && e.response);
  const actual = exchanges.find((e) => e.kind === 'actual' && e.response);
  const typed = input.typedCredentials?.authorization;
  const scenario = checkScenario(
    { ...input, typedCredentials: typed ? { authorization: TYPED_AUTHORIZATION } : {} },
    {
      type: 'raw',
      preflight: preflight ? rawResponse(preflight.response!, preflight.request.url, input.origin) : { status: 204, headers: [] },
      actual: actual ? rawResponse(actual.response!, actual.request.url, input.origin) : { status: 200, headers: [] },
    },
  );
  const path = scenario.request.path.length > 512 ? scenario.request.path.slice(0, 512) : scenario.request.path;
  return { ...scenario, title: `Check of ${parseUrl(input.url)?.href ?? input.url} from ${input.origin}`, request: { ...scenario.request, path } };
}

/**
 * The engine's fix, found on the playground scenario; kept only when that
 * scenario fails the same way as the check (otherwise it would fix something else).
 */
export function playgroundFix(scenario: Scenario, check: Prediction): Fix | null {
  const model = playgroundPrediction(scenario);
  return model.verdict === check.verdict && model.corsError === check.corsError ? model.fix : null;
}

/** The engine's prediction for a scenario on the playground's own server (token-resolved, as the page sends it). */
export function playgroundPrediction(scenario: Scenario): Prediction {
  const requestUrl = apiUrl(PLAYGROUND.api, SESSION, 'check', scenario.request.path);
  return predict({ scenario, deployment: PLAYGROUND, requestUrl, serve: serverModel(scenario.server, PLAYGROUND), cookie: null });
}
