// The eight classic CORS failures: for each, the page explains the browser's
// refusal in Chromium's words, and its one-click fix makes the real browser succeed.
import { test, expect, type BrowserTruth, type Playground } from './fixtures.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import type { Policy, RawResponse, Scenario, ScenarioRequest } from '../src/scenario/types.ts';
import { CASES } from '../src/scenario/cases/index.ts';

const withPolicy = (request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
const withRaw = (request: Partial<ScenarioRequest>, preflight: RawResponse, actual: RawResponse): Scenario => ({
  version: 1,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'raw', preflight, actual },
});
const app: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}'] } };

const CLASSICS: Array<{ name: string; scenario: Scenario; corsError: string; words: RegExp }> = [
  { name: 'missing Access-Control-Allow-Origin', scenario: withPolicy({}, {}), corsError: 'MissingAllowOriginHeader', words: /No 'Access-Control-Allow-Origin' header is present/ },
  {
    name: 'a mismatched origin',
    scenario: withRaw({}, { status: 204, headers: [] }, { status: 200, headers: [['Access-Control-Allow-Origin', '{admin}']] }),
    corsError: 'AllowOriginMismatch',
    words: /has a value 'http:\/\/admin\.[^']+' that is not equal to the supplied origin/,
  },
  {
    name: '* with credentials',
    scenario: withPolicy({ credentials: 'include' }, { allowOrigin: { type: 'any' }, allowCredentials: true }),
    corsError: 'WildcardOriginNotAllowed',
    words: /must not be the wildcard '\*' when the request's credentials mode is 'include'/,
  },
  {
    name: 'a missing Access-Control-Allow-Credentials',
    scenario: withPolicy({ credentials: 'include' }, app),
    corsError: 'InvalidAllowCredentials',
    words: /The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true'/,
  },
  {
    name: 'a method not allowed',
    scenario: withPolicy({ method: 'DELETE' }, { ...app, allowMethods: { type: 'list', values: ['GET', 'POST'] } }),
    corsError: 'MethodDisallowedByPreflightResponse',
    words: /Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response/,
  },
  {
    name: 'a header not allowed',
    scenario: withPolicy({ headers: [['X-Api-Key', 'secret']] }, app),
    corsError: 'HeaderDisallowedByPreflightResponse',
    words: /Request header field x-api-key is not allowed by Access-Control-Allow-Headers in preflight response/,
  },
  {
    name: 'a preflight answered 500',
    scenario: withPolicy({ method: 'PUT' }, { ...app, allowMethods: { type: 'list', values: ['GET', 'PUT'] }, preflightStatus: 500 }),
    corsError: 'PreflightInvalidStatus',
    words: /Response to preflight request doesn't pass access control check: It does not have HTTP ok status/,
  },
  {
    name: 'two Access-Control-Allow-Origin values',
    scenario: withPolicy({}, { ...app, proxyHeaders: [['Access-Control-Allow-Origin', '*']] }),
    corsError: 'MultipleAllowOriginValues',
    words: /The 'Access-Control-Allow-Origin' header contains multiple values 'http:\/\/app\.[^,]+, \*', but only one is allowed/,
  },
];

/** Presses "Apply fix", sends again: the real browser and the model both say ok, and Chromium reports no CORS failure. */
async function applyFixAndSucceed(playground: Playground, truth: BrowserTruth): Promise<void> {
  await playground.page.getByRole('button', { name: /^Apply fix/ }).click();
  truth.clear();
  await playground.send();
  await expect(playground.result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(playground.result).toHaveAttribute('data-predicted-outcome', 'ok');
  expect(truth.corsFailures).toEqual([]);
  expect(truth.corsMessages).toEqual([]);
}

for (const c of CLASSICS) {
  test(`${c.name}: explained in Chromium's words, and fixed in one click`, async ({ page, playground, truth }) => {
    await playground.open(c.scenario);
    // The prediction is there before anything is sent.
    await expect(playground.result).toHaveAttribute('data-state', 'idle');
    await playground.send();
    await expect(playground.result).toHaveAttribute('data-browser-outcome', 'cors-error');
    await expect(playground.result).toHaveAttribute('data-predicted-outcome', 'cors-error');
    await expect(playground.result).toHaveAttribute('data-predicted-cors-error', c.corsError);
    await expect.poll(() => truth.corsFailures.map((f) => f.corsError)).toEqual([c.corsError]);
    // The predicted console message is Chromium's, word for word.
    const predicted = page.getByTestId('predicted-console-message');
    await expect(predicted).toContainText(c.words);
    const words = await predicted.innerText();
    await expect.poll(() => truth.corsMessages).toEqual([words]);
    await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');

    await applyFixAndSucceed(playground, truth);
  });
}

// Beyond the policy's CORS lines: version 2's answer rows, where the fix rewrites the row that wrote
// the failing answer (a hop naming another origin; the hop that redirected once too often in a loop),
// and the HTTP cache's 304 (a conditional header set by script, once allowed, brings a 304 without
// CORS headers). The real browser then succeeds.
const BEYOND_THE_POLICY: Array<{ id: string; paths: RegExp[] }> = [
  { id: 'seq-second-hop-other-acao', paths: [/^server\.answers\.\d+\.response$/] },
  { id: 'seq-loop', paths: [/^server\.answers\.\d+\.response$/] },
  { id: 'http-cache-script-if-none-match', paths: [/^server\.policy\.allowHeaders$/, /^server\.policy\.httpCache$/] },
];
for (const { id, paths } of BEYOND_THE_POLICY) {
  test(`${id}: the fix edits what failed, and the real browser succeeds`, async ({ page, playground, truth }) => {
    await playground.open(CASES.find((c) => c.id === id)!.steps[0]!.scenario);
    await playground.send();
    await expect(playground.result).not.toHaveAttribute('data-browser-outcome', 'ok');
    await expect(page.getByTestId('agreement')).toHaveAttribute('data-agree', 'true');
    await expect(page.locator('.fix-path')).toHaveText(paths);

    await applyFixAndSucceed(playground, truth);
  });
}
