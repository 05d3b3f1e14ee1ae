// Runs several npm scripts at once and fails if any fails: `npm test` runs the
// Chromium suite and the engines' suite side by side (their own ports; both
// mostly wait on browsers). Output is prefixed per script; wall times at the end.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>...');
  process.exit(2);
}

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) console.log(`[${script}] ${line}`);
      });
      stream.on('end', () => rest && console.log(`[${script}] ${rest}`));
    }
    child.on('close', (code, signal) => resolve({ script, code: code ?? 1, signal, seconds: (Date.now() - started) / 1000 }));
  });
}

const started = Date.now();
const results = await Promise.all(scripts.map(run));
for (const r of results) console.log(`${r.code === 0 ? 'passed' : 'FAILED'}: npm run ${r.script} (${r.seconds.toFixed(0)} s${r.signal ? `, ${r.signal}` : ''})`);
console.log(`wall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
