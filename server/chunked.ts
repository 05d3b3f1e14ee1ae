// An incremental reader of a chunked request body (RFC 9112 §7.1). It is fed
// the bytes after the head as they arrive and resumes where it stopped, so a
// client sending one byte at a time costs linear work, not quadratic.

export type ChunkedProgress =
  | { type: 'incomplete' }
  | { type: 'done'; body: Uint8Array; consumed: number }
  | { type: 'error'; status: 400 | 413; message: string };

const CRLF = Buffer.from('\r\n');
/** A chunk-size line (with extensions) or a trailer line longer than this is refused. */
const MAX_LINE = 4096;
const MAX_TRAILER_BYTES = 8192;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,8})[ \t]*(;.*)?$/;

export class ChunkedReader {
  private position = 0;
  private state: 'size' | 'data' | 'trailer' = 'size';
  private remaining = 0;
  private readonly parts: Buffer[] = [];
  private total = 0;
  private trailerBytes = 0;

  constructor(private readonly maxBodyBytes: number) {}

  /** `bytes` holds everything received after the head so far (a growing view). */
  advance(bytes: Buffer): ChunkedProgress {
    for (;;) {
      if (this.state === 'data') {
        // The chunk's data is followed by CRLF.
        if (bytes.length < this.position + this.remaining + 2) return { type: 'incomplete' };
        const end = this.position + this.remaining;
        if (bytes[end] !== 0x0d || bytes[end + 1] !== 0x0a) return bad('chunk data not followed by CRLF');
        this.parts.push(Buffer.from(bytes.subarray(this.position, end)));
        this.position = end + 2;
        this.state = 'size';
        continue;
      }
      const lineEnd = bytes.indexOf(CRLF, this.position);
      if (lineEnd < 0) {
        return bytes.length - this.position > MAX_LINE ? bad('chunk line too long') : { type: 'incomplete' };
      }
      const line = bytes.toString('latin1', this.position, lineEnd);
      this.position = lineEnd + 2;
      const step = this.state === 'size' ? this.readSizeLine(line) : this.readTrailerLine(line);
      if (step) return step;
    }
  }

  private readSizeLine(line: string): ChunkedProgress | null {
    const match = CHUNK_SIZE.exec(line);
    if (!match) return bad('malformed chunk size');
    const size = parseInt(match[1]!, 16);
    if (this.total + size > this.maxBodyBytes) {
      return { type: 'error', status: 413, message: `the body is larger than ${this.maxBodyBytes} bytes` };
    }
    this.total += size;
    if (size === 0) this.state = 'trailer';
    else {
      this.remaining = size;
      this.state = 'data';
    }
    return null;
  }

  private readTrailerLine(line: string): ChunkedProgress | null {
    if (line === '') return { type: 'done', body: Buffer.concat(this.parts), consumed: this.position };
    // Trailer fields are read and dropped: nothing in the playground uses them.
    this.trailerBytes += line.length + 2;
    if (this.trailerBytes > MAX_TRAILER_BYTES) return bad('trailer section too large');
    if (line.indexOf(':') <= 0) return bad('malformed trailer line');
    return null;
  }
}

function bad(message: string): ChunkedProgress {
  return { type: 'error', status: 400, message };
}
