// Scenario version 2: the server side as a sequence. Each hop of a redirect
// chain answers with its own lines, chains run several hops or loop, a hop
// can come back to the page's own origin, an answer can change on a later
// arrival (the same URL, the next Send), and a status can be any final one a
// browser accepts. Expectations from chromium-cors.md §2.4 (taint, 20
// redirects) and observed in Chromium (statuses 600–999 reach script).
import type { AnswerRow, AnswerWhen, RawResponse, Scenario } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { acam, acao, acma, BASE_REQUEST, fails, methodRefused, networkError, ok, raw, type RequestPatch } from './helpers.ts';

const location = (url: string): [string, string] => ['Location', url];
const row = (when: AnswerWhen, response: RawResponse): AnswerRow => ({ when, response });
/** The hop at this path answers this. */
const at = (path: string, response: RawResponse): AnswerRow => row({ path }, response);

/** A version-2 raw server: the rows first, else these preflight / actual lines (the actual without CORS headers by default). */
function sequence(req: RequestPatch, answers: AnswerRow[], fallback: { preflight?: RawResponse; actual?: RawResponse } = {}): Scenario {
  return {
    version: 2,
    request: { ...BASE_REQUEST, ...req },
    server: { type: 'raw', preflight: fallback.preflight ?? raw(204), actual: fallback.actual ?? raw(200), answers },
  };
}

const one = (id: string, title: string, scenario: Scenario, expect: CaseExpectation): ScenarioCase => ({ id, title, steps: [{ scenario, expect }] });

const hops: ScenarioCase[] = [
  one('seq-second-hop-own-acao', 'The second hop answers with its own ACAO for the app: the chain passes.',
    sequence({}, [at('/data', raw(302, acao('{app}'), location('{api}/b'))), at('/b', raw(200, acao('{app}')))]), ok()),
  one('seq-second-hop-other-acao', 'The first hop allows the app, the second names another origin: the check fails on the second hop.',
    sequence({}, [at('/data', raw(302, acao('{app}'), location('{api}/b'))), at('/b', raw(200, acao('{admin}')))]), fails('AllowOriginMismatch', '{admin}', false)),
  one('seq-second-hop-other-origin-null', 'A hop to the second API taints the origin: that hop answers ACAO null and passes.',
    sequence({}, [at('/data', raw(307, acao('{app}'), location('{api2}/b'))), at('/b', raw(200, acao('null')))]), ok()),
  one('seq-three-hops', 'A chain of three hops (302, 307, 308), each allowing the app, ends in a 200.',
    sequence({}, [
      at('/data', raw(302, acao('{app}'), location('/b'))),
      at('/b', raw(307, acao('{app}'), location('/c'))),
      at('/c', raw(308, acao('{app}'), location('/d'))),
      at('/d', raw(200, acao('{app}'))),
    ]), ok()),
  one('seq-three-hops-last-bare', 'In a three-hop chain the last hop forgets ACAO: missing on the last response.',
    sequence({}, [
      at('/data', raw(302, acao('{app}'), location('/b'))),
      at('/b', raw(302, acao('{app}'), location('/c'))),
      at('/c', raw(200)),
    ]), fails('MissingAllowOriginHeader', '', false)),
  one('seq-same-url-again', 'The URL redirects to itself once: its second arrival answers 200.',
    sequence({}, [row({ path: '/data', arrival: 1 }, raw(302, acao('{app}'), location('/data'))), at('/data', raw(200, acao('{app}')))]), ok()),
];

const loops: ScenarioCase[] = [
  one('seq-loop', 'Two URLs redirect to each other: after 20 redirects the browser gives up (a network error, no CORS error).',
    sequence({}, [at('/data', raw(302, acao('{app}'), location('/b'))), at('/b', raw(302, acao('{app}'), location('/data')))]), networkError()),
  one('seq-loop-to-self', 'A URL that always redirects to itself: a network error after 20 redirects.',
    sequence({}, [at('/data', raw(307, acao('*'), location('/data')))]), networkError()),
];

const backToPage: ScenarioCase[] = [
  one('seq-back-to-app-star', 'The API redirects back to the page’s own origin: the origin stays "null", so ACAO * passes there.',
    sequence({}, [at('/data', raw(302, acao('{app}'), location('{app}/back'))), at('/back', raw(200, acao('*')))]), ok()),
  one('seq-back-to-app-named', 'Back at the page’s own origin after a cross-origin hop, ACAO naming the page fails: the request’s origin is "null".',
    sequence({}, [at('/data', raw(302, acao('{app}'), location('{app}/back'))), at('/back', raw(200, acao('{app}')))]), fails('AllowOriginMismatch', '{app}', false)),
];

const PUT: RequestPatch = { method: 'PUT' };
/** The first preflight allows PUT for 60 s; every later one (the fallback) does not. */
const changedPreflight = sequence(PUT,
  [row({ kind: 'preflight', arrival: 1 }, raw(204, acao('{app}'), acam('PUT'), acma('60')))],
  { preflight: raw(204, acao('{app}')), actual: raw(200, acao('{app}')) });
const changedActual = sequence({}, [row({ kind: 'actual', arrival: 1 }, raw(200, acao('{app}')))]);

const arrivals: ScenarioCase[] = [
  {
    id: 'seq-stale-preflight-cache',
    title: 'The server stops allowing PUT after its first preflight; the cached answer still lets the next PUT through until a request skips the cache.',
    steps: [
      { scenario: changedPreflight, expect: ok(true) },
      { scenario: changedPreflight, expect: ok(false) },
      { scenario: { ...changedPreflight, request: { ...changedPreflight.request, cache: 'no-cache' } }, expect: methodRefused('PUT') },
    ],
  },
  {
    id: 'seq-actual-changes-on-second-arrival',
    title: 'The same URL answers with ACAO the first time and without it the second: the second Send fails.',
    steps: [
      { scenario: changedActual, expect: ok() },
      { scenario: changedActual, expect: fails('MissingAllowOriginHeader', '', false) },
    ],
  },
];

const statuses: ScenarioCase[] = [
  one('seq-status-600', 'An actual answer with status 600 (outside 200–599) reaches script as it is.', sequence({}, [at('/data', raw(600, acao('{app}')))]), ok()),
  one('seq-status-999-no-acao', 'Status 999 without ACAO is still a CORS error.', sequence({}, [at('/data', raw(999))]), fails('MissingAllowOriginHeader', '', false)),
  one('seq-preflight-status-700', 'A preflight answered 700 is not an ok status.',
    sequence(PUT, [row({ kind: 'preflight' }, raw(700, acao('{app}'), acam('PUT')))]), fails('PreflightInvalidStatus', '', true)),
];

export const SEQUENCE_CASES: ScenarioCase[] = [...hops, ...loops, ...backToPage, ...arrivals, ...statuses];
