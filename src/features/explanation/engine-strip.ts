// Whether the three engines part ways on the current scenario, and each one's
// verdict in a few words for the strip that sets them side by side
// ("Chromium: ok · Firefox: blocked, CORS header … does not match · Safari: ok").
// Read from the predictions' facts (verdict, error, preflight, cookie), never
// from their sentences; only the ways in which the engines differ are named.
import { BROWSER_ENGINES, type BrowserEngine, type Prediction, type Verdict } from '../../engine/types.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';

export interface EngineSummary {
  engine: BrowserEngine;
  /** "Chromium", "Firefox", "Safari". */
  name: string;
  /** The verdict in a few words, then what differs: "blocked, CORS header … missing, preflight sent". */
  words: string;
  /** The engine's console lines, exactly. */
  console: string[];
}

const VERDICT_WORDS: Record<Verdict, string> = {
  ok: 'ok',
  'cors-error': 'blocked',
  'network-error': 'network error',
  opaque: 'opaque response',
  'type-error': 'fetch() throws',
};

const PREFLIGHT_WORDS: Record<Prediction['decision']['preflight'], string> = {
  sent: 'preflight sent',
  none: 'no preflight',
  cached: 'preflight from cache',
};

/** Whether the login cookie goes with any actual request (an engine that sends none sends no cookie). */
const cookieSent = (p: Prediction) => p.requests.some((r) => r.kind === 'actual' && r.cookie.cookie === 'sent');

/** Why it failed: Firefox's reason where the engine has one (its own words, from MDN), else the CorsError's name. */
function reason(p: Prediction): string | null {
  if (p.verdict !== 'cors-error') return null;
  return p.engine === 'gecko' && p.firefox ? p.firefox.text : p.corsError;
}

/** The ways two engines can part, each a fact of the prediction (the comparison key, as text). */
const FACTS = {
  verdict: (p: Prediction) => p.verdict,
  error: (p: Prediction) => p.corsError ?? p.decision.networkError ?? '',
  preflight: (p: Prediction) => p.decision.preflight,
  cookie: (p: Prediction) => String(cookieSent(p)),
} satisfies Record<string, (p: Prediction) => string>;

type Fact = keyof typeof FACTS;

function summary(p: Prediction, differs: ReadonlySet<Fact>): EngineSummary {
  const words = [VERDICT_WORDS[p.verdict], reason(p)];
  if (differs.has('preflight')) words.push(PREFLIGHT_WORDS[p.decision.preflight]);
  if (differs.has('cookie')) words.push(cookieSent(p) ? 'cookie sent' : 'no cookie');
  return { engine: p.engine, name: ENGINE_NAMES[p.engine], words: words.filter(Boolean).join(', '), console: p.console };
}

/**
 * One summary per engine, in BROWSER_ENGINES order, when the engines differ in outcome, error,
 * preflight or cookie; null when they all agree on those (the strip is then not shown).
 */
export function engineDifferences(byEngine: Readonly<Record<BrowserEngine, Prediction>>): EngineSummary[] | null {
  const all = BROWSER_ENGINES.map((e) => byEngine[e]);
  const differs = new Set((Object.keys(FACTS) as Fact[]).filter((f) => new Set(all.map(FACTS[f])).size > 1));
  return differs.size === 0 ? null : all.map((p) => summary(p, differs));
}

/** The strip as one line of text (its accessible summary, and what the Markdown share could quote). */
export const stripText = (summaries: readonly EngineSummary[]) => summaries.map((s) => `${s.name}: ${s.words}`).join(' · ');
