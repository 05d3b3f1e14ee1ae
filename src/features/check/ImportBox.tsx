// Paste a curl command or a fetch() call: the check's fields are filled in,
// and the request can open in the playground as it is.
import { useId, useState } from 'react';
import { importRequest, toScenarioRequest, type ImportedRequest } from '../../lib/import-request/index.ts';
import { DEFAULT_SCENARIO } from '../../scenario/defaults.ts';
import { Icon } from '../../components/Icon.tsx';
import { playgroundHref } from './links.ts';

export function ImportBox({ onImport }: { onImport: (r: ImportedRequest) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportedRequest | null>(null);
  const submit = () => {
    const r = importRequest(text);
    if (!r.ok) {
      setProblem(r.message);
      return;
    }
    setProblem(null);
    setImported(r.request);
    onImport(r.request);
  };
  return (
    <details className="api-check-import">
      <summary>Import a curl command or a fetch() call</summary>
      <label className="field" htmlFor={`${id}-paste`}>
        <span>DevTools → Network → right-click the request → Copy as cURL, or Copy as fetch</span>
      </label>
      <textarea id={`${id}-paste`} className="mono" rows={5} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={problem ? `${id}-problem` : undefined} />
      <button type="button" onClick={submit}>
        Import
      </button>
      {problem && (
        <p id={`${id}-problem`} className="problem" role="alert">
          <Icon name="fail" /> {problem}
        </p>
      )}
      {imported && !problem && (
        <div className="hint" data-testid="import-done">
          <p>Imported: the fields below are filled in.</p>
          {imported.setAside.length > 0 && <p>Set aside (the browser sets these itself, and your cookies are never replayed): {imported.setAside.join(', ')}.</p>}
          <p>
            <a href={playgroundHref({ ...DEFAULT_SCENARIO, title: 'An imported request', request: { ...DEFAULT_SCENARIO.request, ...toScenarioRequest(imported) } })}>
              Open this request in the playground
            </a>
          </p>
        </div>
      )}
    </details>
  );
}
