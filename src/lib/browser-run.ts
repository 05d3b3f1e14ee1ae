// A real run as plain shared data: the result feature's report extends it, and
// the explanation reads it (features stay apart; the app hands it over).
import type { Verdict } from '../engine/types.ts';
import type { RunResult } from '../runner/protocol.ts';
import type { LoggedRequest } from '../scenario/log-types.ts';

export interface BrowserRun {
  /** How the real browser's run was classified; null when the harness failed. */
  outcome: Verdict | null;
  /** What page JavaScript got; null when the harness failed. */
  result: RunResult | null;
  harnessError: string | null;
  /** What the server recorded for this run, oldest first. */
  entries: LoggedRequest[];
}
