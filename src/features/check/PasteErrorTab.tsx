// Paste a console message: which browser said it, which error it is, its
// parameters, what it means, the lesson, and a scenario that reproduces it.
import { useId, useState } from 'react';
import { recognisePastedError, type Recognition } from '../../lib/pasted-error/recognise.ts';
import { reproduce } from '../../lib/pasted-error/reproduce.ts';
import { plainWords } from '../../lib/pasted-error/words.ts';
import { Icon } from '../../components/Icon.tsx';
import { lessonFor, lessonHref, playgroundHref } from './links.ts';

const BROWSER = { chromium: 'Chrome (or Edge, Opera: Chromium)', firefox: 'Firefox', webkit: 'Safari (WebKit)' } as const;
const PARAM_LABEL: Record<string, string> = {
  url: 'URL', redirectedFrom: 'Redirected from', origin: 'Page origin', value: 'Value', header: 'Header', method: 'Method',
  status: 'Status', scheme: 'Scheme', space: 'Address space', frame: 'Frame',
};

function Recognised({ found }: { found: Extract<Recognition, { ok: true }>['error'] }) {
  const scenario = reproduce(found);
  const lesson = lessonFor(found.errors);
  const [first, ...others] = found.errors;
  return (
    <section className="api-check-result" aria-labelledby="pasted-heading" data-testid="pasted-error" data-error={first ?? ''} data-name={found.name}>
      <h3 id="pasted-heading">
        {first ?? found.name}
        <span className="hint"> from {BROWSER[found.browser]}</span>
      </h3>
      {others.length > 0 && (
        <p className="hint">
          {found.browser === 'chromium' ? '' : `${BROWSER[found.browser]} uses one wording for several of Chrome’s errors; it can also be `}
          {others.join(', ')}.
        </p>
      )}
      <p>{plainWords(found.errors, found.name, found.params)}</p>
      {Object.keys(found.params).length > 0 && (
        <dl className="api-check-params">
          {Object.entries(found.params).map(([k, v]) => (
            <div key={k}>
              <dt>{PARAM_LABEL[k] ?? k}</dt>
              <dd className="mono break">{v === '' ? '(empty)' : v}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="api-check-actions">
        {scenario ? (
          <a className="button" href={playgroundHref(scenario)} data-testid="open-reproduction">
            Open in the playground: see it happen
          </a>
        ) : (
          <span className="hint">The playground cannot make this failure happen (it needs another scheme, network or browser setting).</span>
        )}
        {lesson && (
          <a href={lessonHref(lesson, scenario ?? undefined)} data-testid="pasted-lesson">
            The lesson on it
          </a>
        )}
      </p>
    </section>
  );
}

export function PasteErrorTab() {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Recognition | null>(null);
  return (
    <div className="panel">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setResult(recognisePastedError(text));
        }}
      >
        <label className="field" htmlFor={`${id}-text`}>
          <span>The console message (Chrome, Firefox or Safari)</span>
        </label>
        <textarea
          id={`${id}-text`}
          className="mono"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Access to fetch at 'http://localhost:8080/api' from origin 'http://localhost:3000' has been blocked by CORS policy: …"
          aria-describedby={result && !result.ok ? `${id}-problem` : undefined}
        />
        <button type="submit">Explain this error</button>
      </form>
      {result && !result.ok && (
        <p id={`${id}-problem`} className="problem" role="alert">
          <Icon name="fail" /> {result.message}
        </p>
      )}
      {result?.ok && <Recognised found={result.error} />}
    </div>
  );
}
