// npm run bench: every performance figure of the playground in one run, with
// its target (docs/performance.md). Builds first when there is no build.
// Settings (environment): BENCH_PORT (first of 20 ports, 9400), BENCH_ROUNDS (3),
// BENCH_SECONDS (3), BENCH_CONNECTIONS (32), BENCH_MEMORY_REQUESTS (1000000),
// BENCH_SESSIONS (10000), BENCH_PAGE_RUNS (20), BENCH_LEARNERS (200),
// BENCH_LEARNER_SECONDS (60), BENCH_ONLY (e.g. "http,page,learners"),
// BENCH_JSON (a file to write every figure to), BENCH_BASELINE_BUILD (an older
// build/ directory whose server runs beside ours in the HTTP rounds).
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (part) => !only || only.includes(part);
const base = env('BENCH_PORT', 9400);

if (!existsSync('dist/index.html') || !existsSync('build/server/server/playground.js')) {
  console.log('No build found: npm run build');
  execSync('npm run build', { stdio: 'inherit' });
}
// Imported only now: the bench's own modules read the build.
const { benchBundle } = await import('./bundle.mjs');
const { benchEngine } = await import('./engine.mjs');
const { benchHttp, KINDS } = await import('./http.mjs');
const { benchMemory } = await import('./memory.mjs');
const { benchPage } = await import('./page.mjs');
const { benchLearners } = await import('./learners.mjs');

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;
const cpus = os.cpus();
const figures = {
  machine: { cpus: cpus.length, model: cpus[0]?.model, memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, load: os.loadavg() },
  date: new Date().toISOString(),
};
console.log(`cors-playground bench: ${figures.machine.cpus} × ${figures.machine.model}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

if (wanted('bundle')) {
  console.log('\nBundle (gzip, node:zlib default level)');
  const b = (figures.bundle = benchBundle());
  for (const c of b.chunks) console.log(`  ${c.initial ? 'initial' : 'on demand'}  ${c.fileName.padEnd(40)} ${kB(c.gzipBytes).padStart(10)}  (${kB(c.bytes)} raw)`);
  console.log(`  initial JavaScript ${kB(b.initialGzipBytes)}; target ≤ ${kB(b.budget)}: ${b.initialGzipBytes <= b.budget ? 'met' : 'NOT met'}`);
}

if (wanted('engine')) {
  console.log('\nEngine (vitest bench, src/engine/predict.bench.ts)');
  figures.engine = benchEngine();
  for (const e of figures.engine) console.log(`  ${e.perScenarioMs.toFixed(3)} ms per scenario (median of ${e.samples}; fastest ${(e.minMs / e.scenarios).toFixed(3)} ms)  ${e.name}`);
}

if (wanted('http')) {
  const [rounds, seconds, connections] = [env('BENCH_ROUNDS', 3), env('BENCH_SECONDS', 3), env('BENCH_CONNECTIONS', 32)];
  console.log(`\nHTTP (autocannon, ${connections} connections, ${rounds} interleaved rounds of ${seconds} s after a warm-up)`);
  const h = (figures.http = await benchHttp({ basePort: base, rounds, seconds, connections }));
  // Each ratio is the median over rounds of the two servers' figures in the same round (a few seconds apart).
  const ratio = (a, b, kind, key = 'rps') => {
    const per = h[a][kind].rounds.map((r, i) => r[key] / h[b][kind].rounds[i][key]).sort((p, q) => p - q);
    return `${per[Math.floor(per.length / 2)].toFixed(2)}×`;
  };
  for (const kind of KINDS) {
    const [o, b, e] = [h.ours[kind], h.bare[kind], h.express[kind]];
    console.log(`  ${kind}: ours ${o.rps.toFixed(0)} req/s (p50 ${o.p50} ms, p99 ${o.p99} ms); bare ${b.rps.toFixed(0)} (p99 ${b.p99} ms); Express ${e.rps.toFixed(0)} (p99 ${e.p99} ms)`);
    console.log(`    ours/bare ${ratio('ours', 'bare', kind)} (target ≥ 0.9×), ours/Express ${ratio('ours', 'express', kind)}, p99 ours/bare ${ratio('ours', 'bare', kind, 'p99')} (target ≤ 2×)`);
    const old = h.baseline?.[kind];
    if (old) console.log(`    baseline build ${old.rps.toFixed(0)} req/s (p99 ${old.p99} ms): ours/baseline ${ratio('ours', 'baseline', kind)}, baseline/bare ${ratio('baseline', 'bare', kind)}`);
  }
}

if (wanted('memory')) {
  const [requests, sessions] = [env('BENCH_MEMORY_REQUESTS', 1_000_000), env('BENCH_SESSIONS', 10_000)];
  console.log(`\nMemory (our server, ${requests} requests across ${sessions} sessions)`);
  const m = (figures.memory = await benchMemory({ basePort: base + 10, requests, sessions }));
  const mb = (n) => `${n.toFixed(1)} MB`;
  console.log(`  heap used: before ${mb(m.before.heapUsed)}, peak during ${mb(m.duringPeak.heapUsed)}, after ${mb(m.after.heapUsed)} (after GC); RSS ${mb(m.before.rss)} → peak ${mb(m.duringPeak.rss)} → ${mb(m.after.rss)}`);
  const held = m.after.heapUsed - m.before.heapUsed;
  if (m.record?.bytes) console.log(`  the record says it holds ${mb(m.record.bytes / 2 ** 20)} in ${m.record.sessions} sessions; the heap grew by ${mb(held)}: ${x(held, m.record.bytes / 2 ** 20)} of the record's figure (target within 20%)`);
}

if (wanted('page')) {
  const runs = env('BENCH_PAGE_RUNS', 20);
  console.log(`\nPage in Chromium (Send → result and explanation in the DOM; median of ${runs})`);
  figures.page = await benchPage({ basePort: base + 12, runs });
  for (const [name, p] of Object.entries(figures.page)) {
    console.log(`  ${name}: warm ${(p.warm - p.warmBare).toFixed(1)} ms over its bare round trips (target ≤ 10 ms); first run ${p.cold.toFixed(1)} ms (target < 150 ms)`);
  }
}

if (wanted('learners')) {
  const [learners, seconds] = [env('BENCH_LEARNERS', 200), env('BENCH_LEARNER_SECONDS', 60)];
  console.log(`\nA class (${learners} learners, each a preflighted run and a record read every second, for ${seconds} s; docs/deploy.md)`);
  const l = (figures.learners = await benchLearners({ learners, seconds }));
  for (const [name, r] of [['one instance, record in memory', l.memory], ['two instances + Redis behind nginx', l.cluster]]) {
    const memory = Object.entries(r.memoryMB).map(([k, v]) => `${k} ${v.toFixed(1)} MB`).join(', ');
    console.log(`  ${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.runsMissingFromRecord} runs missing from the record; memory at the end: ${memory}`);
  }
}

if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 2));
