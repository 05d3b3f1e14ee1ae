// The fix as a middleware configuration (policy mode), so it can be written
// in the recognised framework's own code (src/export/): the origin, method,
// headers and credentials this request needs, checked by the engine on the
// playground before it is offered.
import { getJoined } from '../engine/http.ts';
import type { Prediction } from '../engine/types.ts';
import { DEFAULT_POLICY } from '../scenario/defaults.ts';
import type { Policy, Scenario } from '../scenario/types.ts';
import { playgroundPrediction } from './to-scenario.ts';
import type { CheckInput, PolicyFix, RecognisedFramework } from './types.ts';

/** Errors a CORS configuration fixes (a redirect or a refused scheme is not one). */
const CONFIGURABLE = /AllowOrigin|Wildcard|AllowCredentials|Allow(Methods|Headers)|DisallowedByPreflight|PreflightInvalidStatus|MissingAllowOrigin/;

export function policyFix(input: CheckInput, scenario: Scenario, prediction: Prediction, framework: RecognisedFramework | null): PolicyFix | null {
  if (prediction.verdict !== 'cors-error' || !CONFIGURABLE.test(prediction.corsError ?? '') || input.origin === 'null') return null;
  const preflight = prediction.requests.find((r) => r.kind === 'preflight');
  const asked = preflight ? (getJoined(preflight.headers, 'Access-Control-Request-Headers') ?? '').split(',').filter((h) => h !== '') : [];
  const method = scenario.request.method;
  const policy: Policy = {
    ...DEFAULT_POLICY,
    allowOrigin: { type: 'list', origins: ['{app}'] },
    allowMethods: { type: 'list', values: [...new Set(['GET', 'HEAD', 'POST', method])] },
    allowHeaders: { type: 'list', values: asked },
    allowCredentials: scenario.request.credentials === 'include',
  };
  const fixed: Scenario = { ...scenario, server: { type: 'policy', policy } };
  if (playgroundPrediction(fixed).verdict !== 'ok') return null;
  return { scenario: fixed, exportTarget: framework?.id && EXPORTABLE.has(framework.id) ? framework.id : null };
}

const EXPORTABLE = new Set(['express', 'fastapi', 'spring-filter', 'go', 'nginx']);
