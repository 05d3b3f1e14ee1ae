// The response side of HTTP/1.1: the framing lines the adapter adds, the
// check that no header line could break the message, and the bytes on the
// wire. Pure, so the request log can record exactly the lines written.
import { STATUS_CODES } from 'node:http';
import type { HeaderList } from '../src/scenario/types.ts';
import { isToken } from '../src/scenario/http-syntax.ts';
import type { HandlerResponse } from './messages.ts';
import { jsonError } from './responses.ts';

// A value byte that could end the line or the head, and anything outside
// Latin-1, which has no single byte to stand for it (browsers read header
// bytes as Latin-1).
const UNSAFE_VALUE = /[\r\n\0]|[^\x00-\xff]/;

export function bodyByteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
}

/** RFC 9110 §6.4.1 and §8.6: 204 and 304 answers carry no content and no Content-Length. */
function mayHaveContent(status: number): boolean {
  return status !== 204 && status !== 304;
}

/** The header lines as they will be written: the handler's own, then Content-Length and Connection. */
export function framedHeaders(response: HandlerResponse, keepAlive: boolean): HeaderList {
  // A 101 names its own Connection (Upgrade) and has no content: its lines are the handler's.
  if (response.upgrade) return [...response.headers];
  const lines: HeaderList = [...response.headers];
  if (mayHaveContent(response.status) && !response.stream) lines.push(['Content-Length', String(bodyByteLength(response.body))]);
  lines.push(['Connection', keepAlive && !response.stream ? 'keep-alive' : 'close']);
  return lines;
}

/** Why this response cannot be written safely, or null when it can. */
export function unwritableReason(response: HandlerResponse): string | null {
  const { status } = response;
  // 1xx answers are interim and would leave the client waiting for another.
  const switching = status === 101 && response.upgrade !== undefined;
  if (!switching && (!Number.isInteger(status) || status < 200 || status > 999)) return `status ${status} cannot be sent`;
  for (const [name, value] of response.headers) {
    if (!isToken(name)) return `header name ${JSON.stringify(name)} is not a token`;
    if (UNSAFE_VALUE.test(value)) return `the ${name} header value holds CR, LF, NUL or a non-Latin-1 character`;
  }
  return null;
}

/** The answer written instead of one that failed `unwritableReason`. */
export function unwritableResponse(reason: string): HandlerResponse {
  return jsonError(500, 'unwritable-response', reason);
}

/**
 * The whole message in one buffer, so the socket gets one write per answer
 * (head and body in the same TCP segment when they fit). A HEAD answer keeps
 * its Content-Length but carries no body.
 */
export function serializeResponse(response: HandlerResponse, lines: HeaderList, method: string): Buffer {
  const reason = STATUS_CODES[response.status] ?? '';
  let head = `HTTP/1.1 ${response.status} ${reason}\r\n`;
  for (const [name, value] of lines) head += `${name}: ${value}\r\n`;
  head += '\r\n';
  const { body } = response;
  const withBody = method !== 'HEAD' && mayHaveContent(response.status);
  const bodyBytes = withBody ? bodyByteLength(body) : 0;
  const message = Buffer.allocUnsafe(head.length + bodyBytes);
  message.write(head, 0, 'latin1');
  if (bodyBytes === 0) return message;
  if (typeof body === 'string') message.write(body, head.length, 'utf8');
  else message.set(body, head.length);
  return message;
}
