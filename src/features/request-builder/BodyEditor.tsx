// The request body: none, a string (plain or JSON), form fields, a Blob, an ArrayBuffer or a stream.
import type { RequestBody } from '../../scenario/types.ts';
import { HeaderRows } from '../../components/HeaderRows.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';

const BODY_TYPES: { value: RequestBody['type']; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'text', label: 'Text' },
  { value: 'json', label: 'JSON (a string)' },
  { value: 'urlencoded', label: 'URL-encoded form (URLSearchParams)' },
  { value: 'multipart', label: 'Multipart form (FormData)' },
  { value: 'blob', label: 'Blob (or File), with a type' },
  { value: 'arraybuffer', label: 'ArrayBuffer (or a typed array)' },
  { value: 'stream', label: 'ReadableStream (duplex: half)' },
];

/** Switching type keeps what can be kept: text stays text, fields stay fields. */
function convert(body: RequestBody, type: RequestBody['type']): RequestBody {
  const text = 'text' in body ? body.text : '';
  const fields = body.type === 'urlencoded' || body.type === 'multipart' ? body.fields : [];
  switch (type) {
    case 'none':
      return { type };
    case 'text':
    case 'arraybuffer':
    case 'stream':
      return { type, text };
    case 'blob':
      return { type, text: text || '{"hello":"world"}', blobType: 'application/json' };
    case 'json':
      return { type, text: text || '{"hello":"world"}' };
    case 'urlencoded':
    case 'multipart':
      return { type, fields: fields.length ? fields : [['name', 'value']] };
  }
}

export interface BodyEditorProps {
  body: RequestBody;
  onChange: (body: RequestBody) => void;
  note: string | null;
}

export function BodyEditor({ body, onChange, note }: BodyEditorProps) {
  return (
    <div className="body-editor">
      <label className="field">
        <span>Body</span>
        <select value={body.type} onChange={(e) => onChange(convert(body, e.target.value as RequestBody['type']))} aria-describedby={note ? 'body-note' : undefined}>
          {BODY_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <FieldMessages id="body-note" notes={[note]} />
      {body.type === 'blob' && (
        <label className="field">
          <span>Blob type (its Content-Type)</span>
          <input className="mono" spellCheck={false} value={body.blobType} onChange={(e) => onChange({ ...body, blobType: e.target.value })} />
        </label>
      )}
      {'text' in body && (
        <label className="field">
          <span>Text content</span>
          <textarea className="mono" rows={3} spellCheck={false} value={body.text} onChange={(e) => onChange({ ...body, text: e.target.value })} />
        </label>
      )}
      {(body.type === 'urlencoded' || body.type === 'multipart') && (
        <HeaderRows legend="Form fields" noun="field" rows={body.fields} onChange={(fields) => onChange({ ...body, fields })} />
      )}
    </div>
  );
}
