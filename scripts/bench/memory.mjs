// Our server's memory before, during and after sustained load: a preflight and
// an actual request, alternately, for sessions taken in turn from a pool (as
// that many tabs would), with the record's own estimate of what it holds.
import autocannon from 'autocannon';
import { startServer } from './run-server.mjs';
import { benchTarget, sessionIds } from './scenario.mjs';

const MB = 1024 * 1024;

export async function benchMemory({ basePort, requests = 1_000_000, sessions = 10_000, connections = 32, log = console.log }) {
  const server = await startServer('ours', basePort, basePort + 1);
  try {
    const target = await benchTarget(basePort, server.port);
    // Sessions in turn across all connections. (A requests array of every session's
    // two requests makes autocannon itself crawl: it is rebuilt per request.)
    const paths = (await sessionIds(basePort, sessions)).map((id) => target.target(id));
    let next = 0;
    const path = () => paths[next++ % sessions];
    const before = await server.ask('gc');
    const samples = [];
    const sampler = setInterval(() => void server.ask('memory').then((m) => samples.push(m)), 1000);
    const started = Date.now();
    const r = await autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections,
      amount: requests,
      requests: [
        { ...target.preflight, setupRequest: (req) => ({ ...req, path: path() }) },
        { ...target.actual, setupRequest: (req) => ({ ...req, path: path() }) },
      ],
    });
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    log(`  (${((Date.now() - started) / 1000).toFixed(1)} s, ${r.requests.total} answered)`);
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`memory phase: ${r.non2xx} non-2xx answers, ${r.errors} errors (${r.timeouts} timeouts, ${r.resets} resets)`);
    // Once the load generator's sockets have closed on the server's side too.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await server.ask('gc');
    const during = samples.map((s) => s.memory);
    const peak = (key) => Math.max(...during.map((m) => m[key]));
    const result = {
      requests: r.requests.total,
      sessions,
      seconds,
      before: { rss: before.memory.rss / MB, heapUsed: before.memory.heapUsed / MB },
      duringPeak: { rss: peak('rss') / MB, heapUsed: peak('heapUsed') / MB },
      // The heap samples of the second half: flat load means a flat heap.
      heapSecondHalf: during.slice(Math.floor(during.length / 2)).map((m) => m.heapUsed / MB),
      after: { rss: after.memory.rss / MB, heapUsed: after.memory.heapUsed / MB },
      record: after.record,
    };
    log(`  ${result.requests} requests, ${sessions} sessions in ${seconds.toFixed(0)} s`);
    return result;
  } finally {
    await server.stop();
  }
}
