// A lesson is data: a story, a goal, hints, a starting scenario, a solution
// and a check made of probes. Adding a lesson is adding an entry to a chapter
// file (chapters/NN-*.ts), never new wiring. Documented in docs/lessons.md.
//
// A lesson passes only on the real browser's results: each probe is a variation
// of the learner's current scenario run by the real browser from one origin, and
// its expectation is compared with what the browser really did, never with the
// model's prediction.
import type { CorsErrorName, Verdict } from '../engine/types.ts';
import type { OriginRole, Scenario, ScenarioRequest } from '../scenario/types.ts';
import type { CookieSameSite } from '../scenario/victim.ts';

/** Stable, kebab-case: it is part of the lesson's link (a public API). */
export type LessonId = string;

/** The server frameworks each lesson shows the configuration for, once passed. */
export type Framework = 'express' | 'fastapi' | 'spring' | 'go' | 'nginx';

/** What the real browser must do for a probe to pass. Every field that is set must hold. */
export interface ProbeExpectation {
  /** How the real run was classified (src/run/classify.ts). */
  outcome: Verdict;
  /** Whether the server recorded a preflight for this probe's run. */
  preflight?: 'sent' | 'none';
  /** Whether page JavaScript read the logged-in user's private data (the run's leak fact). */
  readsPrivateData?: boolean;
  /** Whether the login cookie reached the server on the actual request (the server's record). */
  cookie?: 'sent' | 'not-sent';
  /** The HTTP status page JavaScript read (fetch() resolved with it). */
  status?: number;
  /**
   * What page script saw when something other than fetch() made the request
   * (request.via): an <img>, <script> or form "load", EventSource or WebSocket
   * "message", a WebSocket "open" with no message, or "error".
   */
  channelEvent?: 'load' | 'message' | 'open' | 'error';
  /** A response header page JavaScript must (or must not) be able to read. */
  readableHeader?: { name: string; readable: boolean };
}

/** One real run of the learner's scenario, varied. */
export interface Probe {
  /** Shown to the learner: "The app reads the data", "The attacker's page is blocked". */
  label: string;
  /** The origin the request comes from in this probe (the learner's own choice is ignored). */
  from: OriginRole;
  /** Request fields this probe sets on top of the learner's request (the server side is always the learner's). */
  request?: Partial<Omit<ScenarioRequest, 'from'>>;
  /** Run the same request this many times in a row (default 1); the expectation is about the last run. */
  runs?: number;
  expect: ProbeExpectation;
}

/** The reason the lesson is about: what the starting scenario does in the real browser. */
export interface StartingFailure {
  outcome: Verdict;
  /** Chromium's CorsError (read from DevTools in the end-to-end test; the page cannot know it). */
  corsError?: CorsErrorName;
  /** True when the lesson starts from a leak (an attack lesson): the attacker reads the data. */
  leak?: boolean;
}

export interface Lesson {
  id: LessonId;
  title: string;
  /** A short story: who is stuck, and what they see. Two to four sentences. */
  story: string;
  /** One sentence: what to make true. */
  goal: string;
  /** Progressive: each says a little more; the last one almost gives it away. */
  hints: string[];
  /** The scenario the lesson opens with. */
  start: Scenario;
  /** "Show me": the scenario that passes the check (for a security lesson, the server-side fix). */
  solution: Scenario;
  startsWith: StartingFailure;
  /** All must pass in the real browser. */
  check: Probe[];
  /** Log the victim in (this SameSite) before the probes run: for lessons about cookies and attacks. */
  login?: CookieSameSite;
  /** Once passed: the rule, in two or three sentences. */
  rule: string;
  /** The section of the Fetch standard (or HTML / RFC) that states the rule. */
  spec: { title: string; href: string };
  /** Once passed: how to configure the fix, one short snippet per framework. */
  configure: Record<Framework, string>;
  /** The Chromium errors this lesson teaches (see by-error.ts). */
  teaches: CorsErrorName[];
}

export interface Chapter {
  /** Stable id, kebab-case. */
  id: string;
  title: string;
  lessons: Lesson[];
}
