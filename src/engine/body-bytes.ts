// The bytes fetch() sends for each kind of body (the check's probe sends
// them; keepalive counts them). Kept apart from bodies.ts, which the page's
// first screen needs (its Content-Type), so these load with the engine.
import type { HeaderList, RequestBody } from '../scenario/types.ts';
import { utf8Length } from './http.ts';
import { MULTIPART_BOUNDARY } from './bodies.ts';

/** Keepalive requests may carry at most this many body bytes (in flight, per page). */
export const KEEPALIVE_BODY_LIMIT = 64 * 1024;

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

