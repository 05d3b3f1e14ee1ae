// Parts of the request the browser will not honour as written, each with the
// reason the learner should read next to the control. Rules and wording follow
// /work/shared/reference/chromium-cors.md §1.2, 1.4 and 1.6.
import type { ScenarioRequest } from '../../scenario/types.ts';
import { hasHeader } from '../../engine/http.ts';
import { bodyContentType, methodTypeError } from '../../engine/request.ts';
import {
  isForbiddenRequestHeader,
  isNoCorsSafelistedRequestHeader,
  normalizeMethod,
} from '../../engine/safelist.ts';

// The rules themselves are the engine's (src/engine/safelist.ts), so a note
// beside the form can never disagree with the prediction below it.

/** Why the browser silently drops this header line, or null. */
export function droppedHeaderReason(name: string, value: string, mode: ScenarioRequest['mode']): string | null {
  if (isForbiddenRequestHeader(name, value)) {
    // With an empty value only the name can make it forbidden; otherwise it is
    // a method-override header naming a forbidden method.
    return isForbiddenRequestHeader(name, '')
      ? `${name} is a forbidden request header: the browser sets it itself and silently drops yours.`
      : `${name} naming CONNECT, TRACE or TRACK is forbidden: the browser silently drops it.`;
  }
  if (mode === 'no-cors' && !isNoCorsSafelistedRequestHeader(name, value)) {
    return `In no-cors mode only Accept, Accept-Language, Content-Language and Content-Type (with a safelisted value) are kept: ${name} is dropped.`;
  }
  return null;
}

/** What the browser does with the method as typed, or why fetch() refuses it. */
export function methodNote(method: string, mode: ScenarioRequest['mode']): string | null {
  const sent = normalizeMethod(method);
  switch (methodTypeError(method, mode)) {
    case 'method-not-a-token': return `'${method}' is not a valid HTTP method: fetch() throws a TypeError.`;
    case 'method-forbidden': return `'${method}' HTTP method is unsupported: fetch() throws a TypeError.`;
    case 'method-not-allowed-in-no-cors': return `'${sent}' is unsupported in no-cors mode: fetch() throws a TypeError.`;
  }
  if (sent !== method) return `Sent as ${sent}: the browser upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.`;
  // Not normalized, yet not upper-case: a different method from its upper-case spelling.
  const upper = method.toUpperCase();
  if (upper !== method) {
    return `Sent exactly as ${method}: only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased, so ${method} and ${upper} are different methods.`;
  }
  return null;
}

export function bodyNote(request: ScenarioRequest): string | null {
  const m = normalizeMethod(request.method);
  if (request.body.type !== 'none' && (m === 'GET' || m === 'HEAD')) {
    return `A ${m} request cannot have a body: fetch() throws a TypeError.`;
  }
  if (request.body.type === 'json' && !hasHeader(request.headers, 'content-type')) {
    return `fetch() does not label JSON: without a Content-Type header this body goes out as ${bodyContentType(request.body)}.`;
  }
  return null;
}

export function redirectNote(request: ScenarioRequest): string | null {
  if (request.mode === 'no-cors' && request.redirect !== 'follow') {
    return 'In no-cors mode the redirect mode must be "follow": the browser fails the request with a network error.';
  }
  return null;
}
