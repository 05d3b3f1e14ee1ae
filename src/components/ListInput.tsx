// A comma-separated list in one text box. The text being typed is kept as
// typed ("GET, " stays while you type), and only the parsed values go out.
import { useEffect, useState } from 'react';

export const parseList = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export interface ListInputProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  describedBy?: string;
}

export function ListInput({ label, values, onChange, placeholder, describedBy }: ListInputProps) {
  const [draft, setDraft] = useState(values.join(', '));
  // Follow changes made elsewhere (a preset, a loaded link) without fighting the typist.
  useEffect(() => {
    setDraft((d) => (sameList(parseList(d), values) ? d : values.join(', ')));
  }, [values]);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        className="mono"
        value={draft}
        placeholder={placeholder}
        spellCheck={false}
        aria-describedby={describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(parseList(e.target.value));
        }}
      />
    </label>
  );
}
