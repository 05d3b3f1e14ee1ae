// "Check": every probe of the lesson run for real, one after another, through
// the shared run (src/run/). A lesson with `login` logs the victim in first,
// as the login panel does. The tab's preflight cache is threaded through the
// runs and handed back, since the browser's own cache moved with them.
import type { QueryClient } from '@tanstack/react-query';
import type { PreflightCache } from '../../engine/types.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { Deployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { logIn, logStatusQueryOptions } from '../../lib/server-api.ts';
import { run } from '../../run/run.ts';
import { probeFacts, probeScenario, unmetExpectations, type ProbeFacts } from './probes.ts';

export type ProbeState = 'idle' | 'checking' | 'passed' | 'failed';

export interface ProbeOutcome {
  state: ProbeState;
  facts?: ProbeFacts;
  /** What did not hold, in words; empty when the probe passed. */
  unmet?: string[];
}

export interface CheckContext {
  deployment: Deployment;
  session: string;
  cache: PreflightCache;
  queryClient: QueryClient;
}

/** Runs every probe; `onProbe` hears each probe start and end. Returns whether all passed and the cache after them. */
export async function checkLesson(
  lesson: Lesson,
  scenario: Scenario,
  context: CheckContext,
  onProbe: (index: number, outcome: ProbeOutcome) => void,
): Promise<{ passed: boolean; cache: PreflightCache }> {
  const { deployment, session, queryClient } = context;
  let cache = context.cache;
  if (lesson.login) {
    await logIn(deployment.api, session, lesson.login);
    await queryClient.invalidateQueries({ queryKey: logStatusQueryOptions(session).queryKey });
  }
  let passed = true;
  for (const [index, probe] of lesson.check.entries()) {
    onProbe(index, { state: 'checking' });
    const probed = probeScenario(scenario, probe);
    let facts: ProbeFacts | null = null;
    for (let n = 0; n < (probe.runs ?? 1); n++) {
      const data = await run(probed, { deployment, session, cache, queryClient });
      cache = data.cache;
      facts = probeFacts(data.report);
    }
    const unmet = facts ? unmetExpectations(probe.expect, facts) : ['the probe did not run'];
    passed &&= unmet.length === 0;
    onProbe(index, { state: unmet.length === 0 ? 'passed' : 'failed', facts: facts ?? undefined, unmet });
  }
  return { passed, cache };
}
