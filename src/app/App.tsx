// Composes the features: the top bar, the two sides of the experiment, and
// what happened. Features never import each other; this file wires them.
// Layout (app.css): on a wide screen the controls and the result are two
// columns that scroll on their own, so the result is in view after Send; on a
// narrow one they stack and focus brings the result's verdict into view.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { makeDeployment } from '../scenario/origins.ts';
import { validateServerSide } from '../policy/validate.ts';
import { useSessionId } from '../lib/session.ts';
import { usePatternEngineReady } from '../lib/pattern-engine.ts';
import { usePlayground } from '../store/playground-store.ts';
import { RequestBuilder } from '../features/request-builder/RequestBuilder.tsx';
import { PolicyEditor } from '../features/policy-editor/PolicyEditor.tsx';
import { ResultPanel } from '../features/result/ResultPanel.tsx';
import { useRun, type RunData } from '../run/use-run.ts';
import { useTabPreflightCache } from '../run/preflight-cache.ts';
import { ExplanationPanel, type ExplainedRun } from '../features/explanation/ExplanationPanel.tsx';
import type { Fix } from '../engine/types.ts';
import { VERDICT_TEXT } from '../lib/verdict-text.ts';
import { useLivePredictions, usePredictedEngine } from '../features/explanation/use-live-prediction.ts';
import { RestoreOffer } from '../features/share/RestoreOffer.tsx';
import { isEmbedded } from '../features/share/embed.ts';
import { ExportEntry } from '../features/export/ExportEntry.tsx';
import { TopBar } from './TopBar.tsx';
import { isLeak } from '../lib/leak.ts';
import { DeploymentNotice, LinkErrorAlert } from './Notices.tsx';
import { RecordNotice } from './RecordNotice.tsx';
import { ScenarioTitle } from './ScenarioTitle.tsx';
import { useDeployment } from './use-deployment.ts';
import { useScenarioLink } from './use-scenario-link.ts';
import { useView } from './use-view.ts';

const PLACEHOLDER_DEPLOYMENT = makeDeployment();
// Sharing is not needed to start: loaded on demand, off the initial bundle.
const SharePanel = lazy(() => import('../features/share/SharePanel.tsx').then((m) => ({ default: m.SharePanel })));
// "Check my API" (#check) is its own page: loaded on demand.
const CheckPage = lazy(() => import('../features/check/CheckPage.tsx').then((m) => ({ default: m.CheckPage })));
const EmbedScenario = lazy(() => import('../features/share/EmbedScenario.tsx').then((m) => ({ default: m.EmbedScenario })));
// A lesson and its data load only when one is opened.
// The first-visit note shows once per browser: loaded on demand.
// The verdict needs the engine's prediction or a run, both loaded later anyway.
const TopVerdict = lazy(() => import('./TopVerdict.tsx').then((m) => ({ default: m.TopVerdict })));
const Intro = lazy(() => import('./Intro.tsx').then((m) => ({ default: m.Intro })));
const LessonPanel = lazy(() => import('../features/lessons/LessonPanel.tsx'));

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

/** What the polite live region says when a run ends: the verdict, in words. */
function runAnnouncement(data: RunData | undefined, error: Error | null): string {
  if (error || !data?.report.outcome) return `The run did not complete${error ? `: ${error.message}` : ''}.`;
  return `Run finished. Your browser: ${VERDICT_TEXT[data.report.outcome].title}.`;
}

export function App() {
  useScenarioLink();
  // Issued by the server; until it arrives, URLs are built with a placeholder and Send waits.
  const issuedSession = useSessionId();
  const session = issuedSession ?? 'session-not-issued-yet';
  const [embed] = useState(() => isEmbedded());
  const deploymentQuery = useDeployment();
  const deployment = deploymentQuery.data?.deployment ?? PLACEHOLDER_DEPLOYMENT;
  const scenario = usePlayground((s) => s.scenario);
  const lesson = usePlayground((s) => s.lesson);
  // An origin pattern is "being checked" (a problem) until its engine has loaded: validate again then.
  const patternsReady = usePatternEngineReady();
  const problems = useMemo(() => validateServerSide(scenario.server), [scenario.server, patternsReady]);
  // The tab's preflight cache as the engine knows it: every run takes it and hands back the next one.
  const [preflightCache, setPreflightCache] = useTabPreflightCache();
  const run = useRun(deploymentQuery.isSuccess ? deployment : null, setPreflightCache);
  const byEngine = useLivePredictions(deployment, session, preflightCache);
  const engine = usePredictedEngine();
  const live = byEngine?.[engine] ?? null;

  // Set synchronously on Send, so the result never shows the previous run as
  // "done" after a click (react-query reports the pending state a tick later).
  const [starting, setStarting] = useState(false);
  const [runCount, setRunCount] = useState(0);
  const running = starting || run.isPending;
  // After Send and after "Apply fix": focus to the result's heading, and a polite announcement.
  const [focusRequest, setFocusRequest] = useState(0);
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => {
    setAnnouncement((a) => ({ text, n: a.n + 1 }));
    setFocusRequest((n) => n + 1);
  }, []);
  const fixApplied = useCallback((fix: Fix) => announce(`Fix applied: ${fix.summary} Press Send to check it in your browser.`), [announce]);

  const refusal = refusalReason(problems.length, problems[0]?.message, deploymentQuery.isSuccess && issuedSession !== null);
  const send = useCallback(() => {
    if (refusal || running) return;
    flushSync(() => {
      setStarting(true);
      setRunCount((n) => n + 1);
    });
    run.mutate(
      { scenario: usePlayground.getState().scenario, deployment, session, cache: preflightCache, engine },
      {
        onSettled: (data, error) => {
          setStarting(false);
          announce(runAnnouncement(data, error));
        },
      },
    );
  }, [refusal, running, run, deployment, session, preflightCache, engine, announce]);

  const view = useView();
  // Ctrl/Cmd+Enter is the playground's Send: not while another view (Check my API) is on screen.
  const sendKeyActive = view.name !== 'check';
  useEffect(() => {
    if (!sendKeyActive) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        send();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send, sendKeyActive]);

  const edited = run.variables?.scenario !== scenario;
  if (view.name === 'check') {
    return (
      <Suspense fallback={<p className="hint">Loading “Check my API”…</p>}>
        <CheckPage tab={view.tab} />
      </Suspense>
    );
  }
  return (
    <div className="app-shell">
      <TopBar
        deployment={deployment}
        onSend={send}
        refusal={refusal}
        running={running}
        verdict={
          <Suspense fallback={null}>
            <TopVerdict
              browser={run.data && run.variables?.scenario === scenario ? run.data.report.outcome : null}
              leak={run.data ? isLeak(run.data.report) : false}
              live={live}
            />
          </Suspense>
        }
      />
      <main className="workspace">
        <div className="controls">
          {!embed && !lesson && (
            <Suspense fallback={null}>
              <Intro />
            </Suspense>
          )}
          <LinkErrorAlert />
          <DeploymentNotice notice={deploymentQuery.data?.notice ?? null} />
          <RecordNotice session={issuedSession} />
          {!embed && <RestoreOffer />}
          {!embed && lesson && (
            <Suspense fallback={null}>
              <LessonPanel key={lesson} lessonId={lesson} deployment={deployment} session={session} refusal={refusal} cache={preflightCache} onCache={setPreflightCache} />
            </Suspense>
          )}
          <ScenarioTitle />
          {embed ? (
            <Suspense fallback={null}>
              <EmbedScenario deployment={deployment} />
            </Suspense>
          ) : (
            <>
              <div className="sides">
                <RequestBuilder deployment={deployment} session={session} />
                <PolicyEditor deployment={deployment} />
              </div>
              <Suspense fallback={null}>
                <SharePanel deployment={deployment} run={explainedRun(run.data, edited)} live={live} />
              </Suspense>
              <ExportEntry deployment={deployment} session={session} />
            </>
          )}
        </div>
        <ResultPanel
          status={running ? 'pending' : run.status}
          report={run.data?.report}
          error={run.error}
          runCount={runCount}
          runPrediction={run.data?.prediction}
          edited={run.data !== undefined && edited}
          focusRequest={focusRequest}
          prediction={<ExplanationPanel live={live} byEngine={byEngine} run={running ? null : explainedRun(run.data, edited)} onFixApplied={fixApplied} />}
        />
      </main>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        <span key={announcement.n}>{announcement.text}</span>
      </p>
    </div>
  );
}
