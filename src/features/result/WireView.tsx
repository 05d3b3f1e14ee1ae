// What crossed the wire, from the server's own record: JavaScript can never
// see a preflight or a blocked response, the server can.
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { BrowserOutcome } from '../../run/classify.ts';

const lines = (status: number | null, headers: [string, string][]) =>
  [...(status === null ? [] : [`HTTP ${status}`]), ...headers.map(([n, v]) => `${n}: ${v}`)].join('\n');

function Exchange({ entry }: { entry: LoggedRequest }) {
  const label = entry.kind === 'preflight' ? 'Preflight' : entry.redirected ? 'Actual request (after the redirect)' : 'Actual request';
  return (
    <li className="exchange">
      <h4>{label}</h4>
      <p className="hint">The browser sent:</p>
      <pre className="mono">{`${entry.method} ${entry.path}  (Host: ${entry.host})\n${lines(null, entry.headers)}`}</pre>
      {entry.bodyBytes > 0 && <pre className="mono body">{entry.bodyText}</pre>}
      <p className="hint">The server answered:</p>
      <pre className="mono">{lines(entry.response.status, entry.response.headers)}</pre>
    </li>
  );
}

export function WireView({ entries, outcome }: { entries: LoggedRequest[]; outcome: BrowserOutcome | null }) {
  const preflight = entries.some((e) => e.kind === 'preflight');
  const actual = entries.some((e) => e.kind === 'actual');
  return (
    <div className="lane">
      <h3>What crossed the wire (the server’s record)</h3>
      <ul className="wire-summary">
        <li>
          {preflight
            ? 'A preflight (OPTIONS) reached the server.'
            : 'No preflight reached the server (none was needed, or the browser reused a cached one).'}
        </li>
        <li>{actual ? 'The actual request reached the server.' : 'The actual request never reached the server.'}</li>
        {actual && outcome === 'cors-error' && (
          <li>
            <strong>The request reached the server and ran</strong>: only the browser hid the answer from JavaScript.
          </li>
        )}
      </ul>
      {entries.length > 0 && (
        <ol className="exchanges">
          {entries.map((e) => (
            <Exchange key={e.seq} entry={e} />
          ))}
        </ol>
      )}
    </div>
  );
}
