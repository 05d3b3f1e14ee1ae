// What the server sent (its record, verbatim) next to what JavaScript can
// read: the browser's real Headers object, and the model's list.
import { Icon } from '../../components/Icon.tsx';
import type { Prediction } from '../../engine/types.ts';
import type { RunResult } from '../../runner/protocol.ts';
import type { LoggedRequest } from '../../scenario/log-types.ts';
import type { HeaderList } from '../../scenario/types.ts';
import { markReadable, namesOnlyIn } from './readable.ts';

const readableByBrowser = (result: RunResult | null): HeaderList | null =>
  result?.settled === 'resolved' ? result.headers : null;

function ServerSent({ entry, readable }: { entry: LoggedRequest; readable: HeaderList | null }) {
  const lines = markReadable(entry.response.headers, readable);
  return (
    <div className="lane">
      <h4>What the server sent</h4>
      <p className="hint">
        Its answer to <code>{entry.method} {entry.path}</code>, as written on the wire:
      </p>
      <ul className="header-lines mono">
        <li>HTTP {entry.response.status}</li>
        {lines.map((l, i) => (
          <li key={i} className={l.readable === false ? 'hidden-line' : undefined}>
            {l.name}: {l.value}
            {l.readable !== null && <span className="tag">{' '}<Icon name={l.readable ? 'pass' : 'fail'} /> {l.readable ? 'readable' : 'hidden from script'}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function HeaderBlock({ headers }: { headers: HeaderList }) {
  return headers.length ? <pre className="mono">{headers.map(([n, v]) => `${n}: ${v}`).join('\n')}</pre> : <p className="hint">None.</p>;
}

function ScriptReads({ readable, prediction }: { readable: HeaderList | null; prediction: Prediction }) {
  const predicted = prediction.js.kind === 'response' ? prediction.js.readableHeaders : null;
  const onlyBrowser = readable && predicted ? namesOnlyIn(readable, predicted) : [];
  const onlyModel = readable && predicted ? namesOnlyIn(predicted, readable) : [];
  return (
    <div className="lane">
      <h4>What JavaScript can read</h4>
      <p className="hint">Your browser’s response.headers:</p>
      {readable ? <HeaderBlock headers={readable} /> : <p>Nothing: fetch() rejected.</p>}
      <p className="hint">Our model’s list:</p>
      {predicted ? <HeaderBlock headers={predicted} /> : <p>Nothing: fetch() rejects.</p>}
      {(onlyBrowser.length > 0 || onlyModel.length > 0) && (
        <p className="hint">
          <span aria-hidden="true">≠ </span>
          {onlyBrowser.length > 0 && <>Only your browser shows <code>{onlyBrowser.join(', ')}</code> (lines the real server adds, such as Content-Length, are not in our server model). </>}
          {onlyModel.length > 0 && <>Only our model lists <code>{onlyModel.join(', ')}</code>.</>}
        </p>
      )}
    </div>
  );
}

export function HeadersCompare({ entries, result, prediction }: { entries: LoggedRequest[]; result: RunResult | null; prediction: Prediction }) {
  const last = entries.at(-1);
  const readable = readableByBrowser(result);
  return (
    <div className="lanes headers-compare">
      {last ? (
        <ServerSent entry={last} readable={readable} />
      ) : (
        <div className="lane">
          <h4>What the server sent</h4>
          <p>Nothing: no request reached it.</p>
        </div>
      )}
      <ScriptReads readable={readable} prediction={prediction} />
    </div>
  );
}
