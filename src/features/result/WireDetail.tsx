// The raw detail of a run, last in the result: what JavaScript got and what
// crossed the wire. Loaded on demand (ResultPanel): nothing to show before a run.
import type { RunReport } from '../../run/run-scenario.ts';
import { BrowserView } from './BrowserView.tsx';
import { WireView } from './WireView.tsx';

export function WireDetail({ report }: { report: RunReport }) {
  return (
    <div className="wire-detail">
      <p className="hint mono break">Requested: {report.url}</p>
      <div className="lanes">
        {report.result && <BrowserView result={report.result} />}
        <WireView entries={report.entries} outcome={report.outcome} />
      </div>
    </div>
  );
}
