// Raw mode: the exact status and header lines of both responses, which lets a
// learner send what no middleware would (two ACAO lines, a wrong case…).
import type { AnswerRow, RawResponse } from '../../scenario/types.ts';
import { AnswerRows } from './AnswerRows.tsx';
import { MAX_STATUS, MIN_STATUS, type Problem } from '../../policy/validate.ts';
import { HeaderRows } from '../../components/HeaderRows.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';
import { problemsAt } from './problems.ts';

interface RawSectionProps {
  /** Where its problems are ("preflight", "actual", "answers.0.response"). */
  which: string;
  title: string;
  raw: RawResponse;
  onChange: (raw: RawResponse) => void;
  problems: Problem[];
}

export function RawSection({ which, title, raw, onChange, problems }: RawSectionProps) {
  const statusProblems = problemsAt(problems, `${which}.status`);
  return (
    <fieldset className="group">
      <legend>{title}</legend>
      <label className="field">
        <span>{title}: status</span>
        <input type="number" min={MIN_STATUS} max={MAX_STATUS} value={Number.isNaN(raw.status) ? '' : raw.status} aria-invalid={statusProblems.length ? true : undefined} onChange={(e) => onChange({ ...raw, status: e.target.value === '' ? NaN : Number(e.target.value) })} />
      </label>
      <FieldMessages id={`${which}-status-problems`} problems={statusProblems} />
      <HeaderRows
        legend={`${title}: header lines`}
        rows={raw.headers}
        onChange={(headers) => onChange({ ...raw, headers })}
        messagesFor={(i) => {
          const name = problemsAt(problems, `${which}.headers.${i}.name`);
          const value = problemsAt(problems, `${which}.headers.${i}.value`);
          return { problems: [...name, ...value], invalid: { name: name.length > 0, value: value.length > 0 } };
        }}
      />
    </fieldset>
  );
}

export interface RawEditorProps {
  preflight: RawResponse;
  actual: RawResponse;
  onChange: (which: 'preflight' | 'actual', raw: RawResponse) => void;
  answers: AnswerRow[];
  onAnswersChange: (answers: AnswerRow[]) => void;
  problems: Problem[];
}

export function RawEditor({ preflight, actual, onChange, answers, onAnswersChange, problems }: RawEditorProps) {
  return (
    <div className="raw-editor">
      <p className="hint">
        Sent exactly as written, in order. Values may use <code>{'{app}'}</code>, <code>{'{admin}'}</code>, <code>{'{api}'}</code>… and{' '}
        <code>{'{origin}'}</code> (the request’s Origin header).
      </p>
      <RawSection which="preflight" title="Preflight response (OPTIONS)" raw={preflight} onChange={(r) => onChange('preflight', r)} problems={problems} />
      <RawSection which="actual" title="Actual response" raw={actual} onChange={(r) => onChange('actual', r)} problems={problems} />
      <AnswerRows rows={answers} onChange={onAnswersChange} problems={problems} />
    </div>
  );
}
