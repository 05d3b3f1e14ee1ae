// The run as a react-query mutation: its state drives the result panel.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deployment } from '../../scenario/origins.ts';
import type { Scenario } from '../../scenario/types.ts';
import { RunnerFrames } from './runner-frames.ts';
import { runScenario } from './run-scenario.ts';

let frames: RunnerFrames | null = null;
/** One set of runner frames per page, created on first use (it needs the DOM). */
function runnerFrames(): RunnerFrames {
  frames ??= new RunnerFrames();
  return frames;
}

export interface RunVariables {
  scenario: Scenario;
  deployment: Deployment;
  session: string;
}

export function useRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['run'],
    mutationFn: ({ scenario, deployment, session }: RunVariables) =>
      runScenario({ frames: runnerFrames(), queryClient }, scenario, deployment, session),
  });
}
