// Composes the features: the top bar, the two sides of the experiment, and
// what happened. Features never import each other; this file wires them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { makeDeployment } from '../scenario/origins.ts';
import { validateServerSide } from '../policy/validate.ts';
import { useSessionId } from '../lib/session.ts';
import { usePlayground } from '../store/playground-store.ts';
import { RequestBuilder } from '../features/request-builder/RequestBuilder.tsx';
import { PolicyEditor } from '../features/policy-editor/PolicyEditor.tsx';
import { ResultPanel } from '../features/result/ResultPanel.tsx';
import { useRun, type RunData } from '../features/result/use-run.ts';
import { ExplanationPanel, type ExplainedRun } from '../features/explanation/ExplanationPanel.tsx';
import { useLivePrediction } from '../features/explanation/use-live-prediction.ts';
import { TopBar } from './TopBar.tsx';
import { TopVerdict } from './TopVerdict.tsx';
import { DeploymentNotice, LinkErrorAlert } from './Notices.tsx';
import { useDeployment } from './use-deployment.ts';
import { useScenarioLink } from './use-scenario-link.ts';

const PLACEHOLDER_DEPLOYMENT = makeDeployment();

function refusalReason(problemCount: number, firstProblem: string | undefined, ready: boolean): string | null {
  if (!ready) return 'Finding the playground’s origins…';
  if (problemCount === 0) return null;
  const more = problemCount > 1 ? ` (and ${problemCount - 1} more, marked at their fields)` : '';
  return `Send is refused until the server side is fixed: ${firstProblem}${more}`;
}

/** The run as the explanation sees it: plain data, so the two features stay apart. */
function explainedRun(data: RunData | undefined, edited: boolean): ExplainedRun | null {
  if (!data) return null;
  const { report, prediction } = data;
  return { prediction, edited, browser: report };
}

export function App() {
  useScenarioLink();
  // Issued by the server; until it arrives, URLs are built with a placeholder and Send waits.
  const issuedSession = useSessionId();
  const session = issuedSession ?? 'session-not-issued-yet';
  const deploymentQuery = useDeployment();
  const deployment = deploymentQuery.data?.deployment ?? PLACEHOLDER_DEPLOYMENT;
  const scenario = usePlayground((s) => s.scenario);
  const problems = useMemo(() => validateServerSide(scenario.server), [scenario.server]);
  const run = useRun();
  const live = useLivePrediction(deployment, session);

  // Set synchronously on Send, so the result never shows the previous run as
  // "done" after a click (react-query reports the pending state a tick later).
  const [starting, setStarting] = useState(false);
  const [runCount, setRunCount] = useState(0);
  const running = starting || run.isPending;

  const refusal = refusalReason(problems.length, problems[0]?.message, deploymentQuery.isSuccess && issuedSession !== null);
  const send = useCallback(() => {
    if (refusal || running) return;
    flushSync(() => {
      setStarting(true);
      setRunCount((n) => n + 1);
    });
    run.mutate({ scenario: usePlayground.getState().scenario, deployment, session }, { onSettled: () => setStarting(false) });
  }, [refusal, running, run, deployment, session]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        send();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  return (
    <>
      <TopBar
        deployment={deployment}
        onSend={send}
        refusal={refusal}
        running={running}
        verdict={<TopVerdict browser={run.data && run.variables?.scenario === scenario ? run.data.report.outcome : null} live={live} />}
      />
      <main>
        <LinkErrorAlert />
        <DeploymentNotice notice={deploymentQuery.data?.notice ?? null} />
        <div className="sides">
          <RequestBuilder deployment={deployment} session={session} />
          <PolicyEditor deployment={deployment} />
        </div>
        <ResultPanel
          status={running ? 'pending' : run.status}
          report={run.data?.report}
          error={run.error}
          runCount={runCount}
          runPrediction={run.data?.prediction}
          prediction={<ExplanationPanel live={live} run={running ? null : explainedRun(run.data, run.variables?.scenario !== scenario)} />}
        />
      </main>
    </>
  );
}
