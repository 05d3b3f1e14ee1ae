// The only part of the export feature in the initial bundle: a disclosure
// that loads the panel (generators, observed data, highlighter) on first open.
import { lazy, Suspense, useState } from 'react';
import type { Deployment } from '../../scenario/origins.ts';

const ExportPanel = lazy(() => import('./ExportPanel.tsx'));

export function ExportEntry({ deployment, session }: { deployment: Deployment; session: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="panel export" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <h2>Export: server code, curl and fetch()</h2>
      </summary>
      {opened && (
        <Suspense fallback={<p role="status">Loading the exports…</p>}>
          <ExportPanel deployment={deployment} session={session} />
        </Suspense>
      )}
    </details>
  );
}
