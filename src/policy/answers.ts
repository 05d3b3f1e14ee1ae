// Scenario version 2's answer rows: which row serves a request, by its kind,
// the path it arrives at and how many times such a request arrived before.
// One rule for the server (server/experiment.ts, counting from its record)
// and for the engine's server model (model.ts, counting what it was asked).
import type { AnswerRow, ServerSide } from '../scenario/types.ts';

export type ArrivalKind = 'preflight' | 'actual';

/** What identifies "the same request again": its kind and its path without the query. */
export interface ArrivalKey {
  kind: ArrivalKind;
  path: string;
}

/** The path a row's `when.path` is compared with: the request's, without its query. */
export function arrivalPath(pathAndQuery: string): string {
  const cut = pathAndQuery.search(/[?#]/);
  return cut < 0 ? pathAndQuery : pathAndQuery.slice(0, cut);
}

export function arrivalKey(kind: ArrivalKind, pathAndQuery: string): ArrivalKey {
  return { kind, path: arrivalPath(pathAndQuery) };
}

export const sameArrivalKey = (a: ArrivalKey, b: ArrivalKey): boolean => a.kind === b.kind && a.path === b.path;

/** Whether this server side answers differently by arrival: only then must the arrivals be counted. */
export function countsArrivals(server: ServerSide): boolean {
  return server.type === 'raw' && (server.answers ?? []).some((row) => row.when.arrival !== undefined);
}

/**
 * The first row whose conditions all hold for this request, or null.
 * @param arrival this request's arrival number (1 = the first of its key); rows with an arrival need it
 */
export function answerRowFor(rows: readonly AnswerRow[], key: ArrivalKey, arrival: number | undefined): AnswerRow | null {
  return rows.find(({ when }) =>
    (when.kind === undefined || when.kind === key.kind)
    && (when.path === undefined || when.path === key.path)
    && (when.arrival === undefined || when.arrival === arrival)) ?? null;
}
