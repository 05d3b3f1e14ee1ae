// The fetch() call the form describes, as a learner would write it in their
// own app. Options left at fetch()'s defaults are not written out.
import type { HeaderList, RequestBody, ScenarioRequest } from '../scenario/types.ts';

/** A single-quoted JavaScript string literal for any text. */
export function jsString(text: string): string {
  const escaped = text.replace(/[\\'\n\r\t\u2028\u2029]|[\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    }
  });
  return `'${escaped}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string) => (IDENTIFIER.test(name) ? name : jsString(name));

function hasDuplicates(names: string[]): boolean {
  return new Set(names).size !== names.length;
}

/** An object literal when every name is distinct (as `compare` sees it), pairs otherwise so nothing is lost. */
function pairsLiteral(pairs: HeaderList, indent: string, fold: (n: string) => string): string {
  if (hasDuplicates(pairs.map(([n]) => fold(n)))) {
    const rows = pairs.map(([n, v]) => `${indent}  [${jsString(n)}, ${jsString(v)}],`);
    return `[\n${rows.join('\n')}\n${indent}]`;
  }
  const rows = pairs.map(([n, v]) => `${indent}  ${key(n)}: ${jsString(v)},`);
  return `{\n${rows.join('\n')}\n${indent}}`;
}

const same = (n: string) => n;
const lower = (n: string) => n.toLowerCase();

function bodyExpression(body: RequestBody): { before: string[]; expression: string | null } {
  switch (body.type) {
    case 'none':
      return { before: [], expression: null };
    case 'text':
    case 'json':
      return { before: [], expression: jsString(body.text) };
    case 'urlencoded':
      return { before: [], expression: `new URLSearchParams(${body.fields.length ? pairsLiteral(body.fields, '  ', same) : ''})` };
    case 'multipart':
      return {
        before: ['const form = new FormData();', ...body.fields.map(([n, v]) => `form.append(${jsString(n)}, ${jsString(v)});`)],
        expression: 'form',
      };
    case 'blob': {
      const type = body.blobType ? `, { type: ${jsString(body.blobType)} }` : '';
      const expression = body.name === undefined ? `new Blob([${jsString(body.text)}]${type})` : `new File([${jsString(body.text)}], ${jsString(body.name)}${type})`;
      return { before: [], expression };
    }
    case 'arraybuffer':
      return { before: [], expression: `new TextEncoder().encode(${jsString(body.text)}).buffer` };
    case 'stream':
      return {
        before: [`const stream = new Blob([${jsString(body.text)}]).stream();`],
        expression: 'stream',
      };
  }
}

export function fetchCode(request: ScenarioRequest, url: string): string {
  const options: string[] = [];
  if (request.method !== 'GET') options.push(`method: ${jsString(request.method)},`);
  if (request.headers.length) options.push(`headers: ${pairsLiteral(request.headers, '  ', lower)},`);
  const body = bodyExpression(request.body);
  if (body.expression !== null) options.push(`body: ${body.expression},`);
  if (request.body.type === 'stream') options.push(`duplex: 'half',`);
  if (request.mode !== 'cors') options.push(`mode: ${jsString(request.mode)},`);
  if (request.credentials !== 'same-origin') options.push(`credentials: ${jsString(request.credentials)},`);
  if (request.cache !== 'default') options.push(`cache: ${jsString(request.cache)},`);
  if (request.redirect !== 'follow') options.push(`redirect: ${jsString(request.redirect)},`);
  if (request.keepalive) options.push('keepalive: true,');
  if (request.referrerPolicy) options.push(`referrerPolicy: ${jsString(request.referrerPolicy)},`);
  if (request.referrer !== undefined) options.push(`referrer: ${jsString(request.referrer)},`);
  if (request.targetAddressSpace) options.push(`targetAddressSpace: ${jsString(request.targetAddressSpace)}, // Chromium's Local Network Access`);

  const call = options.length
    ? `const response = await fetch(${jsString(url)}, {\n${options.map((o) => '  ' + o).join('\n')}\n});`
    : `const response = await fetch(${jsString(url)});`;
  return [...body.before, call, 'const text = await response.text();'].join('\n');
}
