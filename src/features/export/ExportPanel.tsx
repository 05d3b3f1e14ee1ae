// The current scenario as code for each export target: copy buttons, syntax
// highlighting, and beside the code what the target cannot say and what its
// framework was observed to do differently (from src/export/observed.json).
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { EXPORT_TARGETS, generateExport, observedId } from '../../export/targets.ts';
import { OBSERVED } from '../../export/observed.ts';
import { predictScenario } from '../../lib/predict-scenario.ts';
import { requestUrlQueryOptions } from '../../lib/request-url.ts';
import { EMPTY_CACHE } from '../../engine/preflight-cache.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { highlighted } from './highlight.ts';
import './export.css';

export default function ExportPanel({ deployment, session }: { deployment: Deployment; session: string }) {
  const scenario = usePlayground((s) => s.scenario);
  const [targetId, setTargetId] = useState(EXPORT_TARGETS[0]!.id);
  const [copied, setCopied] = useState<string | null>(null);
  const url = useQuery(requestUrlQueryOptions(scenario, deployment, session));
  const target = EXPORT_TARGETS.find((t) => t.id === targetId) ?? EXPORT_TARGETS[0]!;

  const result = useMemo(() => {
    if (!url.data) return null;
    // A fresh browser, not logged in: the preflight is sent (nothing cached), as a first curl run would need.
    const answer = predictScenario({ scenario, deployment, requestUrl: url.data, cache: EMPTY_CACHE, now: Date.now(), parentOrigin: window.location.origin, cookie: null });
    const requests = answer.kind === 'prediction' ? answer.prediction.requests : [];
    return generateExport(target, { scenario, deployment, requestUrl: url.data, requests, port: 8787, name: 'CorsServer' });
  }, [scenario, deployment, url.data, target]);

  const copy = async () => {
    if (!result) return;
    await navigator.clipboard.writeText(result.code);
    setCopied(target.id);
  };
  const verified = OBSERVED.versions[observedId(target)];
  const cannot = result?.notes.filter((n) => n.kind === 'cannot-express') ?? [];
  const differs = result?.notes.filter((n) => n.kind === 'differs') ?? [];

  return (
    <div className="export-panel">
      <div role="tablist" aria-label="Export target" className="export-tabs">
        {EXPORT_TARGETS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === target.id} onClick={() => setTargetId(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={target.label} data-testid="export-output" data-target={target.id}>
        <p className="hint">
          {target.about}
          {verified && ` Verified with ${verified}.`}
        </p>
        {cannot.length > 0 && (
          <ul className="export-notes" aria-label="Not exported">
            {cannot.map((n) => (
              <li key={n.text}>{n.text}</li>
            ))}
          </ul>
        )}
        {differs.length > 0 && result?.nearest && (
          <section aria-label="Observed differences">
            <h3>Under this framework, for the verified policy “{result.nearest.label}”</h3>
            <ul className="export-notes">
              {differs.map((n) => (
                <li key={n.text}>{n.text}</li>
              ))}
            </ul>
          </section>
        )}
        {result ? (
          <>
            <button type="button" onClick={() => void copy()}>
              {copied === target.id ? 'Copied' : `Copy ${target.label} code`}
            </button>
            {/* Focusable: a keyboard user must be able to scroll long code. */}
            <pre className="export-code" aria-label={`${target.label} code`} tabIndex={0}>
              <code dangerouslySetInnerHTML={{ __html: highlighted(result.code, target.language) }} />
            </pre>
          </>
        ) : (
          <p role="status">{url.error ? `The request URL could not be built: ${String(url.error)}` : 'Preparing…'}</p>
        )}
      </div>
    </div>
  );
}
