// The live fetch() call, always in step with the form.
import { useMemo } from 'react';
import type { ScenarioRequest } from '../../scenario/types.ts';
import { fetchCode } from '../../lib/fetch-code.ts';

export function FetchCode({ request, url }: { request: ScenarioRequest; url: string }) {
  const code = useMemo(() => fetchCode(request, url), [request, url]);
  return (
    <figure className="fetch-code">
      <figcaption>As code</figcaption>
      <pre aria-label="fetch() code">
        <code>{code}</code>
      </pre>
      <p className="hint">The playground adds /s/&lt;session&gt;/&lt;policy&gt; to the path so the server knows your policy.</p>
    </figure>
  );
}
