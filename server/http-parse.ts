// Turns the bytes of one connection into requests, one after another
// (keep-alive and pipelining), with bounded head and body sizes. No sockets
// here: the connection adapter (http.ts) pushes bytes and asks for requests.
import type { HeaderList } from '../src/scenario/types.ts';
import { ChunkedReader } from './chunked.ts';
import { parseHead, type RequestHead } from './http-head.ts';

export interface ParsedRequest {
  method: string;
  target: string;
  version: '1.0' | '1.1';
  headers: HeaderList;
  body: Uint8Array;
  keepAlive: boolean;
}

export interface ParseLimits {
  /** Request line + header lines + the blank line; beyond it: 431. */
  maxHeadBytes: number;
  /** Beyond it: 413. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxHeadBytes: 32 * 1024, maxBodyBytes: 1024 * 1024 };

export type ParseOutcome =
  | { type: 'incomplete'; head: RequestHead | null }
  | { type: 'request'; request: ParsedRequest }
  /** `method`: the request's, when its request line was read (a HEAD is answered without a body). */
  | { type: 'error'; status: 400 | 408 | 413 | 431 | 501 | 505; message: string; method?: string };

const HEAD_END = Buffer.from('\r\n\r\n');
/** The buffer a connection starts with, and shrinks back to once a large request is done. */
const INITIAL_CAPACITY = 4096;

export class RequestParser {
  private bytes = Buffer.alloc(INITIAL_CAPACITY);
  private start = 0;
  private end = 0;
  /** Where the search for the end of the head resumes. */
  private scanFrom = 0;
  private head: RequestHead | null = null;
  private headLength = 0;
  private chunked: ChunkedReader | null = null;
  private failed: ParseOutcome | null = null;

  constructor(private readonly limits: ParseLimits = DEFAULT_LIMITS) {}

  push(chunk: Uint8Array): void {
    if (this.end + chunk.length > this.bytes.length) this.makeRoom(chunk.length);
    this.bytes.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** How many bytes the buffer holds room for (it grows for a large request and shrinks after it). */
  get capacity(): number {
    return this.bytes.length;
  }

  /** True when some bytes of a request not yet returned have arrived. */
  get hasPartialRequest(): boolean {
    return this.end > this.start;
  }

  /**
   * The next whole request, removed from the buffer; or what is still
   * missing; or why the connection must be answered with an error and closed
   * (after an error, every later call repeats it).
   */
  next(): ParseOutcome {
    if (this.failed) return this.failed;
    const outcome = this.head ? this.readBody(this.head) : this.readHead();
    if (outcome.type === 'error') this.failed = outcome;
    return outcome;
  }

  private readHead(): ParseOutcome {
    this.skipLeadingEmptyLines();
    const view = this.view();
    const index = view.indexOf(HEAD_END, this.scanFrom);
    if (index < 0) {
      if (view.length > this.limits.maxHeadBytes) return tooLarge();
      this.scanFrom = Math.max(0, view.length - (HEAD_END.length - 1));
      return { type: 'incomplete', head: null };
    }
    if (index + HEAD_END.length > this.limits.maxHeadBytes) return tooLarge();
    const head = parseHead(view.toString('latin1', 0, index), this.limits.maxBodyBytes);
    if ('message' in head) return { type: 'error', ...head };
    this.head = head;
    this.headLength = index + HEAD_END.length;
    if (head.body.type === 'chunked') this.chunked = new ChunkedReader(this.limits.maxBodyBytes);
    return this.readBody(head);
  }

  private readBody(head: RequestHead): ParseOutcome {
    const afterHead = this.view().subarray(this.headLength);
    if (head.body.type === 'chunked') {
      const progress = this.chunked!.advance(afterHead);
      if (progress.type === 'done') return this.finish(head, progress.body, progress.consumed);
      return progress.type === 'incomplete' ? { type: 'incomplete', head } : { ...progress, method: head.method };
    }
    const length = head.body.type === 'length' ? head.body.length : 0;
    if (afterHead.length < length) return { type: 'incomplete', head };
    return this.finish(head, Buffer.from(afterHead.subarray(0, length)), length);
  }

  private finish(head: RequestHead, body: Uint8Array, bodyLength: number): ParseOutcome {
    this.start += this.headLength + bodyLength;
    if (this.start === this.end) this.start = this.end = 0;
    this.shrink();
    this.head = null;
    this.chunked = null;
    this.headLength = 0;
    this.scanFrom = 0;
    const { method, target, version, headers, keepAlive } = head;
    return { type: 'request', request: { method, target, version, headers, body, keepAlive } };
  }

  /** RFC 9112 §2.2: a server should ignore empty lines received before a request line. */
  private skipLeadingEmptyLines(): void {
    while (this.end - this.start >= 2 && this.bytes[this.start] === 0x0d && this.bytes[this.start + 1] === 0x0a) {
      this.start += 2;
    }
  }

  private view(): Buffer {
    return this.bytes.subarray(this.start, this.end);
  }

  /**
   * After a large request (a body of up to maxBodyBytes), a kept-alive
   * connection would otherwise hold twice that for as long as it stays open:
   * once what is left fits, go back to the initial size.
   */
  private shrink(): void {
    const used = this.end - this.start;
    if (this.bytes.length <= INITIAL_CAPACITY || used > INITIAL_CAPACITY) return;
    const next = Buffer.alloc(INITIAL_CAPACITY);
    this.bytes.copy(next, 0, this.start, this.end);
    this.bytes = next;
    this.start = 0;
    this.end = used;
  }

  private makeRoom(extra: number): void {
    const used = this.end - this.start;
    const capacity = Math.max(this.bytes.length, used + extra);
    const next = capacity > this.bytes.length ? Buffer.alloc(Math.max(capacity, this.bytes.length * 2)) : this.bytes;
    this.bytes.copy(next, 0, this.start, this.end);
    this.bytes = next;
    this.start = 0;
    this.end = used;
  }
}

function tooLarge(): ParseOutcome {
  return { type: 'error', status: 431, message: 'the request head is too large' };
}
