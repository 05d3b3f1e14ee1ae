// Import a request: a curl command or a fetch() call, told apart by how it starts.
import { importCurl } from './curl.ts';
import { importFetch } from './fetch-call.ts';
import { ImportError, where, type ImportedRequest } from './imported.ts';

export type { ImportedRequest } from './imported.ts';
export { toScenarioRequest } from './imported.ts';

export type ImportResult = { ok: true; kind: 'curl' | 'fetch'; request: ImportedRequest } | { ok: false; message: string };

/** Longer than any real copy (DevTools' cURL of a big form is a few KB). */
export const MAX_IMPORT_CHARS = 100_000;

export function importRequest(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: `The paste is ${text.length} characters long; an import reads at most ${MAX_IMPORT_CHARS}.` };
  const trimmed = text.trim();
  const kind = /^curl(?:\.exe)?\s/.test(trimmed) ? 'curl' : /\bfetch\s*\(/.test(trimmed) ? 'fetch' : null;
  if (!kind) {
    const hint = /Invoke-(?:WebRequest|RestMethod)/.test(trimmed) ? ' (PowerShell is not read: use "Copy as cURL (bash)" or "(cmd)")' : '';
    return { ok: false, message: `Paste a curl command (DevTools: Copy as cURL) or a fetch() call${hint}.` };
  }
  const offset = text.indexOf(trimmed);
  try {
    return { ok: true, kind, request: kind === 'curl' ? importCurl(trimmed) : importFetch(trimmed) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, message: `${e.message} (${where(text, offset + e.at)}).` };
    throw e;
  }
}
