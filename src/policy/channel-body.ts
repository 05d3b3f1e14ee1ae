// What the API's answer carries, by what asked for it: an <img> gets a small
// image, a <script> a script, an EventSource a short event stream, anything
// else (fetch(), a form post) the small JSON. Real servers negotiate the same
// way (Accept, Sec-Fetch-Dest); the headers and the status never change with
// it, so the CORS decision is the same whoever asks. Never HTML: the API
// origin serves nothing a browser would render as a page.
import { getJoined } from '../scenario/http-syntax.ts';
import type { HeaderList } from '../scenario/types.ts';
import type { VictimUser } from '../scenario/victim.ts';

export type BodyKind = 'json' | 'image' | 'script' | 'event-stream';

/** How many events the stream sends before the server ends it. */
export const STREAM_EVENTS = 3;
/** The image's width in CSS pixels: the runner reports naturalWidth, so a loaded image shows as 40. */
export const IMAGE_WIDTH = 40;

/** The kind of answer this request asks for, from its Sec-Fetch-Dest and Accept. */
export function bodyKind(headers: HeaderList): BodyKind {
  const dest = getJoined(headers, 'sec-fetch-dest')?.toLowerCase();
  const accept = getJoined(headers, 'accept')?.toLowerCase() ?? '';
  if (accept.includes('text/event-stream')) return 'event-stream';
  if (dest === 'image' || (dest === undefined && accept.startsWith('image/'))) return 'image';
  if (dest === 'script') return 'script';
  return 'json';
}

const CONTENT_TYPES: Record<BodyKind, string> = {
  json: 'application/json',
  image: 'image/svg+xml',
  script: 'text/javascript',
  'event-stream': 'text/event-stream',
};

export interface ChannelBody {
  headers: HeaderList;
  body: string;
}

/**
 * The body for `kind`, around the small JSON answer; the user's private data
 * goes into the JSON and into every event when the login cookie came.
 */
export function channelBody(kind: BodyKind, answer: Record<string, unknown>, user: VictimUser | null | undefined): ChannelBody {
  const contentType: [string, string] = ['Content-Type', CONTENT_TYPES[kind]];
  const json = user ? { ...answer, user } : answer;
  switch (kind) {
    case 'json':
      return { headers: [contentType], body: JSON.stringify(json) };
    case 'image':
      // Static markup: nothing of the request is echoed into it.
      return {
        headers: [contentType],
        body: `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="20"><rect width="${IMAGE_WIDTH}" height="20" fill="#3b82f6"/></svg>`,
      };
    case 'script':
      // It runs in the embedding page; page script still cannot read its text.
      return { headers: [contentType], body: '/* served by the cors-playground API */ void 0;\n' };
    case 'event-stream': {
      // A minute before reconnecting, so a stream that ends does not turn into a request loop.
      const events = ['retry: 60000\n\n'];
      for (let n = 1; n <= STREAM_EVENTS; n++) events.push(`data: ${JSON.stringify({ event: n, ...json })}\n\n`);
      return { headers: [contentType, ['Cache-Control', 'no-cache']], body: events.join('') };
    }
  }
}
