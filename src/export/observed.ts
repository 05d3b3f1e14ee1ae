// What the frameworks were observed to do differently from our policy server
// (observed.json, written and checked by the verification suite), and how the
// export quotes it: for the verified policy nearest to the current one.
import type { Policy } from '../scenario/types.ts';
import observedData from './observed.json' with { type: 'json' };
import { PROBES } from './probes.ts';
import { VERIFIED_POLICIES, type VerifiedPolicy } from './verified-policies.ts';

export interface ObservedDifference {
  policy: string;
  probe: string;
  /** "status" or a lower-case header name. */
  field: string;
  ours: string | null;
  theirs: string | null;
}

/** One difference as stored: [policy, probe, field, ours, theirs] (one line each in the file). */
export type DifferenceRow = [policy: string, probe: string, field: string, ours: string | null, theirs: string | null];

export interface ObservedData {
  about: string;
  /** Target id to what it was verified with, e.g. "fastapi": "FastAPI 0.92.0, Starlette 0.26.1, uvicorn 0.17.6". */
  versions: Record<string, string>;
  differences: Record<string, DifferenceRow[]>;
}

// JSON infers rows as arrays of any length; observed.test.ts checks the shape of the file itself.
export const OBSERVED = observedData as unknown as ObservedData;

export const toRow = (d: ObservedDifference): DifferenceRow => [d.policy, d.probe, d.field, d.ours, d.theirs];
const fromRow = ([policy, probe, field, ours, theirs]: DifferenceRow): ObservedDifference => ({ policy, probe, field, ours, theirs });

/** The file's text: JSON with one difference per line, so a change in behaviour is a readable diff. */
export function formatObserved(data: ObservedData): string {
  const rows = (target: string) => data.differences[target]!.map((r) => `      ${JSON.stringify(r)}`).join(',\n');
  const targets = Object.keys(data.differences).map((t) => `    ${JSON.stringify(t)}: [\n${rows(t)}\n    ]`);
  return [
    '{',
    `  "about": ${JSON.stringify(data.about)},`,
    `  "versions": ${JSON.stringify(data.versions, null, 2).replace(/\n/g, '\n  ')},`,
    `  "differences": {\n${targets.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}

/** The verified policy sharing the most settings with this one (ties: the first in the table). */
export function nearestVerified(policy: Policy): VerifiedPolicy {
  const score = (v: VerifiedPolicy) =>
    (Object.keys(policy) as (keyof Policy)[]).filter((k) => JSON.stringify(policy[k]) === JSON.stringify(v.policy[k])).length;
  return VERIFIED_POLICIES.reduce((best, v) => (score(v) > score(best) ? v : best));
}

const shown = (value: string | null, field: string) => (value === null ? (field === 'status' ? '?' : 'no such header') : field === 'status' ? value : `"${value}"`);
const fieldName = (field: string) => (field === 'status' ? 'the status' : field.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase()));

/** "Under FastAPI, a preflight from an attacker’s site gets the status 400 (our server: 204)." */
export function describeDifference(targetLabel: string, d: ObservedDifference): string {
  const probe = PROBES.find((p) => p.id === d.probe)?.label ?? d.probe;
  return `Under ${targetLabel}, ${probe} gets ${fieldName(d.field)} ${shown(d.theirs, d.field)} (our server: ${shown(d.ours, d.field)}).`;
}

export function observedFor(targetId: string, policyId: string, data: ObservedData = OBSERVED): ObservedDifference[] {
  return (data.differences[targetId] ?? []).filter((r) => r[0] === policyId).map(fromRow);
}
