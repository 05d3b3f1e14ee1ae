// The live fetch() call, always in step with the form. Its generator loads on
// demand (lib/fetch-code.ts; the initial bundle has no room), as does the code
// for an <img>, a form, an EventSource or a WebSocket (lib/channel-code.ts).
import { useEffect, useMemo, useState } from 'react';
import type { ScenarioRequest } from '../../scenario/types.ts';

type Generate = (request: ScenarioRequest, url: string) => string | null;

export function FetchCode({ request, url }: { request: ScenarioRequest; url: string }) {
  const [fetchCode, setFetchCode] = useState<Generate | null>(null);
  const [channelCode, setChannelCode] = useState<Generate | null>(null);
  const channel = request.via !== undefined && request.via !== 'fetch';
  useEffect(() => {
    if (!channel && !fetchCode) void import('../../lib/fetch-code.ts').then((m) => setFetchCode(() => m.fetchCode));
    if (channel && !channelCode) void import('../../lib/channel-code.ts').then((m) => setChannelCode(() => m.channelCode));
  }, [channel, channelCode, fetchCode]);
  const code = useMemo(() => (channel ? channelCode : fetchCode)?.(request, url) ?? '…', [request, url, channel, channelCode, fetchCode]);
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
