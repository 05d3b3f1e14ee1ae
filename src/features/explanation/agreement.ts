// Does the model agree with the real browser? Only facts both sides know
// exactly are compared: the outcome, which requests reached the server, and
// the status and type script saw. Readable headers are shown side by side but
// not compared: the real server adds transport lines (Content-Length,
// Connection) that the server model leaves out.
import type { Prediction } from '../../engine/types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';

export interface AgreementCheck {
  what: string;
  predicted: string;
  browser: string;
  agree: boolean;
}

export interface Agreement {
  agree: boolean;
  checks: AgreementCheck[];
}

const NOTHING = 'nothing';

function wireText(requests: readonly { kind: 'preflight' | 'actual'; method: string }[]): string {
  return requests.length ? requests.map((r) => (r.kind === 'preflight' ? `${r.method} (preflight)` : r.method)).join(' → ') : NOTHING;
}

/** The browser's own words for a rejection are compared too: the model claims them exactly. */
function scriptText(js: Prediction['js'] | RunResult): string {
  if ('kind' in js) return js.kind === 'error' ? `rejected: ${js.name}: ${js.message}` : `${js.type} response, status ${js.status}`;
  return js.settled === 'rejected' ? `rejected: ${js.name}: ${js.message}` : `${js.type} response, status ${js.status}`;
}

function check(what: string, predicted: string, browser: string): AgreementCheck {
  return { what, predicted, browser, agree: predicted === browser };
}

/** Null when there is nothing to compare with (the run itself did not complete). */
export function compareWithBrowser(prediction: Prediction, run: BrowserRun): Agreement | null {
  if (!run.outcome || !run.result) return null;
  const wire = (entries: readonly LoggedRequest[]) => entries.map((e) => ({ kind: e.kind, method: e.method }));
  const checks = [
    check('Outcome', prediction.verdict, run.outcome),
    check('Requests that reached the server', wireText(prediction.requests), wireText(wire(run.entries))),
    check('What fetch() gave script', scriptText(prediction.js), scriptText(run.result)),
  ];
  return { agree: checks.every((c) => c.agree), checks };
}
