// npm run cluster: Redis, N playground instances sharing the request record
// through it, and nginx in front (round-robin), on loopback; prints the URL;
// Ctrl+C stops everything. Settings: CLUSTER_INSTANCES (2), CLUSTER_PORTS
// (the range to take free ports from, "9500-9599"). Builds first when there is no build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startCluster } from './local.mjs';

if (!existsSync('dist/index.html') || !existsSync('build/server/server/main.js')) execSync('npm run build', { stdio: 'inherit' });
const instances = Number(process.env.CLUSTER_INSTANCES ?? 2);
const [from, to] = (process.env.CLUSTER_PORTS ?? '9500-9599').split('-').map(Number);
if (!Number.isInteger(instances) || instances < 1) throw new Error(`CLUSTER_INSTANCES must be a whole number ≥ 1: ${process.env.CLUSTER_INSTANCES}`);

const cluster = await startCluster({ instances, from, to });
console.log(`CORS playground, ${instances} instances behind nginx, request record in Redis (${cluster.redis.url}):`);
console.log(`  open ${cluster.url}`);
console.log(`  policy server (API): ${cluster.api}`);
for (const i of cluster.instances) console.log(`  instance pid ${i.pid}: app :${i.appPort}, API :${i.apiPort}`);
console.log(`  nginx (pid ${cluster.nginx.pid}): ${cluster.nginx.conf}; access log ${cluster.nginx.accessLog}`);
console.log('Ctrl+C stops everything.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping nginx, the instances and Redis…');
  await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of [cluster.redis, cluster.nginx, ...cluster.instances]) {
  void p.exited.then(({ code, signal }) => {
    if (!stopping) console.log(`${p.name} exited (${code ?? signal}); the others keep running.`);
  });
}
