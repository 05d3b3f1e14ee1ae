// What the explanation needs from a real run, as plain shared types: the
// result feature's own report is not imported here (features stay apart; the
// app hands this over).
import type { Verdict } from '../../engine/types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';

export interface BrowserRun {
  /** How the real browser's run was classified; null when the harness failed. */
  outcome: Verdict | null;
  /** What page JavaScript got; null when the harness failed. */
  result: RunResult | null;
  harnessError: string | null;
  /** What the server recorded for this run, oldest first. */
  entries: LoggedRequest[];
}
