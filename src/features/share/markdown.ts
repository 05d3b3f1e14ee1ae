// "Copy as Markdown": the scenario, what the browser did, Chromium's message
// and the explanation, ready to paste into an issue or a forum answer. Every
// word comes from elsewhere: the browser's run, the engine's prediction and
// trace, the verdict names; this file only lays them out.
import type { Prediction } from '../../engine/types.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';
import type { ModelAnswer } from '../../lib/prediction.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';
import type { Deployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { requestLines, scenarioTitle, serverJson } from './summary.ts';

/** The last completed run, as the app hands it over (the explanation's ExplainedRun has this shape). */
export interface SharedRun {
  prediction: ModelAnswer;
  browser: BrowserRun;
  /** The scenario was edited after this run. */
  edited: boolean;
}

export interface MarkdownInput {
  scenario: Scenario;
  deployment: Deployment;
  /** The absolute link to the scenario. */
  link: string;
  run: SharedRun | null;
  /** The model on the scenario as it is now. */
  live: ModelAnswer | null;
}

// Markdown is plain text read where any font renders these marks (issue trackers, forums).
const STEP_MARK = { pass: '✔', fail: '✖', info: '•', skip: '–' } as const;
const VERDICT_MARK = { pass: '✔', fail: '✖', half: '◐', danger: '⚠' } as const;

function fence(text: string, lang = ''): string {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function verdictLine(verdict: keyof typeof VERDICT_TEXT): string {
  const v = VERDICT_TEXT[verdict];
  return `${VERDICT_MARK[v.icon]} **${v.title}**${v.gist ? ` (${v.gist})` : ''}`;
}

function browserSection(browser: BrowserRun | null): string[] {
  if (!browser) return ['## What the browser did', '', 'Not sent yet: open the link and press **Send** to see your browser’s answer.'];
  const line = browser.outcome ? verdictLine(browser.outcome) : `The run could not be completed: ${browser.harnessError ?? 'unknown error'}`;
  return ['## What the browser did', '', `${line} (a real run in this browser)`];
}

function predictionSection(p: Prediction): string[] {
  const out: string[] = [];
  // Every line the predicted browser prints, in its own words.
  if (p.console.length > 0) out.push(`## ${ENGINE_NAMES[p.engine]}’s console`, '', p.console.flatMap((line) => line.split('\n')).map((l) => `> ${l}`).join('\n'), '');
  out.push('## Why, step by step', '', `The playground’s model predicts: ${verdictLine(p.verdict)}`, '');
  p.trace.filter((s) => s.outcome !== 'skip').forEach((s, i) => out.push(`${i + 1}. ${STEP_MARK[s.outcome]} ${s.sentence}`));
  if (p.fix) out.push('', `**The fix:** ${p.fix.summary}`);
  return out;
}

export function scenarioMarkdown({ scenario, deployment, link, run, live }: MarkdownInput): string {
  // A run of an earlier version of the scenario would describe something else.
  const current = run && !run.edited ? run : null;
  const model = current ? current.prediction : live;
  const lines = [
    `# ${scenarioTitle(scenario)}`,
    '',
    `[Open this scenario in the CORS playground](${link})`,
    '',
    '## The request',
    '',
    ...requestLines(scenario, deployment).map((l) => `- ${l}`),
    '',
    '## The server’s CORS answer',
    '',
    fence(serverJson(scenario), 'json'),
    '',
    ...browserSection(current?.browser ?? null),
    '',
  ];
  if (model?.kind === 'prediction') lines.push(...predictionSection(model.prediction));
  else if (model?.kind === 'crash') lines.push(`The playground’s model could not predict this scenario: ${model.message}`);
  return lines.join('\n') + '\n';
}
