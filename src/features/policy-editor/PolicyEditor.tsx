// The server side: a middleware policy (with presets) or raw response lines.
import { lazy, Suspense, useMemo } from 'react';
import { usePlayground } from '../../store/playground-store.ts';
import { validateServerSide } from '../../policy/validate.ts';
import { usePatternEngineReady } from '../../lib/pattern-engine.ts';
import { PRESETS } from '../../scenario/defaults.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { PolicyForm } from './PolicyForm.tsx';
import { PolicyWarnings } from './PolicyWarnings.tsx';
import { usePolicyReview } from './use-policy-review.ts';

// Raw mode is the expert's view: loaded when first shown.
const RawEditor = lazy(() => import('./RawEditor.tsx').then((m) => ({ default: m.RawEditor })));

function Presets() {
  const loadPolicy = usePlayground((s) => s.loadPolicy);
  return (
    <label className="field">
      <span>Preset</span>
      <select
        value=""
        onChange={(e) => {
          const preset = PRESETS.find((p) => p.id === e.target.value);
          if (preset) loadPolicy(preset.policy);
        }}
      >
        <option value="">Choose a common setup…</option>
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id} title={p.description}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Policy → Raw starts from the exact lines the policy sends to the current
 * request, not from unrelated defaults. What computes them (the policy server
 * and the engine's request rules) is its own chunk, fetched once the page is
 * idle; the switch itself never waits for it (the radio answers at once).
 */
type RawFromPolicy = typeof import('./raw-from-policy.ts').rawFromPolicy;
let rawFromPolicy: RawFromPolicy | null = null;
const loadRawFromPolicy = () => import('./raw-from-policy.ts').then((m) => (rawFromPolicy = m.rawFromPolicy));
if (typeof window !== 'undefined') setTimeout(() => void loadRawFromPolicy().catch(() => {}), 0);

function switchToRaw(deployment: Deployment): void {
  const { setServerMode, scenario } = usePlayground.getState();
  const { server } = scenario;
  if (server.type === 'raw') return;
  setServerMode('raw');
  const fill = (compute: RawFromPolicy) => {
    const { updateRaw } = usePlayground.getState();
    const start = compute(scenario, server.policy, deployment);
    updateRaw('preflight', start.preflight);
    updateRaw('actual', start.actual);
  };
  if (rawFromPolicy) fill(rawFromPolicy);
  else void loadRawFromPolicy().then(fill, () => {});
}

export function PolicyEditor({ deployment }: { deployment: Deployment }) {
  const server = usePlayground((s) => s.scenario.server);
  const setMode = usePlayground((s) => s.setServerMode);
  const updatePolicy = usePlayground((s) => s.updatePolicy);
  const updateRaw = usePlayground((s) => s.updateRaw);
  const updateAnswers = usePlayground((s) => s.updateAnswers);
  const patternsReady = usePatternEngineReady();
  const problems = useMemo(() => validateServerSide(server), [server, patternsReady]);
  const request = usePlayground((s) => s.scenario.request);
  const warnings = usePolicyReview(server, deployment, patternsReady, request);

  return (
    <section className="panel" aria-labelledby="server-heading">
      <h2 id="server-heading">The server’s answer (server side)</h2>
      <fieldset className="radio-row mode-switch">
        <legend>Server side as</legend>
        <label>
          <input type="radio" name="server-mode" checked={server.type === 'policy'} onChange={() => setMode('policy')} />
          Policy
        </label>
        <label>
          <input type="radio" name="server-mode" checked={server.type === 'raw'} onChange={() => switchToRaw(deployment)} />
          Raw
        </label>
      </fieldset>
      <PolicyWarnings warnings={warnings} />
      {server.type === 'policy' ? (
        <>
          <Presets />
          <PolicyForm policy={server.policy} onChange={updatePolicy} deployment={deployment} problems={problems} />
        </>
      ) : (
        <Suspense fallback={null}>
          <RawEditor preflight={server.preflight} actual={server.actual} onChange={updateRaw} answers={server.answers ?? []} onAnswersChange={updateAnswers} problems={problems} />
        </Suspense>
      )}
    </section>
  );
}
