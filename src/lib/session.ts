// One session id per tab: the same tab builds the same API URLs, so the
// browser's preflight cache shows across runs; another tab starts clean.
import { isValidSessionId, toBase64Url } from '../scenario/api-path.ts';

const KEY = 'cors-playground:session';

/** 128 random bits as base64url (22 characters, no padding). */
export function newSessionId(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  return toBase64Url(bytes);
}

export function sessionId(storage: Storage = sessionStorage): string {
  const existing = storage.getItem(KEY);
  if (existing && isValidSessionId(existing)) return existing;
  const id = newSessionId();
  storage.setItem(KEY, id);
  return id;
}
