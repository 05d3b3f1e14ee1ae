// Two lanes, browser and server, drawn from the server's record: arrows show
// which way each message went. Each row is also one sentence, so the picture
// is never needed to follow it.
import type { TimelineRow } from './timeline.ts';
import { Icon } from '../../components/Icon.tsx';

const ARROW = { 'to-server': 'arrow-right', 'to-browser': 'arrow-left' } as const;

function Row({ row }: { row: TimelineRow }) {
  const cell = (
    <div className={`tl-cell tl-${row.tone}`}>
      <p className="tl-title">
        {row.direction !== 'none' && <Icon name={ARROW[row.direction]} className="tl-arrow" />}
        {row.tone !== 'info' && <Icon name={row.tone} />}{' '}
        <span className="visually-hidden">{row.lane === 'browser' ? 'Browser: ' : 'Server: '}</span>
        {row.title}
      </p>
      {row.lines.length > 0 && <pre className="mono tl-lines">{row.lines.join('\n')}</pre>}
    </div>
  );
  return (
    <li className={`tl-row tl-${row.lane} tl-${row.direction}`} data-row={row.key}>
      {row.lane === 'browser' ? cell : <div className="tl-gap" />}
      <div className="tl-wire" aria-hidden="true" />
      {row.lane === 'server' ? cell : <div className="tl-gap" />}
    </li>
  );
}

export function Timeline({ rows }: { rows: TimelineRow[] }) {
  return (
    <div className="timeline">
      <h4>Timeline (from the server’s record)</h4>
      <div className="tl-lanes" aria-hidden="true">
        <span>Browser</span>
        <span />
        <span>Server</span>
      </div>
      <ol className="tl-rows">
        {rows.map((r) => (
          <Row key={r.key} row={r} />
        ))}
      </ol>
    </div>
  );
}
