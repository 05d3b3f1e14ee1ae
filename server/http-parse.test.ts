import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, RequestParser, type ParseOutcome } from './http-parse.ts';

const LIMITS = { maxHeadBytes: 1024, maxBodyBytes: 64 };

function parseAll(text: string | Buffer, limits = LIMITS): ParseOutcome[] {
  const parser = new RequestParser(limits);
  parser.push(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);
  const outcomes: ParseOutcome[] = [];
  for (;;) {
    const outcome = parser.next();
    outcomes.push(outcome);
    if (outcome.type !== 'request') return outcomes;
  }
}

function onlyRequest(text: string) {
  const [first, second] = parseAll(text);
  if (first?.type !== 'request') throw new Error(`expected a request, got ${JSON.stringify(first)}`);
  expect(second).toEqual({ type: 'incomplete', head: null });
  return first.request;
}

function errorOf(text: string | Buffer, limits = LIMITS) {
  const last = parseAll(text, limits).at(-1);
  return last?.type === 'error' ? last.status : `no error: ${last?.type}`;
}

describe('request line and headers', () => {
  it('keeps any method token exactly as sent', () => {
    for (const method of ['patch', 'Patch', 'chicken', 'PATCH', 'M-SEARCH']) {
      expect(onlyRequest(`${method} /x HTTP/1.1\r\nHost: a\r\n\r\n`).method).toBe(method);
    }
  });

  it('keeps header lines in order, duplicates and spelling included, values trimmed', () => {
    const request = onlyRequest(
      'GET /p?q=1 HTTP/1.1\r\nHost: api.localhost:8787\r\nX-B:  two \r\nx-a:\tone\r\nX-B: three\r\nEmpty:\r\n\r\n',
    );
    expect(request.target).toBe('/p?q=1');
    expect(request.headers).toEqual([
      ['Host', 'api.localhost:8787'],
      ['X-B', 'two'],
      ['x-a', 'one'],
      ['X-B', 'three'],
      ['Empty', ''],
    ]);
  });

  it('reads header bytes as Latin-1, one character per byte', () => {
    const head = Buffer.concat([Buffer.from('GET / HTTP/1.1\r\nHost: a\r\nX-Name: caf'), Buffer.from([0xe9]), Buffer.from('\r\n\r\n')]);
    const [outcome] = parseAll(head);
    expect(outcome?.type === 'request' && outcome.request.headers[1]).toEqual(['X-Name', 'café']);
  });

  it('ignores empty lines before a request line', () => {
    expect(onlyRequest('\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n').method).toBe('GET');
  });

  it.each([
    ['a method that is not a token', 'GE(T / HTTP/1.1\r\nHost: a\r\n\r\n', 400],
    ['a missing version', 'GET /\r\nHost: a\r\n\r\n', 400],
    ['two spaces in the request line', 'GET  / HTTP/1.1\r\nHost: a\r\n\r\n', 400],
    ['a control character in the target', 'GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n', 400],
    ['HTTP/2.0', 'GET / HTTP/2.0\r\nHost: a\r\n\r\n', 505],
    ['no Host', 'GET / HTTP/1.1\r\nX: y\r\n\r\n', 400],
    ['two Host lines', 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n', 400],
    ['a header line without a colon', 'GET / HTTP/1.1\r\nHost: a\r\nnocolon\r\n\r\n', 400],
    ['a space before the colon', 'GET / HTTP/1.1\r\nHost: a\r\nX-A : b\r\n\r\n', 400],
    ['a folded header line', 'GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n', 400],
    ['a bare LF inside the head', 'GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n', 400],
    ['a NUL in a value', 'GET / HTTP/1.1\r\nHost: a\r\nX: b\0c\r\n\r\n', 400],
    ['a non-numeric Content-Length', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n', 400],
    ['conflicting Content-Lengths', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 400],
    ['an empty Content-Length', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n', 400],
    ['Content-Length and chunked together', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n', 400],
    ['a transfer coding other than chunked', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n', 501],
    ['a Content-Length over the body limit', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 65\r\n\r\n', 413],
  ])('refuses %s', (_name, text, status) => {
    expect(errorOf(text)).toBe(status);
  });

  it('answers 431 to a head over the limit, complete or not', () => {
    const long = `GET / HTTP/1.1\r\nHost: a\r\nX-Long: ${'a'.repeat(1100)}`;
    expect(errorOf(long)).toBe(431);
    expect(errorOf(`${long}\r\n\r\n`)).toBe(431);
  });

  it('keeps failing after an error, so nothing after it is read as a request', () => {
    const parser = new RequestParser(LIMITS);
    parser.push(Buffer.from('BAD\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n'));
    expect(parser.next().type).toBe('error');
    expect(parser.next().type).toBe('error');
  });
});

describe('connection reuse', () => {
  it('keeps HTTP/1.1 open unless Connection: close, and HTTP/1.0 closed unless keep-alive', () => {
    expect(onlyRequest('GET / HTTP/1.1\r\nHost: a\r\n\r\n').keepAlive).toBe(true);
    expect(onlyRequest('GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n').keepAlive).toBe(false);
    expect(onlyRequest('GET / HTTP/1.0\r\nHost: a\r\n\r\n').keepAlive).toBe(false);
    expect(onlyRequest('GET / HTTP/1.0\r\nHost: a\r\nConnection: keep-alive\r\n\r\n').keepAlive).toBe(true);
  });

  it('returns pipelined requests one after another, each with its own body', () => {
    const outcomes = parseAll(
      'POST /1 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc' +
        'patch /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
        'PUT /3 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nx',
    );
    const requests = outcomes.flatMap((o) => (o.type === 'request' ? [o.request] : []));
    expect(requests.map((r) => [r.method, r.target, Buffer.from(r.body).toString()])).toEqual([
      ['POST', '/1', 'abc'],
      ['patch', '/2', ''],
    ]);
    // The third request waits for its second body byte.
    expect(outcomes.at(-1)).toMatchObject({ type: 'incomplete', head: { method: 'PUT' } });
  });

  it('assembles a request that arrives one byte at a time', () => {
    const text = 'PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello';
    const parser = new RequestParser(LIMITS);
    const types: string[] = [];
    for (const byte of Buffer.from(text)) {
      parser.push(Buffer.from([byte]));
      types.push(parser.next().type);
    }
    expect(types.slice(0, -1).every((t) => t === 'incomplete')).toBe(true);
    expect(types.at(-1)).toBe('request');
  });
});

describe('chunked bodies', () => {
  const chunkedHead = 'POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n';

  it('decodes chunks, extensions and trailers, then reads the next request', () => {
    const outcomes = parseAll(`${chunkedHead}5;ext=1\r\nhello\r\n1\r\n \r\nA\r\nworld, hi!\r\n0\r\nX-Trailer: t\r\n\r\nGET /next HTTP/1.1\r\nHost: a\r\n\r\n`);
    const requests = outcomes.flatMap((o) => (o.type === 'request' ? [o.request] : []));
    expect(Buffer.from(requests[0]!.body).toString()).toBe('hello world, hi!');
    expect(requests[1]?.target).toBe('/next');
  });

  it('decodes a chunked body fed in small pieces', () => {
    const whole = Buffer.from(`${chunkedHead}3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n`);
    const parser = new RequestParser(LIMITS);
    let last: ParseOutcome = { type: 'incomplete', head: null };
    for (let i = 0; i < whole.length; i += 3) {
      parser.push(whole.subarray(i, i + 3));
      last = parser.next();
    }
    expect(last.type === 'request' && Buffer.from(last.request.body).toString()).toBe('abcde');
  });

  it.each([
    ['a size that is not hex', '5x\r\nhello\r\n0\r\n\r\n', 400],
    ['data not followed by CRLF', '3\r\nabcd\r\n0\r\n\r\n', 400],
    ['a body over the limit', '40\r\n' + 'a'.repeat(64) + '\r\n1\r\nb\r\n0\r\n\r\n', 413],
  ])('refuses %s', (_name, body, status) => {
    expect(errorOf(chunkedHead + body)).toBe(status);
  });
});

describe('buffer size on a kept-alive connection', () => {
  const MiB = 1024 * 1024;
  const bigHead = `POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: ${MiB}\r\n\r\n`;
  const small = 'GET /after HTTP/1.1\r\nHost: a\r\n\r\n';

  function pushInPieces(parser: RequestParser, bytes: Buffer, piece = 64 * 1024): void {
    for (let at = 0; at < bytes.length; at += piece) parser.push(bytes.subarray(at, at + piece));
  }

  it('grows for a 1 MiB body and goes back to a few KiB once that request is done', () => {
    const parser = new RequestParser(DEFAULT_LIMITS);
    const initial = parser.capacity;
    expect(initial).toBeLessThanOrEqual(4096);
    pushInPieces(parser, Buffer.concat([Buffer.from(bigHead, 'latin1'), Buffer.alloc(MiB, 0x61)]));
    expect(parser.capacity).toBeGreaterThan(MiB);
    const first = parser.next();
    expect(first.type === 'request' && first.request.body.byteLength).toBe(MiB);
    expect(first.type === 'request' && Buffer.from(first.request.body).every((b) => b === 0x61)).toBe(true);
    expect(parser.capacity).toBe(initial);

    parser.push(Buffer.from(small, 'latin1'));
    const second = parser.next();
    expect(second.type === 'request' && second.request.target).toBe('/after');
    expect(parser.capacity).toBe(initial);
  });

  it('keeps a pipelined request that arrived behind the large one when it shrinks', () => {
    const parser = new RequestParser(DEFAULT_LIMITS);
    const initial = parser.capacity;
    pushInPieces(parser, Buffer.concat([Buffer.from(bigHead, 'latin1'), Buffer.alloc(MiB, 0x62), Buffer.from(small, 'latin1')]));
    const first = parser.next();
    expect(first.type === 'request' && first.request.body.byteLength).toBe(MiB);
    expect(parser.capacity).toBe(initial);
    expect(parser.hasPartialRequest).toBe(true);
    const second = parser.next();
    expect(second.type === 'request' && [second.request.method, second.request.target]).toEqual(['GET', '/after']);
    expect(parser.next()).toEqual({ type: 'incomplete', head: null });
  });

  it('shrinks after a large chunked body too', () => {
    const parser = new RequestParser(DEFAULT_LIMITS);
    const initial = parser.capacity;
    const size = (512 * 1024).toString(16);
    const chunked = Buffer.concat([
      Buffer.from(`PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\n`, 'latin1'),
      Buffer.alloc(512 * 1024, 0x63),
      Buffer.from('\r\n0\r\n\r\n', 'latin1'),
    ]);
    pushInPieces(parser, chunked);
    expect(parser.capacity).toBeGreaterThan(512 * 1024);
    const outcome = parser.next();
    expect(outcome.type === 'request' && outcome.request.body.byteLength).toBe(512 * 1024);
    expect(parser.capacity).toBe(initial);
  });
});

describe('hostile input', () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
  }

  it('never throws on mutated requests fed in random pieces, and stops at the first error', () => {
    const valid = Buffer.from(
      'POST /s/x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc' +
        'PUT /y HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
    );
    const next = random(42);
    for (let round = 0; round < 2000; round++) {
      const bytes = Buffer.from(valid);
      for (let flips = next(4); flips >= 0; flips--) bytes[next(bytes.length)] = next(256);
      const parser = new RequestParser(LIMITS);
      let errors = 0;
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + next(20);
        parser.push(bytes.subarray(at, at + size));
        at += size;
        for (let outcome = parser.next(); ; outcome = parser.next()) {
          if (outcome.type === 'error') errors++;
          if (outcome.type !== 'request') break;
        }
        if (errors > 0) break;
      }
      expect(errors).toBeLessThanOrEqual(1);
    }
  });
});
