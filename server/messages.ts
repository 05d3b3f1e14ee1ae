// The two halves of one exchange as the handler sees them: no sockets, no
// streams, just values (so the handler is tested without a network).
import type { HeaderList } from '../src/scenario/types.ts';
import type { WebSocketUpgrade } from './websocket.ts';

export interface HandlerRequest {
  /** The method token exactly as sent. */
  method: string;
  /** The request-target exactly as sent, e.g. /s/<session>/<config>/data?x=1 */
  target: string;
  /** In the order received, names as the client spelled them. */
  headers: HeaderList;
  body: Uint8Array;
  /** Whether the connection stays open after the answer (decides the Connection line the log records). */
  keepAlive: boolean;
  /** The peer's address (public mode's rate limit counts per client). */
  remoteAddress?: string;
  /** Set by the socket layer: why one more WebSocket may not open for a session now (null: it may). */
  webSocketRefusal?: (session: string) => { status: number; reason: string } | null;
}

/** What a handler answers, before framing. Header lines are written verbatim, in order. */
export interface HandlerResponse {
  status: number;
  headers: HeaderList;
  body: string | Uint8Array;
  /**
   * A body that goes on until the connection closes (server-sent events):
   * called once the head is written, with how to send more; returns how to stop.
   * The head then has no Content-Length and says Connection: close.
   */
  stream?: (send: (text: string) => void) => () => void;
  /** With status 101: the socket becomes this WebSocket once the head is written (websocket.ts). */
  upgrade?: WebSocketUpgrade;
}
