// Parsing of one HTTP/1.1 request head (request line + header lines), written
// by hand because Node's own parser refuses method tokens such as "patch" that
// a browser sends and that the playground must answer (RFC 9112 §3, §5).
import type { HeaderList } from '../src/scenario/types.ts';
import { isToken } from '../src/scenario/http-syntax.ts';

export interface RequestHead {
  method: string;
  target: string;
  version: '1.0' | '1.1';
  /** In the order received, names spelled as sent, values without surrounding whitespace. */
  headers: HeaderList;
  /** Whether the client allows the connection to stay open after this request. */
  keepAlive: boolean;
  body: BodyFraming;
  /** "Expect: 100-continue": the client waits for a go-ahead before sending its body. */
  expectsContinue: boolean;
}

export type BodyFraming = { type: 'none' } | { type: 'length'; length: number } | { type: 'chunked' };

export interface HeadError {
  status: 400 | 413 | 501 | 505;
  message: string;
  /** The request's method when the request line was read: a HEAD is answered without a body. */
  method?: string;
}

// RFC 9110 field-value: visible characters, SP, HTAB and obs-text; no other controls.
const BAD_VALUE_CHAR = /[\x00-\x08\x0a-\x1f\x7f]/;
const REQUEST_LINE = /^([^ ]+) ([^ ]+) HTTP\/(\d)\.(\d)$/;
const BAD_TARGET_CHAR = /[\x00-\x20\x7f]/;

/** `text` is the head as Latin-1 (one char per byte), without the final CRLF CRLF. */
export function parseHead(text: string, maxBodyBytes: number): RequestHead | HeadError {
  const lines = text.split('\r\n');
  if (lines.some((line) => line.includes('\r') || line.includes('\n'))) {
    return bad('bare CR or LF in the request head');
  }
  const requestLine = REQUEST_LINE.exec(lines[0] ?? '');
  if (!requestLine) return bad('malformed request line');
  const [, method = '', target = '', major, minor] = requestLine;
  if (!isToken(method)) return bad('the method is not a token');
  if (BAD_TARGET_CHAR.test(target)) return bad('control character in the request target');
  if (major !== '1') return { status: 505, message: 'only HTTP/1.x is supported' };

  const headers: HeaderList = [];
  for (const line of lines.slice(1)) {
    const parsed = parseHeaderLine(line);
    if ('message' in parsed) return { ...parsed, method };
    headers.push(parsed.line);
  }
  const hosts = valuesOf(headers, 'host');
  if (hosts.length !== 1) return { ...bad('exactly one Host header is required'), method };

  const version = minor === '0' ? '1.0' : '1.1';
  const body = bodyFraming(headers, maxBodyBytes);
  if ('message' in body) return { ...body, method };
  return {
    method,
    target,
    version,
    headers,
    // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means faulty
    // framing: answer it, then close the connection.
    keepAlive: wantsKeepAlive(version, headers) && !(version === '1.0' && body.type === 'chunked'),
    body,
    // RFC 9110 §10.1.1: a server must not send 100 Continue to an HTTP/1.0 client.
    expectsContinue: version === '1.1' && valuesOf(headers, 'expect').some((v) => v.toLowerCase() === '100-continue'),
  };
}

function parseHeaderLine(line: string): { line: [string, string] } | HeadError {
  // obs-fold (a line starting with whitespace) is refused, as RFC 9112 §5.2 allows.
  if (line.startsWith(' ') || line.startsWith('\t')) return bad('folded header line');
  const colon = line.indexOf(':');
  const name = colon < 0 ? '' : line.slice(0, colon);
  if (!isToken(name)) return bad('malformed header line');
  const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
  if (BAD_VALUE_CHAR.test(value)) return bad(`control character in the ${name} header`);
  return { line: [name, value] };
}

function bodyFraming(headers: HeaderList, maxBodyBytes: number): BodyFraming | HeadError {
  const encodings = listValues(headers, 'transfer-encoding');
  const lengths = listValues(headers, 'content-length');
  const hasLengthLine = valuesOf(headers, 'content-length').length > 0;
  if (hasLengthLine && lengths.length === 0) return bad('empty Content-Length');
  if (valuesOf(headers, 'transfer-encoding').length > 0) {
    // Both framings at once is the classic request-smuggling shape (RFC 9112 §6.3).
    if (hasLengthLine) return bad('both Transfer-Encoding and Content-Length');
    if (encodings.length === 1 && encodings[0]!.toLowerCase() === 'chunked') return { type: 'chunked' };
    return { status: 501, message: 'only the chunked transfer coding is supported' };
  }
  if (lengths.length === 0) return { type: 'none' };
  const distinct = new Set(lengths);
  const only = lengths[0]!;
  if (distinct.size !== 1 || !/^\d{1,15}$/.test(only)) return bad('invalid Content-Length');
  const length = Number(only);
  if (length > maxBodyBytes) return { status: 413, message: `the body is larger than ${maxBodyBytes} bytes` };
  return length === 0 ? { type: 'none' } : { type: 'length', length };
}

function wantsKeepAlive(version: '1.0' | '1.1', headers: HeaderList): boolean {
  const options = listValues(headers, 'connection').map((v) => v.toLowerCase());
  if (options.includes('close')) return false;
  return version === '1.1' || options.includes('keep-alive');
}

function valuesOf(headers: HeaderList, lowerName: string): string[] {
  return headers.filter(([n]) => n.toLowerCase() === lowerName).map(([, v]) => v);
}

/** Values of a list-valued field, over all its lines, split at commas. */
function listValues(headers: HeaderList, lowerName: string): string[] {
  return valuesOf(headers, lowerName)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function bad(message: string): HeadError {
  return { status: 400, message };
}
