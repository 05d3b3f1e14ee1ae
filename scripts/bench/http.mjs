// Throughput and latency, side by side in one run: our policy server, bare
// node:http answering a fixed CORS response (the ceiling) and Express 5 + cors,
// each answering the same preflight and actual request. Rounds are interleaved
// so that a slow moment of the machine hits every server alike.
import autocannon from 'autocannon';
import { startServer } from './run-server.mjs';
import { benchTarget, madeUpSessionId, sessionIds } from './scenario.mjs';

/** With BENCH_BASELINE_BUILD set, our server from that build runs beside the others. */
export const SERVERS = ['ours', 'bare', 'express', ...(process.env.BENCH_BASELINE_BUILD ? ['baseline'] : [])];
export const KINDS = ['preflight', 'actual'];

/** Our servers check session ids; the others take any. */
const OURS = ['ours', 'baseline'];

function load(port, target, kind, { connections, seconds }) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [{ path: target.target(target.session), ...target[kind] }],
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @returns per server and kind: req/s, p50 and p99 latency (ms), each the median of the rounds; plus every round. */
export async function benchHttp({ basePort, rounds = 3, seconds = 3, connections = 32, log = console.log }) {
  const servers = {};
  const targets = {};
  for (const [i, name] of SERVERS.entries()) {
    servers[name] = await startServer(name, basePort + 2 * i, basePort + 2 * i + 1);
    const session = OURS.includes(name) ? (await sessionIds(basePort + 2 * i, 1))[0] : madeUpSessionId();
    targets[name] = { ...(await benchTarget(basePort + 2 * i, servers[name].port)), session };
  }
  const results = {};
  try {
    // A first load of each server and kind, not counted: the JIT compiles the hot paths.
    for (const name of SERVERS) {
      for (const kind of KINDS) await load(servers[name].port, targets[name], kind, { connections, seconds: 1 });
    }
    for (let round = 1; round <= rounds; round++) {
      for (const kind of KINDS) {
        for (const name of SERVERS) {
          const { port } = servers[name];
          const r = await load(port, targets[name], kind, { connections, seconds });
          if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name} ${kind}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
          const row = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
          ((results[name] ??= {})[kind] ??= []).push(row);
          log(`  round ${round} ${kind.padEnd(9)} ${name.padEnd(7)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms`);
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
  const summary = {};
  for (const name of SERVERS) {
    for (const kind of KINDS) {
      const rows = results[name][kind];
      (summary[name] ??= {})[kind] = { rps: median(rows.map((r) => r.rps)), p50: median(rows.map((r) => r.p50)), p99: median(rows.map((r) => r.p99)), rounds: rows };
    }
  }
  return summary;
}
