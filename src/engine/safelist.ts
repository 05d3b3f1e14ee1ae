// Which methods and request headers a cross-origin request may use without
// asking first (a preflight), and which headers script may not set at all.
import type { HeaderList } from '../scenario/types.ts';
import { isToken, utf8Length } from './http.ts';
import { rulesFor } from './engine-differences.ts';
import type { BrowserEngine } from './types.ts';

// https://fetch.spec.whatwg.org/#cors-safelisted-method
// Chromium's IsCorsSafelistedMethod upper-cases first; after normalization the
// only spellings that can reach it are the upper-case ones anyway.
export function isCorsSafelistedMethod(method: string): boolean {
  return ['GET', 'HEAD', 'POST'].includes(method.toUpperCase());
}

// https://fetch.spec.whatwg.org/#forbidden-method
export function isForbiddenMethod(method: string): boolean {
  return ['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase());
}

// https://fetch.spec.whatwg.org/#concept-method-normalize
// Only these six are upper-cased; "patch" stays "patch".
export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
}

const FORBIDDEN_NAMES = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive',
  'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);
const METHOD_OVERRIDES = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

// https://fetch.spec.whatwg.org/#forbidden-request-header
export function isForbiddenRequestHeader(name: string, value: string, engine: BrowserEngine = 'chromium'): boolean {
  const n = name.toLowerCase();
  // 1. A forbidden name, or one starting with proxy- or sec-.
  if (FORBIDDEN_NAMES.has(n) || n.startsWith('proxy-') || n.startsWith('sec-')) return true;
  // Chromium ≠ spec: User-Agent is still forbidden (net/http/http_util.cc, crbug.com/571722);
  // Gecko and WebKit send it (engine-differences.ts).
  if (n === 'user-agent') return rulesFor(engine).dropsScriptUserAgent;
  // 2. A method-override header naming a forbidden method.
  if (METHOD_OVERRIDES.has(n)) return value.split(',').some((m) => isForbiddenMethod(m.trim()));
  return false;
}

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte
function hasCorsUnsafeByte(value: string): boolean {
  return /[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/.test(value);
}

/** Essence of a MIME type the way Chromium's ExtractMimeTypeFromMediaType reads it (no comma lists). */
function mimeEssence(value: string): string | null {
  const essence = value.split(';')[0]!.replace(/^[ \t]+|[ \t]+$/g, '');
  const parts = essence.split('/');
  if (parts.length !== 2 || !isToken(parts[0]!) || !isToken(parts[1]!)) return null;
  return essence.toLowerCase();
}

const SAFELISTED_ESSENCES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const MAX_RANGE_VALUE = 2n ** 63n - 1n;

// https://fetch.spec.whatwg.org/#simple-range-header-value
// The spec and Chromium: "Bytes=0-" is not safelisted, the prefix is case-sensitive; WebKit ignores
// its case (engine-differences.ts).
function isSimpleRange(value: string, engine: BrowserEngine): boolean {
  const m = (rulesFor(engine).rangeUnitIgnoresCase ? /^bytes=(\d+)-(\d*)$/i : /^bytes=(\d+)-(\d*)$/).exec(value);
  if (!m) return false;
  const start = BigInt(m[1]!);
  if (start > MAX_RANGE_VALUE) return false;
  if (m[2] === '') return true;
  const end = BigInt(m[2]!);
  return end <= MAX_RANGE_VALUE && start <= end;
}

/** Chromium ≠ spec: client hints it safelists when the value is valid (cors.cc). */
function isSafelistedClientHint(name: string, value: string): boolean | null {
  switch (name) {
    case 'intervention':
      return value.length > 0;
    case 'dpr':
    case 'device-memory':
    case 'downlink':
      return /^\d+(\.\d+)?$/.test(value);
    case 'width':
    case 'viewport-width':
    case 'rtt':
      return /^\d+$/.test(value);
    case 'ect':
      return ['slow-2g', '2g', '3g', '4g'].includes(value);
    case 'save-data':
      return value.toLowerCase() === 'on';
    default:
      return null;
  }
}

// https://fetch.spec.whatwg.org/#cors-safelisted-request-header
export function isCorsSafelistedRequestHeader(name: string, value: string, engine: BrowserEngine = 'chromium'): boolean {
  // 1. If value's length is greater than 128, then return false.
  if (utf8Length(value) > 128) return false;
  // 2. Byte-lowercase name and switch on the result.
  const n = name.toLowerCase();
  switch (n) {
    case 'accept':
      return !hasCorsUnsafeByte(value);
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value);
    case 'content-type': {
      if (hasCorsUnsafeByte(value)) return false;
      const essence = mimeEssence(value);
      return essence !== null && SAFELISTED_ESSENCES.includes(essence);
    }
    case 'range':
      return isSimpleRange(value, engine);
    default:
      // Chromium ≠ spec, Gecko and WebKit: only Chromium safelists its client hints (engine-differences.ts).
      return rulesFor(engine).safelistsClientHints && (isSafelistedClientHint(n, value) ?? false);
  }
}

// https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header
export function isNoCorsSafelistedRequestHeader(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (!['accept', 'accept-language', 'content-language', 'content-type'].includes(n)) return false;
  return isCorsSafelistedRequestHeader(n, value);
}

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names
// `headers` has one line per name (values already joined with ", ").
export function corsUnsafeRequestHeaderNames(headers: HeaderList, engine: BrowserEngine = 'chromium'): string[] {
  // 1. Let unsafeNames and potentiallyUnsafeNames be empty lists.
  const unsafe: string[] = [];
  const potentiallyUnsafe: string[] = [];
  // 2. Let safelistValueSize be 0.
  let safelistValueSize = 0;
  // 3. For each header: not safelisted → unsafe; otherwise count its value's bytes.
  for (const [name, value] of headers) {
    if (!isCorsSafelistedRequestHeader(name, value, engine)) {
      unsafe.push(name);
    } else {
      potentiallyUnsafe.push(name);
      safelistValueSize += utf8Length(value);
    }
  }
  // 4. If safelistValueSize is greater than 1024, every one of them is unsafe.
  if (safelistValueSize > 1024) unsafe.push(...potentiallyUnsafe);
  // 5. Return the result of converting unsafeNames to a sorted-lowercase set.
  return [...new Set(unsafe.map((n) => n.toLowerCase()))].sort();
}
