import { test, expect } from '../e2e/fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import { resolveTokens, targetOrigin } from '../src/scenario/origins.ts';
import { testDeployment as d } from '../e2e/deployment.ts';
import { predict } from '../src/engine/predict.ts';
import { serverModel } from '../src/policy/model.ts';
import { apiUrl, encodeServerSide } from '../src/scenario/wire.ts';
import { resolveServerSide } from '../src/scenario/resolve.ts';
import type { PreflightCache } from '../src/engine/types.ts';
import * as fs from 'node:fs';

const only = process.env.CASE;
for (const c of CASES.filter((c) => !only || c.id.includes(only))) {
  test(c.id, async ({ playground, truth, page }) => {
    let cache: PreflightCache | undefined;
    const report: unknown[] = [];
    for (const [i, step] of c.steps.entries()) {
      if (i === 0) await playground.open(step.scenario);
      else await playground.load(step.scenario);
      truth.clear();
      const before = (await playground.serverRecord()).lastSeq;
      const session = await page.evaluate(() => sessionStorage.getItem('cors-playground:session'));
      const now = Date.now();
      await playground.send();
      const rec = await playground.serverRecord();
      const entries = rec.entries.filter((e) => e.seq > before);
      let url: string;
      if (entries[0]) url = `http://${entries[0].host}${entries[0].target}`;
      else url = apiUrl(targetOrigin(step.scenario.request.from, d), session!, await encodeServerSide(resolveServerSide(step.scenario.server, d)), resolveTokens(step.scenario.request.path, d));
      const input = { scenario: step.scenario, deployment: d, requestUrl: url, serve: serverModel(step.scenario.server, d), now };
      const p = predict(cache ? { ...input, cache } : input);
      cache = p.cache;
      const r = playground.result;
      const browser = {
        verdict: await r.getAttribute('data-browser-outcome'),
        preflight: entries.some((e) => e.kind === 'preflight'),
        corsError: truth.corsFailures.at(-1)?.corsError ?? null,
        failedParameter: truth.corsFailures.at(-1)?.failedParameter ?? null,
        console: truth.corsMessages,
      };
      const predicted = {
        verdict: p.verdict,
        preflight: p.requests.some((q) => q.kind === 'preflight'),
        corsError: p.corsError,
        failedParameter: p.corsError ? p.failedParameter : null,
        console: p.consoleMessage ? [p.consoleMessage] : [],
      };
      report.push({ step: i, browser, predicted, expect: step.expect, jsPred: p.js });
      fs.appendFileSync('/tmp/parity.jsonl', JSON.stringify({ id: c.id, step: i, same: JSON.stringify(browser) === JSON.stringify(predicted), browser, predicted, expect: step.expect, jsPred: p.js, allConsole: truth.consoleErrors }) + '\n');
    }
    for (const x of report as Array<{ browser: unknown; predicted: unknown }>) expect(x.predicted).toEqual(x.browser);
  });
}
