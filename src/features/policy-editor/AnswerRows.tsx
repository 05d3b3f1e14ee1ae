// Scenario version 2 in the raw editor: answers by hop and arrival, tried in
// order before the two responses above. Each row says which requests it
// serves (kind, path, n-th arrival; blank means any) and what it answers.
import type { AnswerRow, AnswerWhen } from '../../scenario/types.ts';
import type { Problem } from '../../policy/validate.ts';
import { RawSection } from './RawEditor.tsx';

const NEW_ROW: AnswerRow = { when: { path: '/b' }, response: { status: 200, headers: [['Access-Control-Allow-Origin', '{app}']] } };

/** A blank field means "any": the condition is left out. */
function withCondition<K extends keyof AnswerWhen>(when: AnswerWhen, key: K, value: AnswerWhen[K] | undefined): AnswerWhen {
  const { [key]: _old, ...rest } = when;
  return value === undefined ? rest : { ...rest, [key]: value };
}

interface AnswerRowsProps {
  rows: AnswerRow[];
  onChange: (rows: AnswerRow[]) => void;
  problems: Problem[];
}

export function AnswerRows({ rows, onChange, problems }: AnswerRowsProps) {
  const setRow = (i: number, row: AnswerRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="group answer-rows">
      <legend>Answers by hop and arrival</legend>
      <p className="hint">
        Tried in order before the responses above; the first row that fits answers, its <code>Location</code> on every hop
        (chains, loops, <code>{'{app}/…'}</code> back to the page). Blank means any.
      </p>
      {rows.map((row, i) => {
        const n = i + 1;
        const setWhen = (when: AnswerWhen) => setRow(i, { ...row, when });
        return (
          <div className="answer-row" key={i}>
            <label className="field">
              <span>Answer {n}: request</span>
              <select value={row.when.kind ?? ''} onChange={(e) => setWhen(withCondition(row.when, 'kind', e.target.value === '' ? undefined : (e.target.value as AnswerWhen['kind'])))}>
                <option value="">any</option>
                <option value="preflight">preflight</option>
                <option value="actual">actual</option>
              </select>
            </label>
            <label className="field">
              <span>Answer {n}: path</span>
              <input className="mono" placeholder="any" value={row.when.path ?? ''} spellCheck={false} onChange={(e) => setWhen(withCondition(row.when, 'path', e.target.value === '' ? undefined : e.target.value))} />
            </label>
            <label className="field">
              <span>Answer {n}: arrival</span>
              <input type="number" min={1} placeholder="any" value={row.when.arrival ?? ''} onChange={(e) => setWhen(withCondition(row.when, 'arrival', e.target.value === '' ? undefined : Number(e.target.value)))} />
            </label>
            <RawSection which={`answers.${i}.response`} title={`Answer ${n}`} raw={row.response} onChange={(response) => setRow(i, { ...row, response })} problems={problems} />
            <button type="button" className="add-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove answer {n}
            </button>
          </div>
        );
      })}
      <button type="button" className="add-button" onClick={() => onChange([...rows, NEW_ROW])}>
        + Add an answer
      </button>
    </fieldset>
  );
}
