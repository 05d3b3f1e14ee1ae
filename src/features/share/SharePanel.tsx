// Share: the compact link, the scenario as Markdown for an issue or a forum
// answer, and the embeddable view's address. Copies go to the clipboard; the
// text is also shown, selected, so it can be copied by hand when the browser
// refuses the clipboard.
import { useState } from 'react';
import type { ModelAnswer } from '../../lib/prediction.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { scenarioMarkdown, type SharedRun } from './markdown.ts';
import { embedLink } from './embed.ts';
import { shareLink } from './share-link.ts';
import './share.css';

type Copied = { what: string; text: string; copied: boolean };

async function toClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface SharePanelProps {
  deployment: Deployment;
  run: SharedRun | null;
  live: ModelAnswer | null;
}

export function SharePanel({ deployment, run, live }: SharePanelProps) {
  const [copied, setCopied] = useState<Copied | null>(null);
  const copy = async (what: string, make: (link: string) => string) => {
    const text = make(await shareLink(usePlayground.getState().scenario));
    setCopied({ what, text, copied: await toClipboard(text) });
  };
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share</h2>
      <div className="share-buttons">
        <button type="button" onClick={() => void copy('link', (link) => link)}>
          Copy link
        </button>
        <button
          type="button"
          onClick={() => void copy('Markdown', (link) => scenarioMarkdown({ scenario: usePlayground.getState().scenario, deployment, link, run, live }))}
        >
          Copy as Markdown
        </button>
        <button type="button" onClick={() => void copy('embed link', embedLink)}>
          Copy embed link
        </button>
      </div>
      {copied && (
        <>
          <p role="status" className="hint">
            {copied.copied ? `The ${copied.what} is copied.` : `The browser refused the clipboard: copy the ${copied.what} from the field below.`}
          </p>
          <textarea
            className="mono share-text"
            aria-label={`The ${copied.what}`}
            readOnly
            rows={copied.what === 'Markdown' ? 8 : 2}
            value={copied.text}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
    </section>
  );
}
