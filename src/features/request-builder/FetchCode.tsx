// The live fetch() call, always in step with the form. The code for an <img>,
// a form, an EventSource or a WebSocket loads on demand (lib/channel-code.ts).
import { useEffect, useMemo, useState } from 'react';
import type { ScenarioRequest } from '../../scenario/types.ts';
import { fetchCode } from '../../lib/fetch-code.ts';

type ChannelCode = typeof import('../../lib/channel-code.ts').channelCode;

export function FetchCode({ request, url }: { request: ScenarioRequest; url: string }) {
  const [channelCode, setChannelCode] = useState<ChannelCode | null>(null);
  const channel = request.via !== undefined && request.via !== 'fetch';
  useEffect(() => {
    if (channel && !channelCode) void import('../../lib/channel-code.ts').then((m) => setChannelCode(() => m.channelCode));
  }, [channel, channelCode]);
  const code = useMemo(
    () => (channel ? (channelCode?.(request, url) ?? '…') : fetchCode(request, url)),
    [request, url, channel, channelCode],
  );
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
