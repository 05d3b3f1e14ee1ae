// nginx answering the preflight itself, with `always` so error responses keep
// their CORS headers (without it, add_header skips 4xx/5xx answers).
import { BODY, extraHeaders, originDepends, originRule, serverParts } from './policy-parts.ts';
import type { AllowList } from '../scenario/types.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

/** nginx has no escape for "$" in a string, so a value holding one (or a control character) cannot be written. */
const UNWRITABLE = /[$\u0000-\u001f\u007f]/;
const str = (text: string) => `"${text.replace(/[\\"]/g, (c) => '\\' + c)}"`;

function allowValue(list: AllowList, variable: string): string | null {
  if (list.type === 'any') return '"*"';
  if (list.type === 'mirror') return variable;
  return list.values.length > 0 ? str(list.values.join(', ')) : null;
}

export function nginxExport(input: ExportInput): ExportResult {
  const { policy: p, notes, path } = serverParts(input);
  if (!p) return { code: '', notes };
  const more: ExportNote[] = [];
  const rule = originRule(p);
  const map: string[] = [];
  let acao: string | null = '$cors_allow_origin';
  switch (rule.type) {
    case 'any':
      acao = '"*"';
      break;
    case 'reflect':
      acao = '$http_origin'; // reflects any Origin: every site may call this API
      break;
    case 'fixed':
      acao = str(rule.origin); // sent to every caller, whatever its Origin
      break;
    case 'list':
    case 'pattern': {
      const keys = rule.type === 'list' ? rule.origins.map(str) : [str('~' + rule.pattern)];
      map.push('map $http_origin $cors_allow_origin {', '    default "";', ...keys.map((k) => `    ${k} $http_origin;`), '}', '');
      break;
    }
    case 'other':
      more.push({ kind: 'cannot-express', text: `The allowed-origin rule "${rule.what}" is not known to this export; no origin is allowed.` });
      acao = null;
      break;
    case 'none':
      acao = null;
  }
  const all = [...(rule.type === 'list' ? rule.origins : []), ...(rule.type === 'fixed' ? [rule.origin] : []), ...(rule.type === 'pattern' ? [rule.pattern] : []), ...p.exposeHeaders, ...extraHeaders(p).flat()];
  const bad = all.find((v) => UNWRITABLE.test(v));
  if (bad !== undefined) more.push({ kind: 'cannot-express', text: `nginx cannot write ${JSON.stringify(bad)} in its configuration ("$" and control characters).` });

  const common: string[] = [];
  // An empty value (origin not allowed) makes add_header send nothing.
  if (acao) common.push(`add_header Access-Control-Allow-Origin ${acao} always;`);
  if (p.allowCredentials) common.push('add_header Access-Control-Allow-Credentials "true" always;');
  const varyOrigin = p.varyOrigin && originDepends(rule);
  const preflight = [...common];
  const methods = allowValue(p.allowMethods, '$http_access_control_request_method');
  if (methods) preflight.push(`add_header Access-Control-Allow-Methods ${methods} always;`);
  const headers = allowValue(p.allowHeaders, '$http_access_control_request_headers');
  if (headers) preflight.push(`add_header Access-Control-Allow-Headers ${headers} always;`);
  if (p.maxAge !== null) preflight.push(`add_header Access-Control-Max-Age ${p.maxAge} always;`);
  const preflightVary = [...(varyOrigin ? ['Origin'] : []), ...(p.allowHeaders.type === 'mirror' ? ['Access-Control-Request-Headers'] : [])];
  if (preflightVary.length) preflight.push(`add_header Vary ${str(preflightVary.join(', '))} always;`);
  const actual = [...common];
  if (p.exposeHeaders.length > 0) actual.push(`add_header Access-Control-Expose-Headers ${str(p.exposeHeaders.join(', '))} always;`);
  if (varyOrigin) actual.push('add_header Vary "Origin" always;');
  actual.push(...extraHeaders(p).map(([n, v]) => `add_header ${n} ${str(v)} always;`));

  const code = [
    '# In the http { } block.',
    ...map,
    'server {',
    `    listen 127.0.0.1:${input.port};`,
    '',
    `    # Stands for ${path}: every path gets the same CORS headers.`,
    '    location / {',
    '        # The preflight is answered here; add_header inside "if" replaces the outer ones, so all are repeated.',
    '        set $cors_preflight "";',
    '        if ($http_access_control_request_method) {',
    '            set $cors_preflight "$request_method";',
    '        }',
    '        if ($cors_preflight = "OPTIONS") {',
    ...preflight.map((l) => `            ${l}`),
    `            return ${p.preflightStatus};`,
    '        }',
    ...actual.map((l) => `        ${l}`),
    '        default_type application/json;',
    '        # Your application: proxy_pass http://127.0.0.1:3000; stands here. This one answers itself.',
    `        return ${p.actualStatus} ${str(BODY)};`,
    '    }',
    '}',
  ].join('\n');
  return { code, notes: [...notes, ...more] };
}
