// Redis, playground instances and nginx as local processes on loopback, each
// in a temporary directory: what `npm run cluster`, the multi-instance tests
// (e2e/cluster/) and the load bench start. Needs a build (npm run build) and
// Debian's redis-server and nginx.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? 'nginx';
const REDIS = ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((p) => fs.existsSync(p)) ?? 'redis-server';

/** A port in [from, to] nothing listens on now (tried in random order, so parallel callers rarely collide). */
export async function freePort(from = 9500, to = 9599, taken = new Set()) {
  const ports = [];
  for (let p = from; p <= to; p++) if (!taken.has(p)) ports.push(p);
  ports.sort(() => Math.random() - 0.5);
  for (const port of ports) {
    const free = await new Promise((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}-${to}`);
}

/** Resolves once something accepts connections on the port. */
export async function waitForPort(port, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A child process with its output kept (shown when it fails), and a stop that waits for its exit. */
function run(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    get pid() {
      return child.pid;
    },
    output: () => output,
    exited,
    /** SIGTERM (graceful), then SIGKILL after `graceMs`. */
    async stop(signal = 'SIGTERM', graceMs = 3000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function started(proc, port) {
  const failed = proc.exited.then(({ code, signal }) => {
    throw new Error(`${proc.name} exited (${code ?? signal}) before listening on ${port}:\n${proc.output()}`);
  });
  await Promise.race([waitForPort(port), failed]);
  failed.catch(() => undefined);
  return proc;
}

/** Debian's redis-server on 127.0.0.1:<port>, nothing saved to disk, at most `maxmemory` of data. */
export async function startRedis({ port, dir, maxmemory = '256mb' }) {
  const proc = run('redis-server', REDIS, [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no',
    '--maxmemory', maxmemory, '--maxmemory-policy', 'volatile-lru', '--protected-mode', 'yes',
  ]);
  await started(proc, port);
  return Object.assign(proc, { port, url: `redis://127.0.0.1:${port}` });
}

/** One playground instance (the production build) on its own app and API ports. */
export async function startInstance({ appPort, apiPort, appPublicPort, apiPublicPort, redisUrl, sessionSecret, site = 'playground.localhost', env = {} }) {
  const proc = run(`instance :${appPort}/:${apiPort}`, process.execPath, [path.join(root, 'build/server/server/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      APP_PORT: String(appPort),
      API_PORT: String(apiPort),
      ...(appPublicPort ? { APP_PUBLIC_PORT: String(appPublicPort) } : {}),
      ...(apiPublicPort ? { API_PUBLIC_PORT: String(apiPublicPort) } : {}),
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      ...(sessionSecret ? { SESSION_SECRET: sessionSecret } : {}),
      PLAYGROUND_SITE: site,
      STATIC_DIR: path.join(root, 'dist'),
      ...env,
    },
  });
  await started(proc, apiPort);
  return Object.assign(proc, { appPort, apiPort });
}

/** nginx from deploy/nginx.conf.template, round-robin over the instances. */
export async function startNginx({ dir, appPort, apiPort, instances }) {
  const upstreams = (key) => instances.map((i) => `server 127.0.0.1:${i[key]} max_fails=1 fail_timeout=2s;`).join(' ');
  const conf = fs.readFileSync(path.join(root, 'deploy/nginx.conf.template'), 'utf8')
    .replaceAll('{{PREFIX}}', dir)
    .replaceAll('{{LISTEN_HOST}}', '127.0.0.1')
    .replaceAll('{{APP_PORT}}', String(appPort))
    .replaceAll('{{API_PORT}}', String(apiPort))
    .replaceAll('{{APP_UPSTREAMS}}', upstreams('appPort'))
    .replaceAll('{{API_UPSTREAMS}}', upstreams('apiPort'));
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const proc = run('nginx', NGINX, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', file]);
  await started(proc, apiPort);
  await waitForPort(appPort);
  return Object.assign(proc, { appPort, apiPort, accessLog: path.join(dir, 'access.log'), conf: file });
}

/**
 * Redis, `instances` playground instances sharing it, and nginx in front, on
 * free ports of [from, to]. `url` is the app's address through nginx.
 */
export async function startCluster({ instances = 2, from = 9500, to = 9599, site = 'playground.localhost', redis: withRedis = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-'));
  const taken = new Set();
  const port = () => freePort(from, to, taken);
  const procs = [];
  const stopAll = async () => {
    for (const p of [...procs].reverse()) await p.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [appPort, apiPort] = [await port(), await port()];
    const redis = withRedis ? await startRedis({ port: await port(), dir }) : null;
    if (redis) procs.push(redis);
    const sessionSecret = randomBytes(32).toString('base64url');
    const list = [];
    for (let i = 0; i < instances; i++) {
      const instance = await startInstance({
        appPort: await port(), apiPort: await port(), appPublicPort: appPort, apiPublicPort: apiPort,
        redisUrl: redis?.url, sessionSecret, site,
      });
      procs.push(instance);
      list.push(instance);
    }
    const nginxDir = path.join(dir, 'nginx');
    fs.mkdirSync(nginxDir);
    const nginx = await startNginx({ dir: nginxDir, appPort, apiPort, instances: list });
    procs.push(nginx);
    return {
      dir, redis, instances: list, nginx, sessionSecret,
      url: `http://app.${site}:${appPort}/`,
      api: `http://api.${site}:${apiPort}`,
      appPort, apiPort,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
