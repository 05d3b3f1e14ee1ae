// Request bodies of every kind fetch() takes: the Content-Type each brings,
// the bytes it sends, and the rules that hang on the body's kind (a stream is
// always preflighted and never goes over HTTP/1.1; keepalive caps the size).
// https://fetch.spec.whatwg.org/#bodyinit-unions
import type { HeaderList, RequestBody } from '../scenario/types.ts';
import { utf8Length } from './http.ts';

/** A stand-in for the random multipart boundary (Chromium: ----WebKitFormBoundary + 16 random characters: the same length). */
export const MULTIPART_BOUNDARY = '----WebKitFormBoundaryPlaygroundXYZ012';

/** Keepalive requests may carry at most this many body bytes (in flight, per page). */
export const KEEPALIVE_BODY_LIMIT = 64 * 1024;

// https://w3c.github.io/FileAPI/#constructorBlob (options' type): a character outside U+0020–U+007E
// makes the type "" (observed: then no Content-Type at all); otherwise it is lower-cased.
export function blobType(type: string): string {
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

// https://fetch.spec.whatwg.org/#concept-bodyinit-extract (the type part only)
export function bodyContentType(body: RequestBody): string | null {
  switch (body.type) {
    case 'none':
    case 'arraybuffer': // BufferSource: no type
    case 'stream': //      ReadableStream: no type
      return null;
    case 'text':
    case 'json':
      return 'text/plain;charset=UTF-8';
    case 'urlencoded':
      return 'application/x-www-form-urlencoded;charset=UTF-8';
    case 'multipart':
      return `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;
    case 'blob': // Blob: its type, when not empty
      return blobType(body.blobType) || null;
  }
}

function formEncode(fields: HeaderList): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return fields.map(([n, v]) => `${enc(n)}=${enc(v)}`).join('&');
}

/** The bytes fetch() sends for a body, as text (the boundary is the engine's, so Content-Type agrees). */
export function requestBodyText(body: RequestBody): string | null {
  switch (body.type) {
    case 'none':
      return null;
    case 'urlencoded':
      return formEncode(body.fields);
    case 'multipart':
      return body.fields
        .map(([n, v]) => `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${n.replace(/"/g, '%22')}"\r\n\r\n${v}\r\n`)
        .join('') + `--${MULTIPART_BOUNDARY}--\r\n`;
    default:
      return body.text;
  }
}

/** The body's length in bytes as sent. */
export function bodyLength(body: RequestBody): number {
  const text = requestBodyText(body);
  return text === null ? 0 : utf8Length(text);
}

export type BodyTypeError = 'stream-keepalive' | 'stream-mode';

/**
 * new Request() steps 36–39 for a ReadableStream body (the runner always passes duplex: 'half'):
 * keepalive may not stream (36), and only "cors" or "same-origin" mode may (39).
 */
export function streamBodyTypeError(body: RequestBody, mode: string, keepalive: boolean): { step: BodyTypeError; message: string } | null {
  if (body.type !== 'stream') return null;
  if (keepalive) return { step: 'stream-keepalive', message: 'Keepalive request cannot have a ReadableStream body.' };
  // Chromium's string lacks the space after "be" (observed).
  if (mode !== 'cors' && mode !== 'same-origin') return { step: 'stream-mode', message: 'If request is made from ReadableStream, mode should be"same-origin" or "cors"' };
  return null;
}
