// Audit: the origins that should be trusted → the attacker origins derived
// from them, and each misconfiguration found, with its severity, impact, fix.
import { useState } from 'react';
import type { AuditResult, Finding } from '../../check/types.ts';
import { Icon } from '../../components/Icon.tsx';
import { refusalText, runAudit } from './check-api.ts';
import { lessonHref } from './links.ts';

function FindingView({ f }: { f: Finding }) {
  return (
    <li className={`api-check-finding severity-${f.severity}`} data-testid="finding" data-class={f.class} data-severity={f.severity}>
      <p>
        <strong className="api-check-severity">{f.severity.toUpperCase()}</strong> {f.title}
      </p>
      <p><strong>What an attacker can do:</strong> {f.impact}</p>
      <p><strong>Fix:</strong> {f.fix}</p>
      {f.evidence.length > 0 && <pre className="mono break api-check-lines">{(f.attackerOrigin ? [`Origin: ${f.attackerOrigin}${f.withCredentials ? ' (with a cookie)' : ''}`, '→'] : []).concat(f.evidence).join('\n')}</pre>}
      <a href={lessonHref(f.lesson)}>The lesson on it</a>
    </li>
  );
}

function AuditResultView({ result }: { result: AuditResult }) {
  return (
    <section className="api-check-result" aria-labelledby="audit-heading" data-testid="audit-result" data-findings={result.findings.length}>
      <h3 id="audit-heading" tabIndex={-1}>
        <Icon name={result.findings.length ? 'danger' : 'pass'} /> {result.findings.length ? `${result.findings.length} finding${result.findings.length > 1 ? 's' : ''}` : 'No misconfiguration found'}
      </h3>
      {result.error && <p className="problem">{result.error.message}</p>}
      {result.framework && <p>Your server looks like <strong>{result.framework.name}</strong>.</p>}
      <ol className="api-check-findings">{result.findings.map((f, i) => <FindingView key={i} f={f} />)}</ol>
      <details>
        <summary>The {result.probes.length} origins tried</summary>
        <table className="api-check-probes">
          <thead>
            <tr><th scope="col">Origin</th><th scope="col">Kind</th><th scope="col">Cookie</th><th scope="col">Allow-Origin</th><th scope="col">Readable</th></tr>
          </thead>
          <tbody>
            {result.probes.map((p, i) => (
              <tr key={i}>
                <td className="mono break">{p.origin}</td><td>{p.kind}</td><td>{p.credentials ? 'yes' : 'no'}</td>
                <td className="mono break">{p.allowOrigin ?? (p.error ? p.error.kind : '—')}</td><td>{p.readable ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export function AuditTab({ initialUrl }: { initialUrl: string }) {
  const [url, setUrl] = useState(initialUrl);
  const [trusted, setTrusted] = useState('http://localhost:3000');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<AuditResult | null>(null);
  const submit = async () => {
    setBusy(true);
    const answer = await runAudit({ url: url.trim(), trusted: trusted.split(/\s+/).filter(Boolean) });
    setBusy(false);
    setProblem(answer.ok ? null : refusalText(answer.refusal));
    setResult(answer.ok ? answer.value : null);
  };
  return (
    <div className="panel">
      <form
        aria-label="The API to audit"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>API URL</span>
          <input type="url" required className="mono" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label className="field">
          <span>The origins it should trust (one per line)</span>
          <textarea className="mono" rows={3} value={trusted} onChange={(e) => setTrusted(e.target.value)} />
        </label>
        <button type="submit" className="send" disabled={busy}>{busy ? 'Auditing…' : 'Audit'}</button>
      </form>
      {problem && <p className="problem" role="alert"><Icon name="fail" /> {problem}</p>}
      {result && <AuditResultView result={result} />}
    </div>
  );
}
