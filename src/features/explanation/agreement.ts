// Does the model agree with the real browser? Only facts both sides know
// exactly are compared: the outcome, which requests reached the server, the
// status and type script saw, and whether the login cookie went (the server's
// record shows each request's Cookie header). Readable headers are shown side by side but
// not compared: the real server adds transport lines (Content-Length,
// Connection) that the server model leaves out.
import type { Prediction } from '../../engine/types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import { carriesLoginCookie } from '../../scenario/victim.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';

export interface AgreementCheck {
  what: string;
  predicted: string;
  browser: string;
  agree: boolean;
  /** Why the two may differ without the model being wrong (a browser setting decides). */
  note?: string;
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
  if (js.settled === 'channel') return `${js.via}: ${js.event}`;
  return js.settled === 'rejected' ? `rejected: ${js.name}: ${js.message}` : `${js.type} response, status ${js.status}`;
}

function check(what: string, predicted: string, browser: string): AgreementCheck {
  return { what, predicted, browser, agree: predicted === browser };
}

const yesNo = (sent: boolean) => (sent ? 'yes' : 'no');

/**
 * The login cookie on each actual request, model vs record. Where the
 * third-party-cookie setting decides, the model says what a browser that
 * blocks them does, and a browser that allows them is not a model bug: the
 * note says so.
 */
function cookieCheck(prediction: Prediction, entries: readonly LoggedRequest[]): AgreementCheck {
  const predicted = prediction.requests.filter((r) => r.kind === 'actual').map((r) => r.cookie);
  const observed = entries.filter((e) => e.kind === 'actual').map((e) => carriesLoginCookie(e.headers));
  const text = (values: string[]) => values.join(' → ') || 'no request';
  const predictedText = text(predicted.map((d) => (d.settingDecides ? 'no (third-party cookies blocked)' : yesNo(d.cookie === 'sent'))));
  const sameLength = predicted.length === observed.length;
  const agree = sameLength && predicted.every((d, i) => d.settingDecides || (d.cookie === 'sent') === observed[i]);
  const allowed = sameLength && predicted.some((d, i) => d.settingDecides && observed[i]);
  return {
    what: 'Login cookie sent', predicted: predictedText, browser: text(observed.map(yesNo)), agree,
    ...(allowed ? { note: 'your browser allows third-party cookies: a setting decides here, not a rule' } : {}),
  };
}

/** Null when there is nothing to compare with (the run itself did not complete). */
export function compareWithBrowser(prediction: Prediction, run: BrowserRun): Agreement | null {
  if (!run.outcome || !run.result) return null;
  const wire = (entries: readonly LoggedRequest[]) => entries.map((e) => ({ kind: e.kind, method: e.method }));
  const checks = [
    check('Outcome', prediction.verdict, run.outcome),
    check('Requests that reached the server', wireText(prediction.requests), wireText(wire(run.entries))),
    check('What fetch() gave script', scriptText(prediction.js), scriptText(run.result)),
    cookieCheck(prediction, run.entries),
  ];
  return { agree: checks.every((c) => c.agree), checks };
}
