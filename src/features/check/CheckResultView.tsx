// The check's result, in the playground's words: the verdict, Chromium's
// message, the steps, the fix; then every exchange as recorded, hop by hop.
import { useEffect, useRef } from 'react';
import type { CheckResult, Exchange } from '../../check/types.ts';
import type { Step } from '../../engine/types.ts';
import { VERDICT_TEXT } from '../../lib/verdict-text.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';
import { Icon } from '../../components/Icon.tsx';
import { lessonHref, playgroundHref } from './links.ts';
import { FrameworkFix } from './FrameworkFix.tsx';

const OUTCOME_WORD: Record<Step['outcome'], string> = { pass: 'Pass', fail: 'Fail', info: 'Note', skip: 'Skipped' };

function Lines({ lines }: { lines: [string, string][] }) {
  return <pre className="mono api-check-lines">{lines.map(([n, v]) => `${n}: ${v}`).join('\n') || '(no headers)'}</pre>;
}

function ExchangeView({ x }: { x: Exchange }) {
  const title = `${x.kind === 'preflight' ? 'Preflight' : 'Request'}${x.hop > 0 ? `, redirect hop ${x.hop}` : ''}: ${x.request.method} ${x.request.url}`;
  return (
    <details className="api-check-exchange" data-testid="exchange" data-kind={x.kind} data-hop={x.hop}>
      <summary className="break">
        {title} → {x.response ? `${x.response.status} ${x.response.statusText}` : x.error ? `no answer (${x.error.kind})` : 'no answer'}
      </summary>
      <p className="hint">Sent{x.address ? ` to ${x.address}` : ''}:</p>
      <Lines lines={x.request.headers} />
      {x.response && (
        <>
          <p className="hint">Answered {x.response.status} {x.response.statusText} in {Math.round(x.timing.durationMs)} ms:</p>
          <Lines lines={x.response.headers} />
        </>
      )}
      {x.error && <p className="problem">{x.error.message}</p>}
    </details>
  );
}

export function CheckResultView({ result }: { result: CheckResult }) {
  const p = result.prediction;
  const verdict = VERDICT_TEXT[p.verdict];
  // Keyboard users land on the verdict of each new result.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section className="panel api-check-result" aria-labelledby="check-verdict" data-testid="check-result" data-verdict={p.verdict} data-cors-error={p.corsError ?? ''}>
      <h3 id="check-verdict" tabIndex={-1} ref={heading}>
        <Icon name={verdict.icon} /> {verdict.title}
        {verdict.gist && <span className="hint"> ({verdict.gist})</span>}
      </h3>
      {result.error && <p className="problem">{result.error.message}</p>}
      {p.consoleMessage && (
        <>
          <p className="hint">{ENGINE_NAMES[p.engine]}’s console says:</p>
          <pre className="mono break api-check-console" data-testid="check-console-message">{p.consoleMessage}</pre>
        </>
      )}
      {result.framework && (
        <p data-testid="check-framework">
          Your server looks like <strong>{result.framework.name}</strong> <span className="hint">({result.framework.evidence.join('; ')})</span>.
        </p>
      )}
      {p.fix && (
        <div className="api-check-fix" data-testid="check-fix">
          <p>
            <strong>Fix:</strong> {p.fix.summary}
          </p>
          <ul>
            {p.fix.changes.map((c) => (
              <li key={c.path} className="mono break">
                {c.path}: {c.before || '(none)'} → {c.after}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FrameworkFix result={result} />
      <p className="api-check-actions">
        <a className="button" href={playgroundHref(result.scenario)} data-testid="check-open-playground">
          Open in playground
        </a>
        {result.lesson && <a href={lessonHref(result.lesson, result.scenario)}>The lesson on this error</a>}
      </p>
      <details className="why" open>
        <summary>
          <strong>Why?</strong> The browser’s decision in {p.trace.length} steps
        </summary>
        <ol className="api-check-steps">
          {p.trace.map((s, i) => (
            <li key={`${i}-${s.id}`} data-outcome={s.outcome}>
              <strong>{OUTCOME_WORD[s.outcome]}</strong> {s.sentence}
              {s.header !== undefined && <code className="break"> {s.header}{s.value !== undefined && `: ${s.value}`}</code>}
            </li>
          ))}
        </ol>
      </details>
      <h4>What was sent and answered</h4>
      {result.exchanges.map((x, i) => (
        <ExchangeView key={i} x={x} />
      ))}
    </section>
  );
}
