// The check's prediction against the real browser: a page on one origin
// really fetches a real Express server, then the playground's /__check is
// asked about the same request to the same server; outcome, Chromium's
// CorsError (from CDP) and whether a preflight went out must agree.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import type { CheckInput, CheckResult } from '../src/check/types.ts';
import { TEST_PORTS, testDeployment } from './deployment.ts';
import { expect, test } from './fixtures.ts';

const PAGE_PORT = 9649;
const PAGE = `http://localhost:${PAGE_PORT}`;

interface Case {
  name: string;
  install: (app: express.Express) => void;
  init: { method?: string; headers?: [string, string][]; body?: string; credentials?: 'omit' | 'same-origin' | 'include' };
  path?: string;
}

const CASES: Case[] = [
  { name: 'allowed simple GET', install: (a) => a.use(cors({ origin: PAGE })), init: {} },
  { name: 'no CORS at all', install: () => {}, init: {} },
  { name: 'allowed PUT with JSON (preflighted)', install: (a) => a.use(cors({ origin: PAGE })), init: { method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' } },
  { name: 'another origin allowed (preflight mismatch)', install: (a) => a.use(cors({ origin: 'http://localhost:1' })), init: { method: 'DELETE' } },
  { name: 'credentials without Allow-Credentials', install: (a) => a.use(cors({ origin: true })), init: { credentials: 'include' } },
  { name: '"*" with credentials', install: (a) => a.use(cors()), init: { credentials: 'include' } },
  { name: 'lower-case "patch" (methods are case-sensitive)', install: (a) => a.use(cors({ origin: PAGE })), init: { method: 'patch' } },
  {
    name: 'a redirect followed', path: '/old', init: {},
    install: (a) => {
      a.use(cors({ origin: PAGE }));
      a.get('/old', (_q, r) => r.redirect(302, '/data'));
    },
  },
];

let page: http.Server;
// Its servers listen on fixed ports: the file's tests run in one worker, in order.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  page = http.createServer((_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>front end</title>'));
  await new Promise<void>((r) => page.listen(PAGE_PORT, '127.0.0.1', () => r()));
});
test.afterAll(() => new Promise<void>((r) => page.close(() => r())));

for (const [i, c] of CASES.entries()) {
  test(`check = Chromium: ${c.name}`, async ({ page: tab, truth }) => {
    const seen: string[] = [];
    const app = express();
    app.use((q, _r, next) => {
      seen.push(q.method);
      next();
    });
    c.install(app);
    app.all('/data', (_q, r) => r.json({ ok: true }));
    const server = await new Promise<http.Server>((r) => { const s = app.listen(9641 + i, '127.0.0.1', () => r(s)); });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${c.path ?? '/data'}`;
    try {
      // 1. The real browser, from a page on PAGE.
      await tab.goto(`${PAGE}/`);
      const browser = await tab.evaluate(async ({ url, init }) => {
        try {
          const r = await fetch(url, { ...init, headers: init.headers ?? [] });
          return { outcome: 'ok', status: r.status };
        } catch (e) {
          return { outcome: 'error', status: 0, message: String(e) };
        }
      }, { url, init: c.init });
      const browserPreflight = seen.includes('OPTIONS');
      seen.length = 0;

      // 2. The check, through the built playground's endpoint, for the same request.
      const input: CheckInput = {
        url, origin: PAGE, method: c.init.method ?? 'GET', headers: c.init.headers ?? [], credentials: c.init.credentials ?? 'same-origin',
        ...(c.init.body !== undefined ? { body: { type: 'text', text: c.init.body } } : {}),
      };
      const answer = await tab.request.post(`http://127.0.0.1:${TEST_PORTS.app}/__check`, {
        headers: { Host: new URL(testDeployment.app).host, 'Content-Type': 'application/json' }, data: input,
      });
      expect(answer.status()).toBe(200);
      const result = (await answer.json()) as CheckResult;

      // 3. They agree.
      expect(result.prediction.verdict === 'ok' ? 'ok' : 'error').toBe(browser.outcome);
      expect(result.prediction.corsError ?? null).toBe(truth.corsFailures[0]?.corsError.replace(/^k/, '') ?? null);
      expect(result.exchanges.some((e) => e.kind === 'preflight')).toBe(browserPreflight);
      expect(seen.includes('OPTIONS')).toBe(browserPreflight);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
}
