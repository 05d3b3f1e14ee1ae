// Chapters 04–06 (origin mismatch, credentials, methods and headers): what only
// these chapters claim. Every lesson's shape, its start against the model and its
// quoted console words are checked once, over the registry, in ../lessons.test.ts;
// the real browser decides whether a lesson passes (e2e/lessons.spec.ts).
import { describe, expect, test } from 'vitest';
import { DEPLOYMENT, predictScenario } from '../../engine/test-support.ts';
import { resolveTokens } from '../../scenario/origins.ts';
import { originMismatch } from './04-origin-mismatch.ts';
import { credentials } from './05-credentials.ts';
import { methodsAndHeaders } from './06-methods-and-headers.ts';

const CHAPTERS = [originMismatch, credentials, methodsAndHeaders];
const LESSONS = CHAPTERS.flatMap((c) => c.lessons);

describe('lessons of chapters 04–06', () => {
  test('each chapter holds exactly the lesson ids its file announces (they are in links)', () => {
    expect(CHAPTERS.map((c) => c.lessons.map((l) => l.id))).toEqual([
      ['wrong-port', 'localhost-vs-127', 'trailing-slash', 'comma-separated-list', 'allow-origin-not-an-origin'],
      ['wildcard-with-credentials', 'allow-credentials-missing', 'allow-credentials-true-case'],
      ['method-not-allowed', 'patch-is-case-sensitive', 'header-not-allowed'],
    ]);
  });

  test('the failing parameter is what each story is about (reference §2.1, §1.2, §7.7, §7.8)', () => {
    const param = (id: string) => {
      const lesson = LESSONS.find((l) => l.id === id)!;
      return predictScenario(lesson.start, { cookie: lesson.login ? { sameSite: lesson.login } : null }).decision.failedParameter;
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
