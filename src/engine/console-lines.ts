// Every console line a browser engine prints for one failed request, in
// order: Chromium's one line (messages.ts), Firefox's (messages-gecko.ts),
// Safari's two (messages-webkit.ts). The algorithms decide the facts; this
// only picks each engine's words for them.
import type { HeaderList, RedirectMode } from '../scenario/types.ts';
import type { CorsError, NetworkErrorReason } from './decision.ts';
import { failedParameterOf } from './decision.ts';
import { getAll, getJoined, parseUrl, resolveLocation } from './http.ts';
import { isRedirect } from './preflight.ts';
import { corsConsoleMessage } from './messages.ts';
import { geckoCannotConnect, geckoCorsConsole, geckoNetworkConsole } from './messages-gecko.ts';
import { webkitCorsConsole, webkitNetworkConsole, webkitSandboxedForm, webkitWebSocketRefused } from './messages-webkit.ts';
import type { BrowserEngine } from './types.ts';

export interface FailureFacts {
  /** The URL fetch() was called with, and the URL of the response that failed. */
  initialUrl: string;
  lastUrl: string;
  pageOrigin: string;
  frameUrl: string;
  initiator?: string;
  /** The failing response's status and header lines. */
  status: number;
  headers: HeaderList;
  /** The request's header lines as the script wrote them. */
  requestHeaders: HeaderList;
  redirectMode: RedirectMode;
  /** keepalive: true (Firefox logs nothing for such a request). */
  keepalive: boolean;
  /** The request needs a preflight (a Local Network Access refusal then stops the preflight in its place). */
  preflightNeeded: boolean;
}

/** Where a failing redirect led: its first Location, resolved against its URL. */
function redirectTarget(f: FailureFacts): string | null {
  const location = getAll(f.headers, 'Location')[0];
  if (!isRedirect(f.status, f.headers) || location === undefined) return null;
  const base = parseUrl(f.lastUrl);
  return base ? (resolveLocation(location, base)?.href ?? null) : null;
}

/** What Chromium's reason quotes: the hint, or for Local Network Access the address spaces (target, then resource). */
function reasonParameters(error: CorsError): [string, string] {
  if (error.name === 'InvalidLocalNetworkAccess') return [error.targetSpace, error.resourceSpace];
  if ('resourceSpace' in error) return [error.resourceSpace, ''];
  return [failedParameterOf(error), ''];
}

/** The console lines for a CORS failure. */
export function corsConsole(engine: BrowserEngine, error: CorsError, f: FailureFacts): string[] {
  switch (engine) {
    case 'chromium': {
      const [x, y] = reasonParameters(error);
      return [corsConsoleMessage(error.name, x, f.lastUrl, f.initialUrl, f.pageOrigin, f.initiator, y)];
    }
    case 'gecko':
      // Gecko ≠ Chromium: a keepalive request's CORS failure is not logged to the page (observed: Firefox 153,
      // keepalive-header-refused).
      if (f.keepalive) return [];
      return geckoCorsConsole(error, {
        url: f.lastUrl, status: f.status, allowOriginLines: getAll(f.headers, 'Access-Control-Allow-Origin').length, followsRedirects: f.redirectMode === 'follow',
        preflightNeeded: f.preflightNeeded,
      });
    case 'webkit': {
      const refused = error.name === 'HeaderDisallowedByPreflightResponse' ? error.refused : [];
      const written = f.requestHeaders.find(([n]) => refused.includes(n.toLowerCase()))?.[0] ?? null;
      const list = error.name === 'InvalidAllowMethodsPreflightResponse' ? 'Access-Control-Allow-Methods' : 'Access-Control-Allow-Headers';
      return webkitCorsConsole(error, {
        lastUrl: f.lastUrl, status: f.status, headerAsWritten: written, allowListValue: getJoined(f.headers, list) ?? '', redirectTarget: redirectTarget(f),
        // Chromium's console calls an EventSource's request a "resource" (channels.ts sets the initiator).
        loader: f.initiator === 'resource' ? 'EventSource' : 'Fetch API',
      });
    }
  }
}

/** The console lines for a network error that is not a CORS check (Chromium's line comes from fetch.ts). */
export function networkConsole(engine: BrowserEngine, reason: NetworkErrorReason, chromiumMessage: string | null, f: FailureFacts): string[] {
  switch (engine) {
    case 'chromium': return chromiumMessage ? [chromiumMessage] : [];
    case 'gecko': return geckoNetworkConsole(reason, f.lastUrl, f.frameUrl);
    case 'webkit': return webkitNetworkConsole(reason, { url: f.lastUrl, pageOrigin: f.pageOrigin, redirected: f.initialUrl !== f.lastUrl });
  }
}

/** What failed outside fetch(): an EventSource's CORS check, a WebSocket handshake, a sandboxed form's submission. */
export type ChannelFailure = 'eventsource-cors' | 'websocket-refused' | 'form-sandboxed';

/**
 * The lines an engine prints for a channel's failure, after any CORS line (Chromium's WebSocket line is
 * channels.ts's; what is not listed printed nothing here).
 */
export function channelFailureConsole(engine: BrowserEngine, failure: ChannelFailure, url: string): string[] {
  if (engine === 'gecko' && failure !== 'form-sandboxed') return [geckoCannotConnect(url)];
  if (engine === 'webkit' && failure === 'websocket-refused') return [webkitWebSocketRefused(url)];
  if (engine === 'webkit' && failure === 'form-sandboxed') return [webkitSandboxedForm(url)];
  return [];
}
