// A fetch() call as DevTools "Copy as fetch" writes it (Chrome: JSON-quoted
// keys; Firefox: "await fetch(…)") or as people write it (bare keys, single
// quotes, JSON.stringify, new Headers) → the request.
import type { CredentialsMode, HeaderList, RequestBody, RequestMode } from '../../scenario/types.ts';
import { finish, ImportError, type ImportedRequest } from './imported.ts';
import { JsReader, type JsCall, type JsValue } from './js-literal.ts';

const isCall = (v: JsValue): v is JsCall => typeof v === 'object' && v !== null && 'call' in v && !Array.isArray(v);

function pairs(v: JsValue, what: string, at: number): HeaderList {
  const inner = isCall(v) ? v.arg : v;
  if (Array.isArray(inner)) {
    return inner.map((p) => {
      if (!Array.isArray(p) || p.length !== 2) throw new ImportError(`${what}: each entry must be a [name, value] pair`, at);
      return [String(p[0]), String(p[1])];
    });
  }
  if (typeof inner === 'object' && inner !== null && !isCall(inner)) return Object.entries(inner).map(([k, val]) => [k, String(val)]);
  if (typeof inner === 'string' && isCall(v)) return [...new URLSearchParams(inner)];
  throw new ImportError(`${what} must be an object or a list of pairs`, at);
}

const oneOf = <T extends string>(v: JsValue | undefined, allowed: readonly T[], what: string, at: number): T | undefined => {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new ImportError(`${what} must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${JSON.stringify(v)})`, at);
};

export function importFetch(text: string): ImportedRequest {
  const start = /\bfetch\s*\(/.exec(text);
  if (!start) throw new ImportError('A fetch() import contains "fetch("', 0);
  const r = new JsReader(text, start.index + start[0].length);
  const urlAt = r.i;
  const url = r.value();
  if (typeof url !== 'string') throw new ImportError('The first argument must be the URL, as a string', urlAt);
  if (!/^https?:\/\//i.test(url)) throw new ImportError(`"${url}" is not an absolute http(s) URL: write the whole URL, with its origin`, urlAt);
  const optionsAt = r.i;
  let options: Record<string, JsValue> = {};
  if (r.eat(',') && r.peek() !== ')') {
    const v = r.value();
    if (typeof v !== 'object' || v === null || Array.isArray(v) || isCall(v)) throw new ImportError('The second argument must be an options object', optionsAt);
    options = v;
  }
  r.eat(',');
  r.expect(')');
  const headers = options.headers === undefined ? [] : pairs(options.headers, 'headers', optionsAt);
  let body: RequestBody | undefined;
  let bodyText: string | null = null;
  const b = options.body;
  if (b !== undefined && b !== null) {
    if (isCall(b) && b.call === 'URLSearchParams') body = { type: 'urlencoded', fields: pairs(b, 'URLSearchParams', optionsAt) };
    else if (typeof b === 'string') bodyText = b;
    else throw new ImportError('body must be a string, JSON.stringify(…) or new URLSearchParams(…)', optionsAt);
  }
  const method = options.method === undefined ? null : String(options.method);
  const origin = typeof options.referrer === 'string' && URL.canParse(options.referrer) ? new URL(options.referrer).origin : null;
  const out = {
    url, method, headers, bodyText, origin,
    mode: oneOf<RequestMode>(options.mode, ['cors', 'no-cors', 'same-origin'], 'mode', optionsAt),
    credentials: oneOf<CredentialsMode>(options.credentials, ['omit', 'same-origin', 'include'], 'credentials', optionsAt),
  };
  return finish(body ? { ...out, body } : out);
}
