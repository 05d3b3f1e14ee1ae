// Scenario version 2 on the policy side: which answer row serves a request,
// and what the server will send (statuses 200–999, a Location back at the app).
import { describe, expect, it } from 'vitest';
import { answerRowFor, arrivalKey } from './answers.ts';
import { validateServerSide } from './validate.ts';
import type { AnswerRow, ServerSide } from '../scenario/types.ts';

const r = (status: number) => ({ status, headers: [] });
const rows: AnswerRow[] = [
  { when: { kind: 'preflight' }, response: r(204) },
  { when: { path: '/b', arrival: 2 }, response: r(202) },
  { when: { path: '/b' }, response: r(201) },
];

describe('answer rows', () => {
  it('the first row whose every condition holds wins; the path is compared without its query', () => {
    expect(answerRowFor(rows, arrivalKey('preflight', '/b'), 2)?.response.status).toBe(204);
    expect(answerRowFor(rows, arrivalKey('actual', '/b?x=1'), 2)?.response.status).toBe(202);
    expect(answerRowFor(rows, arrivalKey('actual', '/b'), 3)?.response.status).toBe(201);
    expect(answerRowFor(rows, arrivalKey('actual', '/c'), 1)).toBeNull();
  });
});

describe('what the server will send (version 2)', () => {
  const raw = (status: number, location?: string): ServerSide => ({
    type: 'raw', preflight: r(204), actual: r(200),
    answers: [{ when: {}, response: { status, headers: location ? [['Location', location]] : [] } }],
  });
  it('any final status from 200 to 999; 1xx refused as interim, at the row', () => {
    expect(validateServerSide(raw(600))).toEqual([]);
    expect(validateServerSide(raw(999))).toEqual([]);
    expect(validateServerSide(raw(150))).toEqual([{ path: 'answers.0.response.status', message: expect.stringMatching(/from 200 to 999 \(got 150\)\. 1xx answers are interim/) }]);
    expect(validateServerSide(raw(1000))[0]?.path).toBe('answers.0.response.status');
  });
  it('a Location may go back to the app, never elsewhere', () => {
    expect(validateServerSide(raw(302, '{app}/back'))).toEqual([]);
    expect(validateServerSide(raw(302, '{admin}/back'))[0]?.path).toBe('answers.0.response.headers.0.value');
  });
});
