// What the model says the browsers will print and what script will get:
// Chromium's console line word for word, Firefox's reason, fetch()'s result.
import { useState } from 'react';
import type { Prediction } from '../../engine/types.ts';

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

export function PredictedWords({ prediction }: { prediction: Prediction }) {
  const { consoleMessage, firefox, js } = prediction;
  return (
    <div className="predicted-words">
      <h4>{js.kind === 'error' ? 'fetch() rejects with' : 'fetch() resolves with'}</h4>
      <pre className="mono" data-testid="predicted-js">
        {jsText(js)}
      </pre>
      <h4>Chromium’s console</h4>
      {consoleMessage ? (
        <div className="console-line">
          <pre className="mono" data-testid="predicted-console-message">
            {consoleMessage}
          </pre>
          <CopyButton text={consoleMessage} />
        </div>
      ) : (
        <p className="hint">Nothing: Chromium prints no CORS error for this request.</p>
      )}
      {firefox && (
        <p className="firefox">
          Firefox’s reason, <code>{firefox.name}</code>: <span className="mono">{firefox.text}</span>
        </p>
      )}
    </div>
  );
}
