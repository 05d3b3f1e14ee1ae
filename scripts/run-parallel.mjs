// Runs several npm scripts at once and fails if any fails: `npm test` runs the
// Chromium suite and the engines' suite side by side (their own ports; both
// mostly wait on browsers). Output is prefixed per script; wall times at the end.
// A failed script's own report (Playwright's numbered failures and summary) is
// printed again after everything has finished: interleaved with the other
// script's progress it would otherwise be buried far above the last lines of CI's log.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>...');
  process.exit(2);
}

/** Playwright's list reporter starts each failure's details with "  1) [project] › file:line › title". */
const FAILURE_HEADER = /^\s+\d+\) \[/;
/** How much of a failed script's report is repeated: from its first failure's details, at most this many lines. */
const REPORT_LINES = 200;
/** Without a failure header (a crash, a build error): its last lines. */
const TAIL_LINES = 40;

function run(script) {
  const started = Date.now();
  const lines = [];
  let reportStart = -1;
  const keep = (line) => {
    console.log(`[${script}] ${line}`);
    if (reportStart < 0 && FAILURE_HEADER.test(line)) reportStart = lines.length;
    // Bounded: the lines before a report are dropped once they are no longer a tail.
    lines.push(line);
    if (reportStart < 0 && lines.length > TAIL_LINES) lines.shift();
  };
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        for (const line of parts) keep(line);
      });
      stream.on('end', () => rest && keep(rest));
    }
    child.on('close', (code, signal) => {
      const report = reportStart >= 0 ? lines.slice(reportStart) : lines;
      resolve({ script, code: code ?? 1, signal, seconds: (Date.now() - started) / 1000, report });
    });
  });
}

const started = Date.now();
const results = await Promise.all(scripts.map(run));
for (const r of results.filter((x) => x.code !== 0)) {
  const shown = r.report.length > REPORT_LINES ? [...r.report.slice(0, REPORT_LINES / 2), `… (${r.report.length - REPORT_LINES} lines) …`, ...r.report.slice(-REPORT_LINES / 2)] : r.report;
  console.log(`\n===== npm run ${r.script} failed; its report again: =====`);
  for (const line of shown) console.log(`[${r.script}] ${line}`);
}
for (const r of results) console.log(`${r.code === 0 ? 'passed' : 'FAILED'}: npm run ${r.script} (${r.seconds.toFixed(0)} s${r.signal ? `, ${r.signal}` : ''})`);
console.log(`wall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
