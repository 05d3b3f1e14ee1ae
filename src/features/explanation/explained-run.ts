// A completed run as the explanation sees it: plain data, so the result and
// the explanation features stay apart (src/app/ builds it).
import type { BrowserRun } from '../../lib/browser-run.ts';
import type { ModelAnswer } from '../../lib/prediction.ts';

export interface ExplainedRun {
  prediction: ModelAnswer;
  browser: BrowserRun;
  /** The scenario was edited after this run was sent. */
  edited: boolean;
}
