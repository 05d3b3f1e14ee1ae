// One server under test per process (so each has its own event loop and heap):
//   node servers.mjs ours|baseline|bare|express <appPort> <apiPort>
// "baseline" is our server from another build (BENCH_BASELINE_BUILD, e.g. an
// older commit's build/ directory), to measure a change before and after in one run.
// It tells its parent the port it listens on, then answers memory questions.
import http from 'node:http';
import { startPlayground } from '../../build/server/server/playground.js';
import { POLICY, SITE } from './scenario.mjs';
import { makeDeployment } from '../../build/server/src/scenario/origins.js';

const [kind, appPort, apiPort] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const d = makeDeployment(SITE, appPort, apiPort);
const body = (method) => JSON.stringify({ ok: true, method, path: '/api/items/42?view=full', redirected: false });

/** The ceiling: node:http answering one fixed CORS response per kind, no policy, no record. */
function bare() {
  const preflight = {
    'Access-Control-Allow-Origin': d.app,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': POLICY.allowMethods.values.join(', '),
    'Access-Control-Allow-Headers': POLICY.allowHeaders.values.join(', '),
    'Access-Control-Max-Age': String(POLICY.maxAge),
    Vary: 'Origin',
    'X-Content-Type-Options': 'nosniff',
  };
  const actual = {
    'Access-Control-Allow-Origin': d.app,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': POLICY.exposeHeaders.join(', '),
    Vary: 'Origin',
    'Content-Type': 'application/json',
    'X-Content-Type-Options': 'nosniff',
  };
  const server = http.createServer((req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, preflight).end();
    res.writeHead(200, actual).end(body(req.method));
  });
  return new Promise((resolve) => server.listen(apiPort, '127.0.0.1', () => resolve(apiPort)));
}

/** What most people write: Express 5 and the cors package, configured like POLICY. */
async function express() {
  const { default: createApp } = await import('express');
  const { default: cors } = await import('cors');
  const app = createApp();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(
    cors({
      origin: [d.app, d.admin],
      methods: POLICY.allowMethods.values,
      allowedHeaders: POLICY.allowHeaders.values,
      exposedHeaders: POLICY.exposeHeaders,
      credentials: true,
      maxAge: POLICY.maxAge,
      optionsSuccessStatus: 204,
    }),
  );
  app.use((req, res) => {
    res.set('X-Content-Type-Options', 'nosniff');
    res.type('application/json').send(body(req.method));
  });
  return new Promise((resolve) => {
    const server = app.listen(apiPort, '127.0.0.1', () => resolve(server.address().port));
  });
}

let playground = null;
async function ours(start = startPlayground) {
  playground = await start({ host: '127.0.0.1', appPort, apiPort, site: SITE, staticDir: 'dist', appPublicPort: null });
  return playground.apiPort;
}

async function baseline() {
  const build = process.env.BENCH_BASELINE_BUILD;
  if (!build) throw new Error('BENCH_BASELINE_BUILD is not set');
  const { startPlayground: start } = await import(`${build}/server/server/playground.js`);
  return ours(start);
}

/** The record's own idea of the memory it holds (its private total, read here only to compare). */
function recordStats() {
  const log = playground?.deps.log;
  if (!log) return null;
  return { sessions: log.sessionCount, bytes: log.totalBytes ?? log.bytes ?? null };
}

const start = { bare, express, ours, baseline }[kind];
if (!start) throw new Error(`unknown server kind ${kind}`);
const port = await start();
process.on('message', (message) => {
  // A normal exit, so that --cpu-prof writes its profile.
  if (message === 'exit') process.exit(0);
  if (message === 'gc') global.gc?.();
  if (message === 'memory' || message === 'gc') process.send({ memory: process.memoryUsage(), record: recordStats() });
});
process.send({ port });
