// A CPU profile of our policy server under load (node --cpu-prof), summarised
// as the functions with the most self time: where to look before optimising.
//   node scripts/bench/profile.mjs [preflight|actual] [seconds] [ours|bare|express]   (after npm run build)
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './run-server.mjs';
import { benchTarget, madeUpSessionId, sessionIds } from './scenario.mjs';

/** Self time per function (name and file:line), largest first, as shares of the sampled time. */
export function topSelfTime(profile, count = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, time] of dt) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(build\/server\/|node_modules\/)/, '$1')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + time);
    total += time;
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, time]) => ({ name, share: time / total }));
}

export async function profileServer({ server: name = 'ours', kind = 'preflight', seconds = 5, basePort = 9490 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cors-playground-prof-'));
  const server = await startServer(name, basePort, basePort + 1, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const target = await benchTarget(basePort, server.port);
  const [session] = name === 'ours' ? await sessionIds(basePort, 1) : [madeUpSessionId()];
  const r = await autocannon({ url: `http://127.0.0.1:${server.port}`, connections: 32, duration: seconds, requests: [{ path: target.target(session), ...target[kind] }] });
  await server.stop();
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return { rps: r.requests.average, file: join(dir, file), top: topSelfTime(JSON.parse(readFileSync(join(dir, file), 'utf8'))) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rps, file, top } = await profileServer({ kind: process.argv[2] ?? 'preflight', seconds: Number(process.argv[3] ?? 5), server: process.argv[4] ?? 'ours' });
  console.log(`${rps.toFixed(0)} req/s; profile: ${file}`);
  for (const { name, share } of top) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
}
