// The messages between the playground page (the parent) and the runner page
// (an iframe on the origin the request comes from), and the parent's guards.
// The runner imports this file for its types only (`import type`): its bundle
// must import nothing at run time, because vite.config.ts inlines it into
// runner.html (a sandboxed, origin-"null" runner cannot fetch a module script
// without CORS headers). The runner's own guard is in accept-run.ts.
import type { AddressSpace, CacheMode, CredentialsMode, HeaderList, RedirectMode, ReferrerPolicyValue, RequestMode, Via } from '../scenario/types.ts';

/** How the runner builds the body: postMessage cannot carry a FormData we want to describe exactly. */
export type BodyDescription =
  | { type: 'none' }
  | { type: 'text'; text: string }
  | { type: 'urlencoded'; fields: HeaderList }
  | { type: 'multipart'; fields: HeaderList }
  | { type: 'blob'; text: string; blobType: string; name?: string } // a Blob, or a File when named
  | { type: 'arraybuffer'; text: string } // the text's UTF-8 bytes as an ArrayBuffer
  | { type: 'stream'; text: string }; //    a ReadableStream of them (duplex: 'half')

export interface RunInit {
  method: string;
  headers: HeaderList;
  body: BodyDescription;
  mode: RequestMode;
  credentials: CredentialsMode;
  cache: CacheMode;
  redirect: RedirectMode;
  /** What makes the request (absent: fetch()); see channels.ts. */
  via?: Via;
  // fetch() options, each absent when it is the default.
  keepalive?: boolean;
  referrerPolicy?: ReferrerPolicyValue;
  referrer?: string;
  /** Chromium's Local Network Access option (other browsers ignore it). */
  targetAddressSpace?: AddressSpace;
}

/**
 * What page script can learn when something other than fetch() made the
 * request: the element's or the API's events, never the response itself
 * (img, script, form), or the messages (EventSource, WebSocket).
 */
export interface ChannelResult {
  settled: 'channel';
  via: Exclude<Via, 'fetch'>;
  /**
   * load: the image rendered (naturalWidth), the script ran, the form's answer
   * loaded in its frame (unreadable); message: the EventSource or WebSocket
   * delivered messages; open: the WebSocket opened but said nothing; error.
   */
  event: 'load' | 'message' | 'open' | 'error';
  /** Message texts received (EventSource, WebSocket), at most 16. */
  messages: string[];
  /** The image's naturalWidth (img only; 0 when it did not load). */
  naturalWidth?: number;
  /** Whether page script could read the answer's content (always false for img, script, form). */
  readable: boolean;
  /** The close code of a WebSocket, or what the runner saw last. */
  detail: string;
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
  | { settled: 'rejected'; name: string; message: string }
  | ChannelResult;

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
  if (r.settled === 'channel') return typeof r.via === 'string' && typeof r.event === 'string' && Array.isArray(r.messages) && r.messages.every((m) => typeof m === 'string');
  return r.settled === 'resolved' && typeof r.status === 'number' && isHeaderList(r.headers) && typeof r.body === 'string';
}

export function isReadyMessage(x: unknown): x is ReadyMessage {
  return isRecord(x) && x.type === 'cors-playground:ready';
}

/** The runner page's address for one origin; the parent's origin travels in the query. */
export function runnerUrl(runnerOrigin: string, parentOrigin: string): string {
  return `${runnerOrigin}/runner.html?parent=${encodeURIComponent(parentOrigin)}`;
}
