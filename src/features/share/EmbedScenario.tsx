// The embeddable view's account of the scenario (the editors are not shown),
// and the way out to the full playground. A credentialed scenario warns that
// inside a third-party iframe the browser treats the playground's cookies as
// third-party ones, so the result may differ from the playground's own tab.
import { useEffect, useState } from 'react';
import type { Deployment } from '../../scenario/origins.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { shareLink } from './share-link.ts';
import { framedByAnotherOrigin } from './embed.ts';
import { isCredentialed, requestLines, scenarioTitle, serverJson } from './summary.ts';
import './share.css';

export function EmbedScenario({ deployment }: { deployment: Deployment }) {
  const scenario = usePlayground((s) => s.scenario);
  const [link, setLink] = useState<string | null>(null);
  const [elsewhere] = useState(() => framedByAnotherOrigin());
  useEffect(() => {
    let current = true;
    void shareLink(scenario).then((l) => current && setLink(l));
    return () => {
      current = false;
    };
  }, [scenario]);
  const open = link && (
    <a href={link} target="_blank" rel="noopener">
      Open in the playground
    </a>
  );
  return (
    <section className="panel embed-scenario" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{scenarioTitle(scenario)}</h2>
      <ul className="mono">
        {requestLines(scenario, deployment).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details>
        <summary>The server’s CORS answer</summary>
        <pre className="mono">{serverJson(scenario)}</pre>
      </details>
      {isCredentialed(scenario) && (
        <p className="notice" role="note">
          This request sends cookies. Inside an iframe on another site the playground’s cookies are third-party cookies, which browsers
          block or keep apart, so the result here may differ from the playground’s own tab. {link && <a href={link} target="_blank" rel="noopener">Open it in a new tab</a>} to see it as a first-party page.
        </p>
      )}
      {elsewhere && (
        <p className="notice" role="note">
          Send cannot run inside this embed: the pages that make the request may be framed only by the playground itself, and another site
          frames this one. {open} to run it.
        </p>
      )}
      {!elsewhere && <p>{open}</p>}
    </section>
  );
}
