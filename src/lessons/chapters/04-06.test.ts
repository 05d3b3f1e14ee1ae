// Chapters 04–06 (origin mismatch, credentials, methods and headers): well-formed
// data, and a sanity check with the engine's model. The expected failures are the
// lessons' own `startsWith`, taken from /work/shared/reference/chromium-cors.md;
// the real browser decides whether a lesson passes (e2e/lessons.spec.ts).
import { describe, expect, test } from 'vitest';
import { DEPLOYMENT, predictScenario } from '../../engine/test-support.ts';
import type { Prediction } from '../../engine/types.ts';
import { parseScenario } from '../../scenario/parse.ts';
import { resolveTokens } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { LESSON_FOR_ERROR } from '../by-error.ts';
import type { Lesson, Probe } from '../types.ts';
import { originMismatch } from './04-origin-mismatch.ts';
import { credentials } from './05-credentials.ts';
import { methodsAndHeaders } from './06-methods-and-headers.ts';

const CHAPTERS = [originMismatch, credentials, methodsAndHeaders];
const LESSONS = CHAPTERS.flatMap((c) => c.lessons);

function modelRun(lesson: Lesson, scenario: Scenario, probe: Probe): Prediction {
  const varied: Scenario = { ...scenario, request: { ...scenario.request, ...probe.request, from: probe.from } };
  return predictScenario(varied, undefined, 1_000_000, lesson.login ? { sameSite: lesson.login } : null);
}

/** The probe's expectations the model's run does not meet (the API answers private data to a request that carries the cookie). */
function unmet(p: Prediction, probe: Probe): string[] {
  const e = probe.expect;
  const d = p.decision;
  const facts = {
    outcome: d.verdict,
    preflight: d.preflight === 'sent' ? 'sent' : 'none',
    cookie: d.cookie.cookie,
    readsPrivateData: d.verdict === 'ok' && d.cookie.cookie === 'sent',
  };
  return (Object.keys(facts) as (keyof typeof facts)[]).filter((k) => e[k] !== undefined && e[k] !== facts[k]).map((k) => `${k}: ${facts[k]}`);
}

const failingProbes = (lesson: Lesson, scenario: Scenario) =>
  lesson.check.filter((probe) => unmet(modelRun(lesson, scenario, probe), probe).length > 0).map((p) => p.label);

describe('lessons of chapters 04–06', () => {
  test('each chapter holds exactly the lesson ids its file announces (they are in links)', () => {
    expect(CHAPTERS.map((c) => c.lessons.map((l) => l.id))).toEqual([
      ['wrong-port', 'localhost-vs-127', 'trailing-slash', 'comma-separated-list', 'allow-origin-not-an-origin'],
      ['wildcard-with-credentials', 'allow-credentials-missing', 'allow-credentials-true-case'],
      ['method-not-allowed', 'patch-is-case-sensitive', 'header-not-allowed'],
    ]);
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))('%s is complete and its scenarios are valid scenario JSON', (_id, lesson) => {
    expect(lesson.hints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.rule.split(/(?<=\.) /).length).toBeLessThanOrEqual(3);
    expect(lesson.spec.href).toMatch(/^https:\/\/(fetch|html)\.spec\.whatwg\.org\//);
    for (const framework of ['express', 'fastapi', 'spring', 'go', 'nginx'] as const) expect(lesson.configure[framework].trim()).not.toBe('');
    for (const scenario of [lesson.start, lesson.solution]) {
      const parsed = parseScenario(JSON.stringify(scenario));
      expect(parsed.ok ? parsed.scenario : parsed.error).toEqual(scenario);
    }
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))('%s: the model starts where the lesson says, and only the solution passes', (_id, lesson) => {
    const start = predictScenario(lesson.start, undefined, 1_000_000, lesson.login ? { sameSite: lesson.login } : null).decision;
    expect({ outcome: start.verdict, corsError: start.error?.name ?? null }).toEqual({ outcome: lesson.startsWith.outcome, corsError: lesson.startsWith.corsError ?? null });
    expect(failingProbes(lesson, lesson.start)).not.toEqual([]);
    expect(failingProbes(lesson, lesson.solution)).toEqual([]);
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))("%s quotes Chromium's message as the model words it", (_id, lesson) => {
    const message = predictScenario(lesson.start, undefined, 1_000_000, lesson.login ? { sameSite: lesson.login } : null).consoleMessage ?? '';
    // Quoted sentences of the story; "…" stands for a value the story leaves out.
    const quotes = [...lesson.story.matchAll(/"([^"]+\.)"/g)].map((m) => m[1]!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) for (const piece of quote.split('…')) expect(message).toContain(piece);
  });

  test('every error a lesson teaches leads back to that lesson', () => {
    for (const lesson of LESSONS) for (const error of lesson.teaches) expect([error, LESSON_FOR_ERROR[error]]).toEqual([error, lesson.id]);
    const mapped = Object.entries(LESSON_FOR_ERROR).filter(([, id]) => LESSONS.some((l) => l.id === id)).map(([error]) => error);
    expect(mapped.sort()).toEqual(LESSONS.flatMap((l) => l.teaches).sort());
  });

  test('the failing parameter is what each story is about (reference §2.1, §1.2, §7.7, §7.8)', () => {
    const param = (id: string) => {
      const lesson = LESSONS.find((l) => l.id === id)!;
      return predictScenario(lesson.start, undefined, 1_000_000, lesson.login ? { sameSite: lesson.login } : null).decision.failedParameter;
    };
    const port = /:(\d+)$/.exec(DEPLOYMENT.app)![1];
    expect(param('wrong-port')).toBe(`http://app.${DEPLOYMENT.site}:3000`);
    expect(param('localhost-vs-127')).toBe(`http://127.0.0.1:${port}`);
    expect(param('trailing-slash')).toBe(`${DEPLOYMENT.app}/`);
    expect(param('comma-separated-list')).toBe(`${DEPLOYMENT.app}, ${DEPLOYMENT.admin}`);
    expect(param('allow-origin-not-an-origin')).toBe(`*.${DEPLOYMENT.site}`);
    expect(param('allow-credentials-missing')).toBe('');
    expect(param('allow-credentials-true-case')).toBe('True');
    expect(param('method-not-allowed')).toBe('DELETE');
    expect(param('patch-is-case-sensitive')).toBe('patch');
    expect(param('header-not-allowed')).toBe('authorization');
  });

  test('{app-port} is the app\'s port alone', () => {
    expect(resolveTokens('http://127.0.0.1:{app-port}', DEPLOYMENT)).toBe('http://127.0.0.1:5173');
  });
});
