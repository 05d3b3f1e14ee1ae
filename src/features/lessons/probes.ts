// A probe's facts, read from one real run only (what page JavaScript got and
// what the server recorded), and compared with what the lesson expects. The
// engine's prediction is never read here: a lesson passes on the real browser.
import type { Probe, ProbeExpectation } from '../../lessons/types.ts';
import type { Scenario } from '../../scenario/types.ts';
import { carriesLoginCookie } from '../../scenario/victim.ts';
import type { RunReport } from '../../run/run-scenario.ts';
import { readsPrivateData } from '../../lib/leak.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';

/** The learner's scenario as this probe runs it: the probe's origin and request fields on top, the server side untouched. */
export function probeScenario(current: Scenario, probe: Probe): Scenario {
  return { ...current, request: { ...current.request, ...probe.request, from: probe.from } };
}

export interface ProbeFacts {
  outcome: ProbeExpectation['outcome'] | null;
  preflight: 'sent' | 'none';
  readsPrivateData: boolean;
  cookie: 'sent' | 'not-sent';
  /** The status page JavaScript read; null when fetch() did not resolve. */
  status: number | null;
  /** Response header names page JavaScript could read, lower-case. */
  readableHeaders: string[];
  /** What page script saw of an <img>, <script>, form, EventSource or WebSocket; null for fetch(). */
  channelEvent: ProbeExpectation['channelEvent'] | null;
  /** Set when the harness itself failed (the runner did not answer). */
  harnessError: string | null;
}

export function probeFacts(report: RunReport): ProbeFacts {
  const actual = report.entries.filter((e) => e.kind === 'actual').at(-1);
  const result = report.result;
  return {
    outcome: report.outcome,
    preflight: report.entries.some((e) => e.kind === 'preflight') ? 'sent' : 'none',
    readsPrivateData: readsPrivateData(result),
    cookie: actual && carriesLoginCookie(actual.headers) ? 'sent' : 'not-sent',
    status: result?.settled === 'resolved' ? result.status : null,
    readableHeaders: result?.settled === 'resolved' ? result.headers.map(([name]) => name.toLowerCase()) : [],
    channelEvent: result?.settled === 'channel' ? result.event : null,
    harnessError: report.harnessError,
  };
}

const outcomeWords = (o: ProbeFacts['outcome']) => (o ? VERDICT_TEXT[o].title.toLowerCase() : 'the run did not complete');
const readable = (facts: ProbeFacts, name: string) => facts.readableHeaders.includes(name.toLowerCase());

/** Each unmet expectation, in words (what was expected, what the browser did); empty when the probe passes. */
export function unmetExpectations(expect: ProbeExpectation, facts: ProbeFacts): string[] {
  const out: string[] = [];
  if (facts.outcome !== expect.outcome) out.push(`expected ${outcomeWords(expect.outcome)}, the browser gave ${outcomeWords(facts.outcome)}`);
  if (expect.preflight && facts.preflight !== expect.preflight) {
    out.push(expect.preflight === 'sent' ? 'expected a preflight, none reached the server' : 'expected no preflight, the server got one');
  }
  if (expect.readsPrivateData !== undefined && facts.readsPrivateData !== expect.readsPrivateData) {
    out.push(expect.readsPrivateData ? 'expected the page to read the user’s private data, it could not' : 'the page read the user’s private data');
  }
  if (expect.cookie && facts.cookie !== expect.cookie) {
    out.push(expect.cookie === 'sent' ? 'expected the login cookie on the request, it was not sent' : 'the login cookie was sent');
  }
  if (expect.status !== undefined && facts.status !== expect.status) {
    out.push(`expected JavaScript to read the status ${expect.status}, it read ${facts.status ?? 'no status'}`);
  }
  if (expect.channelEvent && facts.channelEvent !== expect.channelEvent) {
    out.push(`expected page script to see ${expect.channelEvent}, it saw ${facts.channelEvent ?? 'no such event'}`);
  }
  const h = expect.readableHeader;
  if (h && readable(facts, h.name) !== h.readable) {
    out.push(h.readable ? `JavaScript could not read ${h.name}` : `JavaScript could read ${h.name}`);
  }
  return out;
}

/** What the browser really did in this probe, in one line. */
export function describeFacts(facts: ProbeFacts): string {
  if (!facts.outcome) return `The run did not complete: ${facts.harnessError ?? 'no answer from the runner'}.`;
  const parts = [VERDICT_TEXT[facts.outcome].title, facts.preflight === 'sent' ? 'a preflight was sent' : 'no preflight'];
  if (facts.cookie === 'sent') parts.push('the login cookie went');
  if (facts.readsPrivateData) parts.push('JavaScript read the user’s private data');
  return `${parts.join('; ')}.`;
}
