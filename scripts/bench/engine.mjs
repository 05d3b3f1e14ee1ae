// The engine's evaluation per scenario: vitest bench (src/engine/predict.bench.ts),
// each benchmark's median divided by the scenarios its name says it evaluates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function benchEngine() {
  const file = join(mkdtempSync(join(tmpdir(), 'cors-playground-engine-')), 'bench.json');
  const run = spawnSync('npx', ['vitest', 'bench', '--run', '--outputJson', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`vitest bench failed:\n${run.stdout}`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.files.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.benchmarks.map((b) => {
        const scenarios = Number(/\((\d+) scenarios/.exec(b.name)?.[1] ?? 1);
        return { name: b.name, scenarios, medianMs: b.median, minMs: b.min, perScenarioMs: b.median / scenarios, samples: b.sampleCount };
      }),
    ),
  );
}
