// What page JavaScript got from fetch(): nothing more, nothing less.
import type { RunResult } from '../../runner/protocol.ts';
import { channelSentence } from '../../lib/channel-text.ts';

export function BrowserView({ result }: { result: RunResult }) {
  if (result.settled === 'channel') {
    return (
      <div className="lane">
        <h3>What JavaScript got</h3>
        <p data-testid="channel-event" data-event={result.event}>{channelSentence(result)}</p>
        {result.messages.length > 0 && (
          <>
            <h4>Messages</h4>
            <pre className="mono body">{result.messages.join('\n')}</pre>
          </>
        )}
      </div>
    );
  }
  if (result.settled === 'rejected') {
    return (
      <div className="lane">
        <h3>What JavaScript got</h3>
        <p>fetch() rejected with:</p>
        <pre className="mono">{`${result.name}: ${result.message}`}</pre>
      </div>
    );
  }
  return (
    <div className="lane">
      <h3>What JavaScript got</h3>
      <dl className="facts">
        <dt>status</dt>
        <dd className="mono">
          {result.status} {result.statusText}
        </dd>
        <dt>type</dt>
        <dd className="mono">{result.type}</dd>
        <dt>redirected</dt>
        <dd className="mono">{String(result.redirected)}</dd>
        <dt>url</dt>
        <dd className="mono break">{result.url || '(empty)'}</dd>
      </dl>
      <h4>Readable headers</h4>
      {result.headers.length ? (
        <pre className="mono">{result.headers.map(([n, v]) => `${n}: ${v}`).join('\n')}</pre>
      ) : (
        <p>None.</p>
      )}
      <h4>Body{result.bodyTruncated ? ' (first 64 KiB)' : ''}</h4>
      {result.body ? <pre className="mono body">{result.body}</pre> : <p>Empty.</p>}
    </div>
  );
}
