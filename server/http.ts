// The thin adapter between node:net sockets and a request handler: feeds
// bytes to the parser, writes each answer (adding only Content-Length and
// Connection), and bounds how long a client may keep a socket busy.
import net from 'node:net';
import { DEFAULT_LIMITS, RequestParser, type ParseLimits } from './http-parse.ts';
import { framedHeaders, serializeResponse, unwritableReason, unwritableResponse } from './http-write.ts';
import type { HandlerRequest, HandlerResponse } from './messages.ts';
import { jsonError } from './responses.ts';
import { runWebSocket, WebSocketHub } from './websocket.ts';

/** An answer at once, or later (the shared record is read first): answers still go out in request order. */
export type RequestHandler = (request: HandlerRequest) => HandlerResponse | Promise<HandlerResponse>;

export interface HttpOptions {
  limits: ParseLimits;
  /** An open connection with no request under way is closed after this. */
  idleTimeoutMs: number;
  /** From the first byte of a request to the end of its head; then 408. */
  headersTimeoutMs: number;
  /** From the first byte of a request to the end of its body; then 408. */
  requestTimeoutMs: number;
  /** From a request's end to its answer, for the routes that answer later (the check's probe, the shared record); then 503. */
  answerTimeoutMs: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  limits: DEFAULT_LIMITS,
  idleTimeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // The check bounds its own probes (30 s for a whole audit, src/check/types.ts PROBE_LIMITS): this is the backstop.
  answerTimeoutMs: 45_000,
};

export interface HttpServer {
  server: net.Server;
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets answers in progress finish, and closes every connection within graceMs. */
  close(graceMs?: number): Promise<void>;
}

export function createHttpServer(handle: RequestHandler, options: HttpOptions = DEFAULT_HTTP_OPTIONS): HttpServer {
  const connections = new Set<Connection>();
  const websockets = new WebSocketHub();
  let closing = false;
  const server = net.createServer((socket) => {
    const connection = new Connection(socket, handle, options, () => closing, websockets);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  server.maxConnections = 512;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as net.AddressInfo).port);
        });
      }),
    close: (graceMs = 2000) =>
      new Promise((resolve) => {
        closing = true;
        server.close(() => resolve());
        for (const connection of connections) connection.closeIfIdle();
        setTimeout(() => connections.forEach((c) => c.destroy()), graceMs).unref();
      }),
  };
}

type Phase = 'idle' | 'head' | 'body' | 'answer' | 'write';

function checked(response: HandlerResponse): HandlerResponse {
  const reason = unwritableReason(response);
  return reason ? unwritableResponse(reason) : response;
}

/** The `error` field of the answers the adapter itself gives before any handler runs. */
const ERROR_CODES: Record<number, string> = {
  400: 'bad-request',
  408: 'request-timeout',
  413: 'body-too-large',
  431: 'head-too-large',
  501: 'not-implemented',
  505: 'version-not-supported',
};

class Connection {
  private readonly parser: RequestParser;
  private timer: NodeJS.Timeout | null = null;
  private phase: Phase | null = null;
  private requestStartedAt = 0;
  private continueSent = false;
  private ended = false;
  /** The method of the request whose body is awaited: a 408 to a HEAD carries no body. */
  private pendingMethod: string | undefined;
  /** An answer is being awaited: bytes that arrive meanwhile are parsed after it is written. */
  private busy = false;
  private stopStream: (() => void) | null = null;

  constructor(
    private readonly socket: net.Socket,
    private readonly handle: RequestHandler,
    private readonly options: HttpOptions,
    private readonly isClosing: () => boolean,
    private readonly websockets: WebSocketHub,
  ) {
    this.parser = new RequestParser(options.limits);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (this.ended) return;
      this.parser.push(chunk);
      if (!this.busy) this.answerWhatArrived();
    });
    // A reset by the peer is ordinary; without a listener it would crash the process.
    socket.on('error', () => this.destroy());
    socket.on('close', () => {
      this.clearTimer();
      this.stopStream?.();
      this.stopStream = null;
    });
    this.arm('idle');
  }

  closeIfIdle(): void {
    if (this.phase === 'idle' || this.stopStream) this.end();
  }

  destroy(): void {
    this.clearTimer();
    this.ended = true;
    this.stopStream?.();
    this.socket.destroy();
  }

  private answerWhatArrived(): void {
    while (!this.ended) {
      const outcome = this.parser.next();
      if (outcome.type === 'error') return this.fail(outcome.status, outcome.message, outcome.method);
      if (outcome.type === 'incomplete') {
        this.pendingMethod = outcome.head?.method;
        if (outcome.head?.expectsContinue && !this.continueSent) {
          this.continueSent = true;
          this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
        }
        return this.arm(outcome.head ? 'body' : this.parser.hasPartialRequest ? 'head' : 'idle');
      }
      this.continueSent = false;
      this.pendingMethod = undefined;
      this.requestStartedAt = 0;
      this.phase = null;
      const keepAlive = outcome.request.keepAlive && !this.isClosing();
      const request = { ...outcome.request, keepAlive, remoteAddress: this.socket.remoteAddress ?? '', webSocketRefusal: (s: string) => this.websockets.refusal(s) };
      const answer = this.answer(request);
      if (answer instanceof Promise) return this.writeWhenAnswered(answer, request);
      if (!this.written(answer, request)) return;
    }
  }

  /** Writes one answer; false when nothing more is read for now (closed, streaming, or waiting for drain). */
  private written(response: HandlerResponse, request: HandlerRequest): boolean {
    this.write(response, request.keepAlive, request.method);
    if (response.upgrade && response.status === 101) {
      this.becomeWebSocket(response.upgrade);
      return false;
    }
    if (response.stream && request.method !== 'HEAD') {
      this.startStream(response.stream);
      return false;
    }
    if (!request.keepAlive || response.stream) {
      this.end();
      return false;
    }
    if (this.socket.writableNeedDrain) {
      this.waitForDrain();
      return false;
    }
    return true;
  }

  /** Nothing more is read until the answer is written, so pipelined answers keep their order. */
  private writeWhenAnswered(answer: Promise<HandlerResponse>, request: HandlerRequest): void {
    this.busy = true;
    this.socket.pause();
    this.pendingMethod = request.method;
    this.arm('answer');
    void answer.then((response) => {
      this.busy = false;
      if (this.ended) return;
      if (!this.written(checked(response), request)) return;
      this.socket.resume();
      this.arm('idle');
      this.answerWhatArrived();
    }, (error: unknown) => {
      this.busy = false;
      if (!this.ended) this.fail(500, `the handler failed: ${String(error)}`, request.method);
    });
  }

  private startStream(stream: NonNullable<HandlerResponse['stream']>): void {
    this.clearTimer();
    this.phase = 'write';
    this.stopStream = stream((text) => {
      if (!this.ended) this.socket.write(text);
    });
    // Whatever the client sends now is not read: the stream ends with the connection.
    this.socket.pause();
  }

  private answer(request: HandlerRequest): HandlerResponse | Promise<HandlerResponse> {
    try {
      const response = this.handle(request);
      return response instanceof Promise ? response.then(checked) : checked(response);
    } catch (error) {
      return unwritableResponse(`the handler failed: ${String(error)}`);
    }
  }

  private write(response: HandlerResponse, keepAlive: boolean, method: string): void {
    this.socket.write(serializeResponse(response, framedHeaders(response, keepAlive), method));
  }

  /** From here on the socket speaks WebSocket frames (websocket.ts), no longer HTTP. */
  private becomeWebSocket(upgrade: NonNullable<HandlerResponse['upgrade']>): void {
    this.clearTimer();
    this.ended = true;
    this.websockets.opened(upgrade.session);
    runWebSocket(this.socket, upgrade, () => this.websockets.closed(upgrade.session));
  }

  /** A client that pipelines requests but does not read the answers is not read further until it does. */
  private waitForDrain(): void {
    this.socket.pause();
    this.arm('write');
    this.socket.once('drain', () => {
      this.socket.resume();
      this.answerWhatArrived();
    });
  }

  private fail(status: number, message: string, method = 'GET'): void {
    this.write(jsonError(status, ERROR_CODES[status] ?? 'bad-request', message), false, method);
    this.end();
  }

  private end(): void {
    this.clearTimer();
    this.ended = true;
    this.socket.end();
    // A peer that never closes its side would keep the socket half-open.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  /** One deadline at a time; the head and body deadlines count from the request's first byte. */
  private arm(phase: Phase): void {
    if (phase === this.phase && phase !== 'body' && phase !== 'head') return;
    if (phase === 'idle' || phase === 'write' || phase === 'answer') this.requestStartedAt = 0;
    else if (this.requestStartedAt === 0) this.requestStartedAt = Date.now();
    this.phase = phase;
    this.clearTimer();
    const { idleTimeoutMs, headersTimeoutMs, requestTimeoutMs, answerTimeoutMs } = this.options;
    const elapsed = Date.now() - this.requestStartedAt;
    const delay =
      phase === 'head' ? headersTimeoutMs - elapsed : phase === 'body' ? requestTimeoutMs - elapsed : phase === 'answer' ? answerTimeoutMs : idleTimeoutMs;
    this.timer = setTimeout(() => this.expire(phase), Math.max(0, delay));
    this.timer.unref();
  }

  private expire(phase: Phase): void {
    if (phase === 'idle' || phase === 'write') this.destroy();
    else if (phase === 'answer') this.fail(503, 'the answer took too long', this.pendingMethod);
    else this.fail(408, phase === 'head' ? 'the request head took too long' : 'the request took too long', this.pendingMethod);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
