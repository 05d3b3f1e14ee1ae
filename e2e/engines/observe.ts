// Observation dumps: with ENGINES_OBSERVE=<dir>, one JSON line per step to
// <dir>/<engine>.jsonl (what the browser did, what the page predicted, what the
// server received), the raw material for modelling Firefox and WebKit.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineName } from './fixtures.ts';

export interface StepObservation {
  id: string;
  step: number;
  browser: { verdict: string; preflight: boolean; cookie: string; console: string[]; consoleAll: Array<{ level: string; text: string }> };
  predicted: { engine: string; verdict: string; preflight: boolean; cookie: string; console: string[] };
  received: Array<{ method: string; path: string; kind: string; headers: Array<[string, string]> }>;
}

const dir = process.env.ENGINES_OBSERVE;

/** Appends one step: one write() with O_APPEND per line, so two workers' lines do not interleave. */
export function recordObservation(engine: EngineName, observation: StepObservation): void {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${engine}.jsonl`), JSON.stringify(observation) + '\n');
}
