// Where an experiment lives in a URL, and the base64url alphabet its config
// segment and session ids use. Pure ES2022: no DOM, no Node, no imports, so
// the engine, the page and the server all share it.
//
//   <origin>/s/<session>/<config><path>     the scenario's request
//   <origin>/r/<session>/<config><path>     the target of a redirect it asked for
//   <app>/proxy/s/<session>/<config><path>  the same call through the app's own /proxy/ route
//
// <config> is made and read by wire.ts.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of text) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** The app origin's route that forwards /s/… and /r/… calls to the API (server/proxy.ts). */
export const PROXY_PREFIX = '/proxy';

export function apiUrl(target: string, session: string, config: string, path: string, redirected = false): string {
  return `${target}/${redirected ? 'r' : 's'}/${session}/${config}${path.startsWith('/') ? path : '/' + path}`;
}

export interface ApiPath {
  session: string;
  config: string;
  /** The scenario's own path and query, starting with "/". */
  path: string;
  redirected: boolean;
}

const SESSION = /^[A-Za-z0-9_-]{16,64}$/;

/** Splits "/s/<session>/<config><path>"; null when the target is not an API call. */
export function parseApiPath(pathAndQuery: string): ApiPath | null {
  const m = /^\/([sr])\/([^/?#]+)\/([^/?#]+)(.*)$/.exec(pathAndQuery);
  if (!m || !SESSION.test(m[2]!)) return null;
  const rest = m[4]!;
  return { redirected: m[1] === 'r', session: m[2]!, config: m[3]!, path: rest.startsWith('/') ? rest : '/' + rest };
}

export function isValidSessionId(id: string): boolean {
  return SESSION.test(id);
}
