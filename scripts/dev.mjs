// `npm run dev`: Vite's dev server on :5173 for the page (hot reload), and the
// policy server beside it: its API on :8787, its app listener on :5174 behind
// Vite's proxy (/__env, /__log, /s/, /r/). Server code recompiles and restarts
// on change. Ctrl+C stops everything.
import { spawn, execFileSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const children = [];
function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code !== null && code !== 0) shutdown(code);
  });
  return child;
}
function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// One compile first, so the server has something to run.
execFileSync(bin('tsc'), ['-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
run(bin('tsc'), ['-p', 'server/tsconfig.build.json', '--watch', '--preserveWatchOutput']);
run('node', ['--watch', 'build/server/server/main.js'], { APP_PORT: '5174', APP_PUBLIC_PORT: '5173' });
run(bin('vite'), []);
