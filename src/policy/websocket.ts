// Whether the API's WebSocket endpoint accepts a handshake. The browser never
// checks anything for a WebSocket (no CORS, no preflight): it sends Origin and
// the cookies, and whatever the server accepts, the page can use. So the
// server's own Origin check is the only lock; by default (wsCheckOrigin
// absent) it has none, as most WebSocket servers. Shared by the server and
// the engine's model.
import type { ServerSide } from '../scenario/types.ts';
import { allowedOriginFor } from './respond.ts';

/** The status the server refuses a handshake with when its Origin check fails. */
export const WEBSOCKET_REFUSED_STATUS = 403;

/** True when the server opens the WebSocket for a handshake carrying this Origin (null: none sent). */
export function websocketAccepts(server: ServerSide, origin: string | null): boolean {
  if (server.type !== 'policy' || !server.policy.wsCheckOrigin) return true;
  const allowed = allowedOriginFor(server.policy, origin);
  // "*" in the CORS rule means anyone; a reflected or listed origin is that origin.
  return allowed === '*' || (allowed !== null && allowed === origin);
}

/** What the server sends when the socket opens (and after each message it receives). */
export function websocketMessage(kind: 'welcome' | 'reply', path: string, user: unknown, received?: string): string {
  const base = kind === 'welcome' ? { type: kind, path } : { type: kind, path, received };
  return JSON.stringify(user ? { ...base, user } : base);
}
