import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_SCENARIO } from '../../scenario/defaults.ts';
import { makeDeployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { predictScenario } from '../../lib/predict-scenario.ts';
import { requestUrl } from '../../lib/request-url.ts';
import type { BrowserRun } from '../../lib/browser-run.ts';
import { scenarioMarkdown } from './markdown.ts';

const d = makeDeployment();
const link = 'http://app.playground.localhost:5173/#s=2AwA';
const blocked: BrowserRun = { outcome: 'cors-error', result: null, harnessError: null, entries: [] };

async function live(scenario: Scenario) {
  const url = await requestUrl(scenario, d, 'tab-session-0000000001');
  return predictScenario({ scenario, deployment: d, requestUrl: url, cache: { entries: [] }, now: 0, parentOrigin: d.app, cookie: null });
}

describe('Copy as Markdown', () => {
  it('holds the scenario, what the browser did, Chromium’s message, the steps and the fix', async () => {
    const prediction = await live(DEFAULT_SCENARIO);
    const md = scenarioMarkdown({ scenario: DEFAULT_SCENARIO, deployment: d, link, run: { prediction, browser: blocked, edited: false }, live: prediction });
    expect(md).toMatch(/^# The front end calls the API on another origin\n/);
    expect(md).toContain(`[Open this scenario in the CORS playground](${link})`);
    expect(md).toContain('- From http://app.playground.localhost:5173 (app): GET http://api.playground.localhost:8787/api/data');
    expect(md).toContain('```json\n{\n  "type": "policy",');
    expect(md).toContain('✖ **Blocked by CORS** (a real run in this browser)');
    expect(md).toContain('## Chromium’s console\n');
    // Chromium's words for kMissingAllowOriginHeader, quoted.
    expect(md).toMatch(/\n> Access to fetch at '.*' from origin 'http:\/\/app\.playground\.localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource\.\n/);
    expect(md).toMatch(/\n1\. [✔✖•] /);
    expect(md).toContain('**The fix:** ');
  });

  it('says the scenario was not sent, and leaves out a run of an earlier version of it', async () => {
    const scenario: Scenario = {
      version: 1,
      request: { ...DEFAULT_SCENARIO.request, from: 'cross-site', credentials: 'include', headers: [['X-Token', 'a`b']] },
      server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' } } },
    };
    const prediction = await live(scenario);
    const md = scenarioMarkdown({ scenario, deployment: d, link, run: { prediction, browser: blocked, edited: true }, live: prediction });
    expect(md).toMatch(/^# A CORS scenario\n/);
    expect(md).toContain('- From http://evil.localhost:5173 (cross-site): GET');
    expect(md).toContain('- Header X-Token: a`b');
    expect(md).toContain('- Options: credentials: "include"');
    expect(md).toContain('Not sent yet');
    expect(md).not.toContain('a real run');
    // '*' with credentials: Chromium's message for kWildcardOriginNotAllowed.
    expect(md).toContain("The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.");
  });

  it('names the browser the prediction is for, with each of its console lines', async () => {
    const url = await requestUrl(DEFAULT_SCENARIO, d, 'tab-session-0000000001');
    const prediction = predictScenario({ scenario: DEFAULT_SCENARIO, deployment: d, requestUrl: url, cache: { entries: [] }, now: 0, parentOrigin: d.app, cookie: null, engine: 'webkit' });
    const md = scenarioMarkdown({ scenario: DEFAULT_SCENARIO, deployment: d, link, run: { prediction, browser: blocked, edited: false }, live: prediction });
    // Safari prints two lines for a CORS failure (WebKitGTK 2.50): the reason, then "Fetch API cannot load …".
    expect(md).toContain('## Safari’s console\n\n> Origin http://app.playground.localhost:5173 is not allowed by Access-Control-Allow-Origin. Status code: 200\n> Fetch API cannot load ');
  });
});
