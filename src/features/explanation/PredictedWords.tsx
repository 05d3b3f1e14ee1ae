// What the model says the browser will print and what script will get: the
// predicted engine's console lines word for word (shown first: they are what a
// person searches for), then fetch()'s result and Firefox's reason.
import { useId, useState } from 'react';
import type { Prediction } from '../../engine/types.ts';
import { ENGINE_NAMES } from '../../lib/browser-engine.ts';
import { splitMessage } from './console-url.ts';

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <button type="button" className="copy-button" onClick={copy}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

function jsText(js: Prediction['js']): string {
  if (js.kind === 'error') return `${js.name}: ${js.message}`;
  return `status ${js.status}, type "${js.type}"`;
}

/**
 * A console line with the playground's /s/<session>/<config> segment folded
 * to "…". The folded text stays in the element (zero-size, hidden from screen
 * readers), so selecting the line, and the element's text, are the exact message.
 */
export function ConsoleLine({ message, testId = 'predicted-console-message' }: { message: string; testId?: string }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const parts = splitMessage(message);
  const foldable = parts.some((p) => p.foldable);
  return (
    <div className="console-line">
      <pre id={id} className={`mono${expanded ? '' : ' folded'}`} data-testid={testId}>
        {parts.map((p, i) =>
          p.foldable ? (
            <span key={i} className="foldable" aria-hidden={expanded ? undefined : true}>
              {p.text}
            </span>
          ) : (
            p.text
          ),
        )}
      </pre>
      <div className="console-actions">
        <CopyButton text={message} />
        {foldable && (
          <button type="button" className="copy-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Shorten URL' : 'Full URL'}
          </button>
        )}
      </div>
    </div>
  );
}

/** The predicted engine's console lines (each one element): shown first in the result, with the fix. */
export function ConsoleWords({ prediction }: { prediction: Prediction }) {
  const name = ENGINE_NAMES[prediction.engine];
  return (
    <div className="predicted-words">
      <h4>{name}’s console</h4>
      {prediction.console.length ? prediction.console.map((m, i) => <ConsoleLine key={i} message={m} />) : <p className="hint">Nothing: {name} prints no CORS error for this request.</p>}
    </div>
  );
}

/** What script gets, and Firefox's wording: detail that follows the fix. */
export function ScriptWords({ prediction }: { prediction: Prediction }) {
  const { firefox, js } = prediction;
  return (
    <div className="predicted-words">
      <h4>{js.kind === 'error' ? 'fetch() rejects with' : 'fetch() resolves with'}</h4>
      <pre className="mono" data-testid="predicted-js">
        {jsText(js)}
      </pre>
      {firefox && (
        <p className="firefox">
          Firefox’s reason, <code>{firefox.name}</code>: <span className="mono">{firefox.text}</span>
        </p>
      )}
    </div>
  );
}
