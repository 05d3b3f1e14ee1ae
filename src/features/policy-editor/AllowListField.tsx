// Allowed methods or headers: a list, "*", or mirror what the preflight asked for.
import type { AllowList } from '../../scenario/types.ts';
import { ListInput } from '../../components/ListInput.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';

export interface AllowListFieldProps {
  legend: string;
  /** Used for radio group names and ids. */
  name: string;
  /** The list input's label. It must not repeat a request-side label ("Method"): tests find fields by label text. */
  listLabel: string;
  value: AllowList;
  onChange: (value: AllowList) => void;
  problems: string[];
}

export function AllowListField({ legend, name, listLabel, value, onChange, problems }: AllowListFieldProps) {
  const kinds: { type: AllowList['type']; label: string }[] = [
    { type: 'list', label: 'A list' },
    { type: 'any', label: '*' },
    { type: 'mirror', label: 'Mirror the request' },
  ];
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      <div className="radio-row">
        {kinds.map((k) => (
          <label key={k.type}>
            <input
              type="radio"
              name={`allow-${name}`}
              checked={value.type === k.type}
              onChange={() => onChange(k.type === 'list' ? { type: 'list', values: [] } : { type: k.type })}
            />
            {k.label}
          </label>
        ))}
      </div>
      {value.type === 'list' && (
        <ListInput label={listLabel} values={value.values} onChange={(values) => onChange({ type: 'list', values })} />
      )}
      <FieldMessages id={`allow-${name}-problems`} problems={problems} />
    </fieldset>
  );
}
