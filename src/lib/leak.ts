// Did an untrusted page read the user's private data? Decided from what the
// real browser gave page JavaScript (the body it could read), never from the
// model: a leak is a fact about this run.
import type { RunResult } from '../runner/protocol.ts';
import type { OriginRole } from '../scenario/types.ts';
import { VICTIM_USER } from '../scenario/victim.ts';
import { readableText } from './channel-text.ts';

/** The origins the API does not trust: whatever they read of the user's data has leaked. */
const UNTRUSTED: Record<OriginRole, boolean> = {
  app: false,
  admin: false,
  'same-origin': false,
  sibling: true,
  'cross-site': true,
  null: true,
};

export function isUntrusted(role: OriginRole): boolean {
  return UNTRUSTED[role];
}

/** The private fields script could read in this body (the e-mail and the balance are unique enough to find). */
export function privateFieldsIn(body: string): Array<keyof typeof VICTIM_USER> {
  return (Object.keys(VICTIM_USER) as Array<keyof typeof VICTIM_USER>).filter((k) => body.includes(JSON.stringify(VICTIM_USER[k]).slice(1, -1)));
}

/** Page JavaScript read the user's private data: what it could read (a fetch() body, EventSource or WebSocket messages) holds it. */
export function readsPrivateData(result: RunResult | null): boolean {
  return privateFieldsIn(readableText(result)).length > 0;
}

/** A leak: an untrusted page read the user's private data. */
export function isLeak(run: { from: OriginRole; result: RunResult | null }): boolean {
  return isUntrusted(run.from) && readsPrivateData(run.result);
}
