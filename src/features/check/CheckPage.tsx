// "Check my API": a view of the playground at #check (#check/audit,
// #check/error for its tabs). Check a real URL as the browser would, audit it,
// or paste an error. Loaded on demand: none of this is in the initial bundle.
import { useState } from 'react';
import type { CheckResult } from '../../check/types.ts';
import { Icon } from '../../components/Icon.tsx';
import { usePlayground } from '../../store/playground-store.ts';
import { CheckForm, INITIAL_FIELDS, toCheckInput } from './CheckForm.tsx';
import { CheckResultView } from './CheckResultView.tsx';
import { AuditTab } from './AuditTab.tsx';
import { PasteErrorTab } from './PasteErrorTab.tsx';
import { refusalText, runCheck } from './check-api.ts';
import { playgroundHref } from './links.ts';
import './check.css';

export type CheckTab = 'check' | 'audit' | 'error';
const TABS: { tab: CheckTab; label: string; hash: string }[] = [
  { tab: 'check', label: 'Check a request', hash: '#check' },
  { tab: 'audit', label: 'Audit', hash: '#check/audit' },
  { tab: 'error', label: 'Paste an error', hash: '#check/error' },
];

export function CheckPage({ tab }: { tab: CheckTab }) {
  const [fields, setFields] = useState(INITIAL_FIELDS);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  // Back to the scenario that was on screen: a link to it, so nothing is lost.
  const back = playgroundHref(usePlayground.getState().scenario);
  const submit = async () => {
    setBusy(true);
    const answer = await runCheck(toCheckInput(fields));
    setBusy(false);
    setProblem(answer.ok ? null : refusalText(answer.refusal));
    setResult(answer.ok ? answer.value : null);
  };
  return (
    <div className="api-check-page">
      <header className="top-bar">
        <h1>Check my API</h1>
        <a href={back}>← Back to the playground</a>
      </header>
      <main className="api-check-main">
        <p className="hint">
          Your API, checked from this playground’s server the way a browser would call it: the same preflight and request, the answers
          recorded, and the browser’s decision explained.
        </p>
        <nav aria-label="Check my API">
          <ul className="api-check-tabs">
            {TABS.map((t) => (
              <li key={t.tab}>
                <a href={t.hash} aria-current={t.tab === tab ? 'page' : undefined}>
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {tab === 'check' && (
          <div className="api-check-columns">
            <CheckForm fields={fields} onChange={setFields} onSubmit={() => void submit()} busy={busy} />
            <div>
              {problem && (
                <p className="problem" role="alert">
                  <Icon name="fail" /> {problem}
                </p>
              )}
              {result && <CheckResultView result={result} />}
            </div>
          </div>
        )}
        {tab === 'audit' && <AuditTab initialUrl={fields.url} />}
        {tab === 'error' && <PasteErrorTab />}
      </main>
    </div>
  );
}
