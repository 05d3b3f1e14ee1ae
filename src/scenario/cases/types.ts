// The shared case table's format: one experiment (or a sequence in one
// browser context) and what Chromium is expected to do (and, where they
// differ, Firefox and Safari). Used by the engine's
// tests, the server's tests and the browser parity suite; it imports nothing
// from the engine so the server can use it alone.
import type { NetworkPlacement, Scenario } from '../types.ts';
import type { CookieSameSite } from '../victim.ts';

export type CaseVerdict = 'ok' | 'cors-error' | 'network-error' | 'opaque' | 'type-error';

/** What another browser engine did where it differs from Chromium (absent fields: as Chromium). */
export interface EngineExpectation {
  verdict?: CaseVerdict;
  preflight?: boolean;
  cookie?: Array<'sent' | 'not-sent'>;
}

/** The engines other than Chromium, whose truth the engines' parity suites observe (Firefox, Safari's WebKit). */
export type OtherEngine = 'gecko' | 'webkit';

export interface CaseExpectation {
  verdict: CaseVerdict;
  /** Chromium's CorsError name without the k prefix (CDP corsErrorStatus.corsError); null when none. */
  corsError?: string | null;
  /** As CDP reports it. May hold role tokens ({app}, {admin}…): resolve them with resolveTokens. */
  failedParameter?: string;
  /** When Chromium names one of several refused headers (which one is not predictable): the candidates. */
  failedParameterOneOf?: string[];
  /** Whether the server received a preflight (OPTIONS) in this step. */
  preflight: boolean;
  /** Whether each actual request that reached the server carried the login cookie, in order (the server's record). */
  cookie?: Array<'sent' | 'not-sent'>;
  /**
   * Where Firefox or Safari (WebKit) did otherwise, what they did, as observed in the real browser
   * (verdict, preflight, cookie; corsError and failedParameter stay Chromium's: only CDP reports them).
   */
  engines?: Partial<Record<OtherEngine, EngineExpectation>>;
  /**
   * Request header values the server received on each actual request of this step, by name;
   * null: the header was absent. Values may hold role tokens, and {page} for the runner page's
   * full URL (the Referer under unsafe-url). Checked by e2e/request-options.spec.ts.
   */
  received?: Record<string, string | null>;
  /** The same for the preflight (OPTIONS) of this step. */
  preflightReceived?: Record<string, string | null>;
}

export interface ScenarioCase {
  /** kebab-case, unique. */
  id: string;
  /** One sentence. */
  title: string;
  /** Logged in to the API with this SameSite value before the first step; absent: no login cookie. */
  login?: CookieSameSite;
  /** More than one step: a sequence in one browser context, no waiting between steps. */
  steps: Array<{ scenario: Scenario; expect: CaseExpectation }>;
}

/**
 * Where the case places the page on the network (Local Network Access), from its scenarios
 * (every step of a case shares one browser, so one placement): the setup a harness needs, as
 * `login` is. Undefined: the page is on loopback, as the playground really is; such a case runs
 * in any browser. Set: only a Chromium launched with --ip-address-space-overrides can run it.
 */
export function networkOf(c: ScenarioCase): NetworkPlacement | undefined {
  return c.steps[0]?.scenario.network;
}

/** The expectation for one engine: Chromium's, with that engine's observed differences over it. */
export function expectationFor(e: CaseExpectation, engine: 'chromium' | OtherEngine): CaseExpectation {
  const over = engine === 'chromium' ? undefined : e.engines?.[engine];
  return over ? { ...e, ...over } : e;
}
