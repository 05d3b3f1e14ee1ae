// Request bodies of every kind fetch() takes: the Content-Type each brings and
// the constructor's rules for a stream (body-bytes.ts: the bytes each sends).
// https://fetch.spec.whatwg.org/#bodyinit-unions
import type { RequestBody, ScenarioRequest } from '../scenario/types.ts';

/** A stand-in for the random multipart boundary (Chromium: ----WebKitFormBoundary + 16 random characters: the same length). */
export const MULTIPART_BOUNDARY = '----WebKitFormBoundaryPlaygroundXYZ012';

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

/** What a browser without streaming uploads sends for a ReadableStream: its string value (WebIDL's USVString branch). */
export const STREAM_AS_TEXT = '[object ReadableStream]';

/** The request as this engine's fetch() receives it: a stream body stays a stream only where streams are bodies. */
export function requestAsBuilt(req: ScenarioRequest, streamBody: 'stream' | 'stringify' | 'refuse'): ScenarioRequest {
  if (req.body.type !== 'stream' || streamBody !== 'stringify') return req;
  return { ...req, body: { type: 'text', text: STREAM_AS_TEXT } };
}

/** What WebKit's fetch() rejects a ReadableStream body with (a DOMException; reported in many WebKit bug threads). */
export const STREAM_REFUSED = { kind: 'error', name: 'NotSupportedError', message: 'ReadableStream uploading is not supported' } as const;
