// vitest bench: the whole case table through the engine (ms per scenario = mean / steps).
import { bench } from 'vitest';
import { CASES } from '../scenario/cases/index.ts';
import { predictScenario } from './test-support.ts';

const steps = CASES.flatMap((c) => c.steps.map((s) => s.scenario));

bench(`predict every case step (${steps.length} scenarios, fixes included)`, () => {
  for (const s of steps) predictScenario(s);
});
