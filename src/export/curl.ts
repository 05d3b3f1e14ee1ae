// curl commands that send what the browser sends: the engine's predicted
// requests (preflight first), header for header. curl's own User-Agent is
// removed and its Accept replaced, so the server sees the browser's lines.
import type { RequestBody } from '../scenario/types.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

/** A single-quoted shell word for any text. */
export const shellWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bodyArgs(body: RequestBody): string[] {
  switch (body.type) {
    case 'none':
      return [];
    case 'text':
    case 'json':
    case 'arraybuffer':
    case 'stream': // curl sends it in one piece (over HTTP/1.1, as the browser would not)
    case 'blob': //   the Blob's type is the Content-Type the engine predicts among the headers
      return [`--data-binary ${shellWord(body.text)}`];
    case 'urlencoded':
      return [`--data-binary ${shellWord(new URLSearchParams(body.fields).toString())}`];
    case 'multipart':
      // curl picks its own boundary, as the browser does.
      return body.fields.map(([n, v]) => `--form-string ${shellWord(`${n}=${v}`)}`);
  }
}

export function curlExport(input: ExportInput): ExportResult {
  const notes: ExportNote[] = [];
  if (input.requests.length === 0) {
    notes.push({ kind: 'cannot-express', text: 'The browser sends nothing for this request (fetch() fails before any request), so there is nothing to repeat.' });
  }
  const commands = input.requests.map((r, i) => {
    const what = r.kind === 'preflight' ? 'The preflight' : i > 1 ? 'The request after a redirect' : 'The actual request';
    const args = [`curl -i -X ${shellWord(r.method)} ${shellWord(r.url)}`, "-H 'User-Agent:'", ...r.headers.map(([n, v]) => `-H ${shellWord(`${n}: ${v}`)}`)];
    if (!r.headers.some(([n]) => n.toLowerCase() === 'accept')) args.push("-H 'Accept:'");
    if (r.kind === 'actual') args.push(...bodyArgs(input.scenario.request.body));
    if (r.credentials) args.push("-b 'name=value'  # the browser's cookies for this site go here");
    return [`# ${what}`, args.join(' \\\n  ')].join('\n');
  });
  if (input.requests.some((r) => r.credentials)) {
    notes.push({ kind: 'cannot-express', text: 'Cookies: the browser attaches its cookies for the API; curl has none until you add them with -b.' });
  }
  return { code: commands.join('\n\n'), notes };
}
