// The class load test: `learners` simulated learners, each running a
// preflighted scenario (OPTIONS, then the PUT) and reading its record
// (GET /__log/<session>?after=N) once a second, for `seconds`: against one
// instance with the record in memory, then against two instances sharing it
// in Redis behind nginx. Figures: requests per second, p50/p99 latency, errors
// (a wrong status, a failed connection, or a run missing from the record), and
// each process's resident memory at the end. Ports from 9500–9599 (free ones).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, startCluster, startInstance } from '../cluster/local.mjs';
import { benchTarget, sessionIds, SITE } from './scenario.mjs';

/** Resident memory of a process, in MB (Linux /proc). */
function rssMB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

function send(agent, port, method, target, headers, body) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text, ms: performance.now() - started }));
    });
    req.on('error', (error) => resolve({ status: 0, text: String(error), ms: performance.now() - started }));
    req.end(body);
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Drives the learners against an app port and an API port (direct, or nginx's). */
async function drive({ appPort, apiPort, learners, seconds }) {
  const target = await benchTarget(appPort, apiPort);
  const appHost = new URL(target.deployment.app).host;
  const sessions = await sessionIds(appPort, learners);
  const latencies = [];
  let errors = 0;
  let missing = 0;
  const firstErrors = [];
  const fail = (what) => {
    errors += 1;
    if (firstErrors.length < 5) firstErrors.push(what);
  };
  const preflight = { ...target.preflight.headers, 'access-control-request-headers': 'content-type' };
  const actual = { ...target.actual.headers, 'content-type': 'application/json' };
  delete actual.cookie;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(sessions.map(async (session, i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const path = target.target(session);
    let lastSeq = 0;
    // Spread over the first second, as a class does not press Send in step.
    let next = started + (i / learners) * 1000;
    while (next < end) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      next += 1000;
      const a = await send(agent, apiPort, 'OPTIONS', path, preflight);
      const b = await send(agent, apiPort, 'PUT', path, actual, '{"n":1}');
      const c = await send(agent, appPort, 'GET', `/__log/${session}?after=${lastSeq}`, { host: appHost });
      latencies.push(a.ms, b.ms, c.ms);
      if (a.status !== 204) fail(`preflight ${a.status} ${a.text.slice(0, 120)}`);
      if (b.status !== 200) fail(`PUT ${b.status} ${b.text.slice(0, 120)}`);
      if (c.status !== 200) {
        fail(`log ${c.status} ${c.text.slice(0, 120)}`);
        continue;
      }
      const log = JSON.parse(c.text);
      const kinds = log.entries.map((e) => e.method).join(' ');
      if (!kinds.endsWith('OPTIONS PUT') || log.unavailable) missing += 1;
      lastSeq = log.lastSeq;
    }
    agent.destroy();
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((p, q) => p - q);
  return {
    learners, seconds, requests: latencies.length, rps: latencies.length / elapsed,
    p50: +quantile(latencies, 0.5).toFixed(2), p99: +quantile(latencies, 0.99).toFixed(2),
    errors, runsMissingFromRecord: missing, firstErrors,
  };
}

export async function benchLearners({ learners = 200, seconds = 60, from = 9500, to = 9599 } = {}) {
  const figures = {};

  // One instance, the record in its memory, no proxy.
  const taken = new Set();
  const instance = await startInstance({ appPort: await freePort(from, to, taken), apiPort: await freePort(from, to, taken), site: SITE });
  try {
    const run = await drive({ appPort: instance.appPort, apiPort: instance.apiPort, learners, seconds });
    figures.memory = { ...run, memoryMB: { instance: +rssMB(instance.pid).toFixed(1) } };
  } finally {
    await instance.stop();
  }

  // Two instances, the record in Redis, nginx in front (round-robin).
  const cluster = await startCluster({ instances: 2, from, to, site: SITE });
  try {
    const run = await drive({ appPort: cluster.appPort, apiPort: cluster.apiPort, learners, seconds });
    const memoryMB = { redis: +rssMB(cluster.redis.pid).toFixed(1) };
    cluster.instances.forEach((i, n) => (memoryMB[`instance ${n + 1}`] = +rssMB(i.pid).toFixed(1)));
    // nginx: its master and worker(s), found by parent pid.
    const workers = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(cluster.nginx.pid);
      } catch {
        return false;
      }
    });
    memoryMB.nginx = +[cluster.nginx.pid, ...workers].reduce((sum, pid) => sum + rssMB(pid), 0).toFixed(1);
    figures.cluster = { ...run, memoryMB };
  } finally {
    await cluster.stop();
  }
  return figures;
}

// Alone: node scripts/bench/learners.mjs [learners] [seconds]
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [learners, seconds] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 60)];
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(JSON.stringify(await benchLearners({ learners, seconds }), null, 2));
}
