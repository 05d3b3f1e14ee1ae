// The exchange as two lanes, browser and server, drawn from what the server
// really recorded and what page JavaScript really got. The one thing no
// record can show is a preflight the browser answered from its own cache:
// that row comes from the model (or from a needed preflight that never arrived).
import type { Prediction } from '../../engine/types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { HeaderList } from '../../scenario/types.ts';
import { channelSentence } from '../../lib/channel-text.ts';

export interface TimelineRow {
  key: string;
  lane: 'browser' | 'server';
  /** to-server: an arrow from browser to server; to-browser: the answer back; none: stays in its lane. */
  direction: 'to-server' | 'to-browser' | 'none';
  tone: 'pass' | 'fail' | 'info';
  title: string;
  /** Header lines worth seeing at a glance, verbatim. */
  lines: string[];
}

const pick = (headers: HeaderList, names: readonly string[]) =>
  headers.filter(([n]) => names.includes(n.toLowerCase())).map(([n, v]) => `${n}: ${v}`);

const REQUEST_LINES = ['origin', 'access-control-request-method', 'access-control-request-headers'];
const isRedirect = (status: number) => status >= 300 && status < 400;

/**
 * A preflight the browser answered from its own cache: the model's record says
 * so, or the model would send one (the request is not simple) yet none reached
 * the server while the request itself did (the real cache held an answer).
 */
export function servedFromCache(prediction: Prediction | null, entries: readonly LoggedRequest[]): boolean {
  if (!prediction || entries.some((e) => e.kind === 'preflight')) return false;
  const { preflight } = prediction.decision;
  return preflight === 'cached' || (preflight === 'sent' && entries.some((e) => e.kind === 'actual'));
}

function requestRow(e: LoggedRequest): TimelineRow {
  const what = e.kind === 'preflight' ? 'Preflight' : e.redirected ? 'Request after the redirect' : 'Request';
  return {
    key: `req-${e.seq}`, lane: 'browser', direction: 'to-server', tone: 'info',
    title: `${what}: ${e.method} ${e.path}`,
    lines: [`Host: ${e.host}`, ...pick(e.headers, REQUEST_LINES)],
  };
}

function answerRow(e: LoggedRequest): TimelineRow {
  const { status, headers } = e.response;
  const location = headers.find(([n]) => n.toLowerCase() === 'location')?.[1];
  const title = isRedirect(status) && location ? `${status} redirect to ${location}` : `${status} answer`;
  const cors = headers.filter(([n]) => n.toLowerCase().startsWith('access-control-')).map(([n, v]) => `${n}: ${v}`);
  return {
    key: `res-${e.seq}`, lane: 'server', direction: 'to-browser', tone: 'info',
    title: `${title}${e.kind === 'preflight' ? ' to the preflight' : ''}`,
    lines: cors.length ? cors : ['(no Access-Control-* headers)'],
  };
}

function settledRow(result: RunResult | null, harnessError: string | null): TimelineRow {
  const base = { key: 'settled', lane: 'browser', direction: 'none' } as const;
  if (!result) return { ...base, tone: 'fail', title: `The run did not complete: ${harnessError ?? 'unknown error'}`, lines: [] };
  if (result.settled === 'rejected') return { ...base, tone: 'fail', title: `fetch() rejected: ${result.name}: ${result.message}`, lines: [] };
  if (result.settled === 'channel') return { ...base, tone: result.event === 'error' ? 'fail' : 'info', title: channelSentence(result), lines: result.messages };
  const opaque = result.type === 'opaque' || result.type === 'opaqueredirect';
  return { ...base, tone: opaque ? 'info' : 'pass', title: `fetch() resolved: ${result.type} response, status ${result.status}`, lines: [] };
}

const CACHED_ROW: TimelineRow = {
  key: 'cached-preflight', lane: 'browser', direction: 'none', tone: 'info',
  title: 'Preflight served from the browser’s cache',
  lines: ['No OPTIONS was sent: an earlier preflight answer still covers this request.'],
};

/** Nothing reached the server; when the model says Local Network Access refused it, its facts say why. */
function nothingSentRow(prediction: Prediction | null): TimelineRow {
  const error = prediction?.decision.error;
  const lines = error && 'resourceSpace' in error
    ? [`Chromium's Local Network Access check refused the request before connecting: the page is in the ${error.pageSpace} address space, the API in ${error.resourceSpace}${error.name === 'InvalidLocalNetworkAccess' ? `, and fetch() said ${error.targetSpace}` : ''} (as the model has it).`]
    : [];
  return { key: 'nothing-sent', lane: 'browser', direction: 'none', tone: 'info', title: 'Nothing reached the server', lines };
}

export function buildTimeline(
  entries: readonly LoggedRequest[],
  result: RunResult | null,
  harnessError: string | null,
  prediction: Prediction | null,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const cached = servedFromCache(prediction, entries);
  if (cached && !entries.some((e) => e.kind === 'actual')) rows.push(CACHED_ROW);
  for (const e of entries) {
    // The cached preflight stands where the OPTIONS would have gone: just before the first request.
    if (cached && e === entries.find((x) => x.kind === 'actual')) rows.push(CACHED_ROW);
    rows.push(requestRow(e), answerRow(e));
  }
  if (entries.length === 0 && !cached) rows.push(nothingSentRow(prediction));
  rows.push(settledRow(result, harnessError));
  return rows;
}
