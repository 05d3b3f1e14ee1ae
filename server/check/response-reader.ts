// An HTTP/1.x response read from bytes as they arrive: informational (1xx)
// answers skipped, the head kept line for line, the body framed by
// Content-Length, chunked coding or the end of the connection, and cut at the
// body limit (the head and the status are what a check needs).
import type { HeaderList } from '../../src/scenario/types.ts';
import type { ProbeErrorKind, RecordedResponse } from '../../src/check/types.ts';

export type ReadState =
  | { kind: 'more' }
  | { kind: 'done'; response: RecordedResponse }
  | { kind: 'error'; error: ProbeErrorKind; message: string };

interface Head {
  status: number;
  statusText: string;
  headers: HeaderList;
}

const MORE: ReadState = { kind: 'more' };

export class ResponseReader {
  private buffer = Buffer.alloc(0);
  private head: Head | null = null;
  private body: Buffer[] = [];
  private bodyLength = 0;
  /** Body bytes the framing announces, or null (chunked, or until close). */
  private expected: number | null = null;
  private chunked = false;

  constructor(private readonly method: string, private readonly limits: { headBytes: number; bodyBytes: number }) {}

  push(chunk: Buffer): ReadState {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    return this.advance();
  }

  /** The peer closed: a body framed by the close is complete. */
  end(): ReadState {
    const state = this.advance();
    if (state.kind !== 'more' || !this.head) return state;
    if (this.expected === null && !this.chunked) {
      this.take(this.buffer);
      return this.done(false);
    }
    return { kind: 'error', error: 'bad-response', message: 'the connection closed in the middle of the body' };
  }

  private advance(): ReadState {
    while (!this.head) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        return this.buffer.length > this.limits.headBytes
          ? { kind: 'error', error: 'too-big', message: `the response head is over ${this.limits.headBytes} bytes` }
          : MORE;
      }
      if (end > this.limits.headBytes) return { kind: 'error', error: 'too-big', message: `the response head is over ${this.limits.headBytes} bytes` };
      const parsed = parseHead(this.buffer.subarray(0, end).toString('latin1'));
      this.buffer = this.buffer.subarray(end + 4);
      if (typeof parsed === 'string') return { kind: 'error', error: 'bad-response', message: parsed };
      if (parsed.status >= 100 && parsed.status < 200) continue; // 100 Continue, 103 Early Hints: the answer follows
      this.head = parsed;
      if (this.method === 'HEAD' || parsed.status === 204 || parsed.status === 304) return this.done(false);
      const te = parsed.headers.find(([n]) => n.toLowerCase() === 'transfer-encoding')?.[1] ?? '';
      const cl = parsed.headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1];
      if (/chunked\s*$/i.test(te)) this.chunked = true;
      else if (cl !== undefined) {
        if (!/^\s*\d{1,15}\s*$/.test(cl)) return { kind: 'error', error: 'bad-response', message: `Content-Length is not a number: ${cl}` };
        this.expected = Number(cl);
      }
    }
    return this.chunked ? this.readChunks() : this.readPlain();
  }

  private readPlain(): ReadState {
    if (this.expected === null) {
      this.take(this.buffer);
      this.buffer = Buffer.alloc(0);
      return this.bodyLength > this.limits.bodyBytes ? this.done(true) : MORE;
    }
    const want = this.expected - this.bodyLength;
    this.take(this.buffer.subarray(0, want));
    this.buffer = this.buffer.subarray(Math.min(want, this.buffer.length));
    if (this.bodyLength >= this.expected) return this.done(false);
    return this.bodyLength > this.limits.bodyBytes ? this.done(true) : MORE;
  }

  private readChunks(): ReadState {
    for (;;) {
      const line = this.buffer.indexOf('\r\n');
      if (line < 0) return this.buffer.length > 1024 ? { kind: 'error', error: 'bad-response', message: 'a chunk size line is too long' } : MORE;
      const size = parseInt(this.buffer.subarray(0, line).toString('latin1').split(';')[0]!.trim(), 16);
      if (!Number.isFinite(size) || size < 0) return { kind: 'error', error: 'bad-response', message: 'a chunk size is not a hexadecimal number' };
      if (size === 0) return this.done(false); // trailers, if any, are not needed
      if (this.buffer.length < line + 2 + size + 2) {
        if (this.bodyLength + this.buffer.length > this.limits.bodyBytes) {
          this.take(this.buffer.subarray(line + 2));
          return this.done(true);
        }
        return MORE;
      }
      this.take(this.buffer.subarray(line + 2, line + 2 + size));
      this.buffer = this.buffer.subarray(line + 2 + size + 2);
      if (this.bodyLength > this.limits.bodyBytes) return this.done(true);
    }
  }

  private take(bytes: Buffer): void {
    const room = Math.max(0, this.limits.bodyBytes - this.bodyLength);
    this.body.push(bytes.subarray(0, room));
    this.bodyLength += bytes.length;
  }

  private done(truncated: boolean): ReadState {
    const head = this.head!;
    const body = Buffer.concat(this.body);
    return {
      kind: 'done',
      response: {
        status: head.status, statusText: head.statusText, headers: head.headers,
        body: body.toString('utf8'), bodyBytes: this.expected ?? this.bodyLength, bodyTruncated: truncated || this.bodyLength > body.length,
      },
    };
  }
}

function parseHead(text: string): Head | string {
  const [statusLine, ...lines] = text.split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(statusLine ?? '');
  if (!m) return `not an HTTP/1.x status line: ${JSON.stringify((statusLine ?? '').slice(0, 80))}`;
  const headers: HeaderList = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1]![1] += ' ' + line.trim(); // obsolete line folding
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return `a header line without a name: ${JSON.stringify(line.slice(0, 80))}`;
    headers.push([line.slice(0, colon), line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')]);
  }
  return { status: Number(m[1]), statusText: m[2] ?? '', headers };
}
