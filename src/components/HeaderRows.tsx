// Ordered name/value rows (header lines, form fields). Duplicates are allowed
// and order is kept: both matter to the browser.
import { useId } from 'react';
import type { HeaderList } from '../scenario/types.ts';
import { FieldMessages } from './FieldMessages.tsx';

export interface RowMessages {
  problems?: string[];
  /** Which input the problems are about; the name when not said. */
  invalid?: { name?: boolean; value?: boolean };
  notes?: (string | null)[];
}

export interface HeaderRowsProps {
  /** The visible group label, e.g. "Request headers"; also names each input. */
  legend: string;
  rows: HeaderList;
  onChange: (rows: HeaderList) => void;
  /** What a row is called in button labels, e.g. "header" or "field". */
  noun?: string;
  messagesFor?: (index: number) => RowMessages;
  hint?: string;
}

export function HeaderRows({ legend, rows, onChange, noun = 'header', messagesFor, hint }: HeaderRowsProps) {
  const id = useId();
  const setRow = (i: number, name: string, value: string) =>
    onChange(rows.map((row, j) => (j === i ? [name, value] : row)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));

  return (
    <fieldset className="header-rows">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {rows.length === 0 && <p className="empty">No {noun}s.</p>}
      {rows.map(([name, value], i) => {
        const m = messagesFor?.(i) ?? {};
        const msgId = `${id}-msg-${i}`;
        const hasMessages = !!m.problems?.length || !!m.notes?.some(Boolean);
        const invalid = m.problems?.length ? (m.invalid ?? { name: true }) : {};
        return (
          <div className="header-row" key={i}>
            <input
              className="mono"
              aria-label={`${legend} ${i + 1} name`}
              placeholder="Name"
              value={name}
              spellCheck={false}
              aria-invalid={invalid.name || undefined}
              aria-describedby={hasMessages ? msgId : undefined}
              onChange={(e) => setRow(i, e.target.value, value)}
            />
            <input
              className="mono"
              aria-label={`${legend} ${i + 1} value`}
              placeholder="Value"
              value={value}
              spellCheck={false}
              aria-invalid={invalid.value || undefined}
              aria-describedby={hasMessages ? msgId : undefined}
              onChange={(e) => setRow(i, name, e.target.value)}
            />
            <button type="button" className="icon-button" aria-label={`Remove ${noun} ${i + 1}`} onClick={() => remove(i)}>
              ×
            </button>
            <FieldMessages id={msgId} problems={m.problems} notes={m.notes} />
          </div>
        );
      })}
      <button type="button" className="add-button" onClick={() => onChange([...rows, ['', '']])}>
        + Add {noun}
      </button>
    </fieldset>
  );
}
