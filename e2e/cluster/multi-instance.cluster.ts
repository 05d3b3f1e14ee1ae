// Two playground instances behind nginx (round-robin), sharing the request
// record through Redis, with real Chromium in front: every preflight and
// actual request is in the page's record whichever instance answered it; an
// instance stopped mid-run loses nothing; Redis stopped leaves the playground
// answering, and the page says the record is unavailable.
import fs from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startCluster, startRedis, type LocalCluster } from '../../scripts/cluster/local.mjs';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../src/scenario/defaults.ts';
import type { LogAnswer } from '../../src/scenario/log-types.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { compactLink } from '../fixtures.ts';

const [from, to] = (process.env.CLUSTER_PORTS ?? '9500-9599').split('-').map(Number);

const test = base.extend<{ cluster: LocalCluster }>({
  // eslint-disable-next-line no-empty-pattern
  cluster: async ({}, use) => {
    const cluster = await startCluster({ instances: 2, from, to });
    await use(cluster);
    await cluster.stop();
  },
});

/** A JSON PUT: preflighted. Max-Age 0, so Chromium keeps no preflight and every Send sends one. */
const PREFLIGHTED: Scenario = {
  version: 1,
  request: { ...DEFAULT_REQUEST, method: 'PUT', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"n":1}' } },
  server: {
    type: 'policy',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'list', origins: ['{app}'] },
      allowMethods: { type: 'list', values: ['GET', 'PUT'] },
      allowHeaders: { type: 'list', values: ['Content-Type'] },
      maxAge: 0,
    },
  },
};

async function open(page: Page, cluster: LocalCluster): Promise<void> {
  await page.goto(new URL(await compactLink(PREFLIGHTED), cluster.url).href);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
}

/** Presses Send and waits for run number `n` to be done. */
async function send(page: Page, n: number): Promise<void> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const result = page.getByTestId('run-result');
  await expect(result).toHaveAttribute('data-run-count', String(n));
  await expect(result).toHaveAttribute('data-state', 'done');
}

/** The tab's record as the page reads it: through nginx, from whichever instance. */
function pageRecord(page: Page): Promise<LogAnswer> {
  return page.evaluate(async () => {
    const session = sessionStorage.getItem('cors-playground:session');
    return (await (await fetch(`/__log/${session}?after=0`, { cache: 'no-store' })).json()) as LogAnswer;
  });
}

/** Which instance (its API port) answered each experiment request, from nginx's access log. */
function answeredBy(cluster: LocalCluster): { method: string; port: number }[] {
  return fs.readFileSync(cluster.nginx.accessLog, 'utf8').split('\n').flatMap((line) => {
    const m = /"(OPTIONS|PUT) \/s\/\S+ HTTP\/1\.1" \d+ upstream=127\.0\.0\.1:(\d+)$/.exec(line);
    return m ? [{ method: m[1]!, port: Number(m[2]) }] : [];
  });
}

const methods = (record: LogAnswer) => record.entries.map((e) => `${e.seq} ${e.method} ${e.kind}`);
const expected = (runs: number) => Array.from({ length: runs }, (_, i) => [`${2 * i + 1} OPTIONS preflight`, `${2 * i + 2} PUT actual`]).flat();

test('every preflight and actual request is in the page\'s record, whichever instance answered it', async ({ page, cluster }) => {
  await open(page, cluster);
  const result = page.getByTestId('run-result');
  for (let n = 1; n <= 4; n++) {
    await send(page, n);
    await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
    await expect(result).toHaveAttribute('data-preflight', 'sent');
  }
  expect(methods(await pageRecord(page))).toEqual(expected(4));
  const answered = answeredBy(cluster);
  expect(answered).toHaveLength(8);
  // Round-robin: both instances answered preflights and actual requests of this one tab.
  expect(new Set(answered.map((a) => a.port))).toEqual(new Set(cluster.instances.map((i) => i.apiPort)));
});

test('an instance stopped mid-run: the other keeps serving and nothing recorded is lost', async ({ page, cluster }) => {
  await open(page, cluster);
  const result = page.getByTestId('run-result');
  for (let n = 1; n <= 2; n++) await send(page, n);
  expect(methods(await pageRecord(page))).toEqual(expected(2));
  const [stopped, survivor] = cluster.instances;
  await stopped!.stop('SIGTERM');
  for (let n = 3; n <= 5; n++) {
    await send(page, n);
    await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
    await expect(result).toHaveAttribute('data-preflight', 'sent');
  }
  expect(methods(await pageRecord(page))).toEqual(expected(5));
  // The last three runs were all answered by the survivor.
  expect(answeredBy(cluster).slice(-6).map((a) => a.port)).toEqual(Array(6).fill(survivor!.apiPort));
});

test('Redis stopped: the playground keeps answering and says the record is unavailable; recording resumes when it is back', async ({ page, cluster }) => {
  await open(page, cluster);
  const result = page.getByTestId('run-result');
  await send(page, 1);
  await expect(page.getByTestId('record-unavailable')).toHaveCount(0);
  await cluster.redis!.stop();
  await send(page, 2);
  // The browser's own answer: the experiment was answered.
  await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(page.getByTestId('record-unavailable')).toBeVisible();
  await expect(page.getByTestId('record-unavailable')).toContainText('The request record is unavailable');
  expect((await pageRecord(page)).unavailable).toMatch(/cannot be reached/);

  const restarted = await startRedis({ port: cluster.redis!.port, dir: cluster.dir });
  try {
    await expect(page.getByTestId('record-unavailable')).toHaveCount(0, { timeout: 15_000 });
    await send(page, 3);
    await expect(result).toHaveAttribute('data-preflight', 'sent');
    // A Redis without persistence comes back empty: what is recorded from now on is there.
    expect(methods(await pageRecord(page))).toEqual(['1 OPTIONS preflight', '2 PUT actual']);
  } finally {
    await restarted.stop();
  }
});
