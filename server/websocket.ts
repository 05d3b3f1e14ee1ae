// The API's WebSocket endpoint on the existing socket layer: the RFC 6455
// handshake (pure: it is an answer like any other, recorded in the request
// log) and, once the 101 is written, a small bounded session: the server
// greets, answers each text message, and ends. Bounded every way a page could
// hold it: message size, message count, lifetime, and sockets per session.
import { createHash } from 'node:crypto';
import type net from 'node:net';
import type { HeaderList } from '../src/scenario/types.ts';
import { headerValue } from './hosts.ts';

export const WS_LIMITS = {
  /** The largest message a client may send, in bytes; larger closes with 1009. */
  messageBytes: 1024,
  /** Messages a client may send before the server closes with 1008. */
  messages: 16,
  /** The server closes every WebSocket this long after it opened (1000, "time is up"). */
  lifetimeMs: 10_000,
  /** Open WebSockets per session; one more is answered 429. */
  perSession: 4,
  /** Open WebSockets in the whole process; one more is answered 503. */
  total: 256,
};

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** What the socket layer needs once the 101 is written. */
export interface WebSocketUpgrade {
  session: string;
  /** Sent as soon as the socket is open. */
  greeting: string;
  /** The answer to one text message from the page. */
  reply: (text: string) => string;
}

/** Is this request a WebSocket handshake at all (RFC 6455 4.2.1: GET, Upgrade: websocket)? */
export function isWebSocketHandshake(method: string, headers: HeaderList): boolean {
  return method === 'GET' && (headerValue(headers, 'upgrade') ?? '').toLowerCase() === 'websocket';
}

/** Why the handshake cannot be accepted (400), or null; the Sec-WebSocket-Accept value otherwise. */
export function handshakeAccept(headers: HeaderList): { ok: true; accept: string } | { ok: false; reason: string } {
  const connection = (headerValue(headers, 'connection') ?? '').toLowerCase().split(',').map((t) => t.trim());
  if (!connection.includes('upgrade')) return { ok: false, reason: 'Connection must include "Upgrade"' };
  if (headerValue(headers, 'sec-websocket-version') !== '13') return { ok: false, reason: 'Sec-WebSocket-Version must be 13' };
  const key = headerValue(headers, 'sec-websocket-key') ?? '';
  if (!/^[A-Za-z0-9+/]{22}==$/.test(key)) return { ok: false, reason: 'Sec-WebSocket-Key must be 16 bytes in base64' };
  return { ok: true, accept: createHash('sha1').update(key + GUID).digest('base64') };
}

/** Counts open WebSockets per session and in all, for one listener. */
export class WebSocketHub {
  private readonly open = new Map<string, number>();
  private total = 0;

  /** Null when one more may open for this session, else the status and reason to refuse it with. */
  refusal(session: string): { status: number; reason: string } | null {
    if (this.total >= WS_LIMITS.total) return { status: 503, reason: `the server holds ${WS_LIMITS.total} WebSockets already` };
    if ((this.open.get(session) ?? 0) >= WS_LIMITS.perSession) {
      return { status: 429, reason: `this session has ${WS_LIMITS.perSession} WebSockets open already` };
    }
    return null;
  }

  opened(session: string): void {
    this.open.set(session, (this.open.get(session) ?? 0) + 1);
    this.total++;
  }

  closed(session: string): void {
    const left = (this.open.get(session) ?? 1) - 1;
    if (left > 0) this.open.set(session, left);
    else this.open.delete(session);
    this.total--;
  }
}

/** One unmasked server frame (RFC 6455 5.2). */
export function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff]);
  return Buffer.concat([head, payload]);
}

function closeFrame(code: number, reason: string): Buffer {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return frame(0x8, payload);
}

type Parsed = { opcode: number; fin: boolean; payload: Buffer; size: number } | { incomplete: true } | { tooLarge: true };

/** The next client frame in `data` (clients must mask: RFC 6455 5.1). */
export function parseFrame(data: Buffer, maxPayload: number): Parsed {
  if (data.length < 2) return { incomplete: true };
  const fin = (data[0]! & 0x80) !== 0;
  const opcode = data[0]! & 0x0f;
  let length = data[1]! & 0x7f;
  let at = 2;
  if (length === 126) {
    if (data.length < 4) return { incomplete: true };
    length = data.readUInt16BE(2);
    at = 4;
  } else if (length === 127) return { tooLarge: true };
  if (length > maxPayload) return { tooLarge: true };
  const masked = (data[1]! & 0x80) !== 0;
  const maskAt = at;
  if (masked) at += 4;
  if (data.length < at + length) return { incomplete: true };
  const payload = Buffer.from(data.subarray(at, at + length));
  if (masked) for (let i = 0; i < length; i++) payload[i]! ^= data[maskAt + (i % 4)]!;
  return { opcode, fin, payload, size: at + length };
}

/** Runs one WebSocket on a socket whose 101 has just been written; `done` runs once, when it ends. */
export function runWebSocket(socket: net.Socket, upgrade: WebSocketUpgrade, done: () => void): void {
  let buffered = Buffer.alloc(0);
  let received = 0;
  let closing = false;
  const end = (code: number, reason: string) => {
    if (closing) return;
    closing = true;
    socket.write(closeFrame(code, reason));
    socket.end();
    // A peer that never answers the close frame is cut.
    setTimeout(() => socket.destroy(), 1000).unref();
  };
  const lifetime = setTimeout(() => end(1000, 'time is up'), WS_LIMITS.lifetimeMs);
  lifetime.unref();
  socket.once('close', () => {
    clearTimeout(lifetime);
    done();
  });
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (!closing) {
      const next = parseFrame(buffered, WS_LIMITS.messageBytes);
      if ('incomplete' in next) return;
      if ('tooLarge' in next) return end(1009, `messages are limited to ${WS_LIMITS.messageBytes} bytes`);
      buffered = buffered.subarray(next.size);
      if (next.opcode === 0x8) return end(1000, '');
      if (next.opcode === 0x9) socket.write(frame(0xa, next.payload));
      else if (next.opcode === 0xa) continue;
      else if (next.opcode !== 0x1 || !next.fin) return end(1003, 'only whole text messages are answered');
      else if (++received > WS_LIMITS.messages) return end(1008, `at most ${WS_LIMITS.messages} messages per WebSocket`);
      else socket.write(frame(0x1, Buffer.from(upgrade.reply(next.payload.toString('utf8')))));
    }
  });
  socket.write(frame(0x1, Buffer.from(upgrade.greeting)));
}
