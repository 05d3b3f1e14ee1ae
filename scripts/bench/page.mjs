// In real Chromium: from a click on Send to the run's result and explanation
// in the DOM, against the bare fetch() round trips that run performs (the
// record read before and after, and the scenario's own request from the
// runner frame), replayed bare in the same frames right after. Cold = the
// first Send once the page has loaded (network idle); warm = later Sends in the same page.
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';
import { DEFAULT_SCENARIO } from '../../build/server/src/scenario/defaults.js';
import { startServer } from './run-server.mjs';
import { POLICY, SITE } from './scenario.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const PAGE_SCENARIOS = {
  'simple GET': {
    ...DEFAULT_SCENARIO,
    request: { ...DEFAULT_SCENARIO.request, credentials: 'include' },
    server: { type: 'policy', policy: POLICY },
  },
  'PUT + preflight': {
    ...DEFAULT_SCENARIO,
    request: { ...DEFAULT_SCENARIO.request, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"n":1}' }, credentials: 'include' },
    // max-age 0: every run sends its preflight (Chromium caches none).
    server: { type: 'policy', policy: { ...POLICY, maxAge: 0 } },
  },
};

/** Clicks Send and waits, inside the page, until run `n` has its result and the explanation's agreement. */
function sendAndTime(page, n) {
  return page.evaluate((n) => {
    const done = () =>
      document.querySelector(`[data-testid="run-result"][data-state="done"][data-run-count="${n}"][data-predicted-outcome]`) &&
      document.querySelector('[data-testid="agreement"]');
    return new Promise((resolve) => {
      performance.clearMarks();
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        const total = performance.now() - start;
        // The page's own marks (use-run.ts, run-scenario.ts), as ms since the click.
        const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('cors-playground:run:')).map((m) => [m.name.slice(20), m.startTime - start]));
        resolve({ total, marks: { ...marks, rendered: total } });
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Send').click();
    });
  }, n);
}

/** The same round trips, bare: each timed inside the frame that made it, in the run's order. */
async function bareRoundTrips(page, scenario) {
  const [logUrl] = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/__log/')).slice(-1));
  const runner = page.frames().find((f) => f.url().includes('/runner.html'));
  const [apiUrl] = await runner.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/s/')).slice(-1));
  const timeLog = () => page.evaluate((url) => { const t = performance.now(); return fetch(url).then((r) => r.text()).then(() => performance.now() - t); }, logUrl);
  const { method, headers, body, credentials } = scenario.request;
  const init = { method, headers, credentials, mode: 'cors', ...(body.type === 'none' ? {} : { body: body.text }) };
  const timeApi = () => runner.evaluate(([url, init]) => { const t = performance.now(); return fetch(url, init).then((r) => r.text()).then(() => performance.now() - t); }, [apiUrl, init]);
  return (await timeLog()) + (await timeApi()) + (await timeLog());
}

export async function benchPage({ basePort, runs = 20, log = console.log }) {
  const found = findChromium();
  if (!found) throw new Error('no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)');
  const server = await startServer('ours', basePort, basePort + 1);
  const browser = await chromium.launch({ executablePath: found.executablePath });
  const app = `http://app.${SITE}:${basePort}/`;
  const results = {};
  try {
    for (const [name, scenario] of Object.entries(PAGE_SCENARIOS)) {
      const link = `${app}#scenario=${encodeURIComponent(JSON.stringify(scenario))}`;
      const cold = [];
      const coldBare = [];
      const warm = [];
      const warmBare = [];
      let page = null;
      for (let i = 0; i < runs; i++) {
        // Cold: a new page (its runner frame, JIT and connections all new), in a fresh context.
        const context = await browser.newContext();
        page = await context.newPage();
        await page.goto(link);
        await page.waitForSelector('[data-testid="live-prediction"][data-verdict="ok"]');
        // As a learner clicks Send: after the page has loaded, including the runner frame it loads ahead.
        // (Not 'networkidle': the page keeps its record's live stream open.)
        await Promise.all(page.frames().map((f) => f.waitForLoadState('load')));
        cold.push((await sendAndTime(page, 1)).total);
        coldBare.push(await bareRoundTrips(page, scenario));
        if (i < runs - 1) await context.close();
      }
      // Warm: the last page, Send after Send.
      const phases = [];
      for (let i = 0; i < runs; i++) {
        const { total, marks } = await sendAndTime(page, i + 2);
        warm.push(total);
        phases.push(marks);
        warmBare.push(await bareRoundTrips(page, scenario));
      }
      await page.context().close();
      // Median time of each phase of a warm run: from the previous mark to this one.
      const names = Object.keys(phases[0]);
      const warmPhases = Object.fromEntries(names.map((n, i) => [n, median(phases.map((p) => p[n] - (i === 0 ? 0 : p[names[i - 1]])))]));
      results[name] = { cold: median(cold), coldBare: median(coldBare), warm: median(warm), warmBare: median(warmBare), warmPhases };
      const r = results[name];
      log(`  ${name.padEnd(16)} cold ${r.cold.toFixed(1)} ms (bare ${r.coldBare.toFixed(1)})  warm ${r.warm.toFixed(1)} ms (bare ${r.warmBare.toFixed(1)})`);
      log(`    warm phases (median ms): ${Object.entries(warmPhases).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}
