// The messages between the playground page (the parent) and the runner page
// (an iframe on the origin the request comes from), and the parent's guards.
// The runner imports this file for its types only (`import type`): its bundle
// must import nothing at run time, because vite.config.ts inlines it into
// runner.html (a sandboxed, origin-"null" runner cannot fetch a module script
// without CORS headers). The runner's own guard is in accept-run.ts.
import type { CacheMode, CredentialsMode, HeaderList, RedirectMode, RequestMode } from '../scenario/types.ts';

/** How the runner builds the body: postMessage cannot carry a FormData we want to describe exactly. */
export type BodyDescription =
  | { type: 'none' }
  | { type: 'text'; text: string }
  | { type: 'urlencoded'; fields: HeaderList }
  | { type: 'multipart'; fields: HeaderList };

export interface RunInit {
  method: string;
  headers: HeaderList;
  body: BodyDescription;
  mode: RequestMode;
  credentials: CredentialsMode;
  cache: CacheMode;
  redirect: RedirectMode;
}

/** Everything page JavaScript can learn from a settled fetch(). */
export type RunResult =
  | {
      settled: 'resolved';
      status: number;
      statusText: string;
      type: ResponseType;
      url: string;
      redirected: boolean;
      headers: HeaderList;
      body: string;
      /** True when the body was longer than the runner reads (64 KiB). */
      bodyTruncated: boolean;
    }
  | { settled: 'rejected'; name: string; message: string };

export interface RunMessage {
  type: 'cors-playground:run';
  runId: string;
  url: string;
  init: RunInit;
}
export interface ResultMessage {
  type: 'cors-playground:result';
  runId: string;
  result: RunResult;
}
export interface ReadyMessage {
  type: 'cors-playground:ready';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isHeaderList(x: unknown): x is HeaderList {
  return Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');
}

export function isResultMessage(x: unknown): x is ResultMessage {
  if (!isRecord(x) || x.type !== 'cors-playground:result' || typeof x.runId !== 'string' || !isRecord(x.result)) return false;
  const r = x.result;
  if (r.settled === 'rejected') return typeof r.name === 'string' && typeof r.message === 'string';
  return r.settled === 'resolved' && typeof r.status === 'number' && isHeaderList(r.headers) && typeof r.body === 'string';
}

export function isReadyMessage(x: unknown): x is ReadyMessage {
  return isRecord(x) && x.type === 'cors-playground:ready';
}

/** The runner page's address for one origin; the parent's origin travels in the query. */
export function runnerUrl(runnerOrigin: string, parentOrigin: string): string {
  return `${runnerOrigin}/runner.html?parent=${encodeURIComponent(parentOrigin)}`;
}
