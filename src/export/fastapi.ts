// FastAPI with Starlette's CORSMiddleware, as FastAPI's tutorial configures it.
import { BODY, extraHeaders, fixedOriginLimit, originRule, quoted, serverParts } from './policy-parts.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

const list = (values: string[]) => `[${values.map(quoted).join(', ')}]`;

export function fastapiExport(input: ExportInput): ExportResult {
  const { policy: p, notes, path } = serverParts(input);
  if (!p) return { code: '', notes };
  const more: ExportNote[] = [];
  const args: string[] = [];
  const rule = originRule(p);
  switch (rule.type) {
    case 'none':
      args.push('allow_origins=[],  # no origin is allowed yet');
      break;
    case 'any':
      args.push('allow_origins=["*"],');
      break;
    case 'reflect':
      args.push('allow_origin_regex=".*",  # reflects any Origin: every site may call this API');
      break;
    case 'fixed':
      // Starlette compares every Origin with allow_origins; it has no "always send this one".
      more.push(fixedOriginLimit('CORSMiddleware', rule.origin, 'other origins and requests without Origin get none, and a preflight from another origin is refused with 400'));
      args.push(`allow_origins=${list([rule.origin])},  # only sent when the Origin is exactly this one`);
      break;
    case 'list':
      args.push(`allow_origins=${list(rule.origins)},`);
      break;
    case 'pattern':
      args.push(`allow_origin_regex=${quoted(rule.pattern)},  # matched against the whole origin (re.fullmatch)`);
      break;
    case 'other':
      more.push({ kind: 'cannot-express', text: `The allowed-origin rule "${rule.what}" is not known to this export; no origin is allowed.` });
      args.push('allow_origins=[],');
  }
  args.push(`allow_methods=${p.allowMethods.type === 'list' ? list(p.allowMethods.values) : '["*"]'},`);
  // "*" makes Starlette echo the requested headers.
  args.push(`allow_headers=${p.allowHeaders.type === 'list' ? list(p.allowHeaders.values) : '["*"]'},`);
  if (p.allowCredentials) args.push('allow_credentials=True,');
  if (p.exposeHeaders.length > 0) args.push(`expose_headers=${list(p.exposeHeaders)},`);
  if (p.maxAge !== null) args.push(`max_age=${p.maxAge},`);
  else more.push({ kind: 'cannot-express', text: 'CORSMiddleware always sends Access-Control-Max-Age (600 when not set).' });
  if (p.preflightStatus !== 200) more.push({ kind: 'cannot-express', text: `CORSMiddleware answers a preflight it allows with 200, not ${p.preflightStatus}.` });

  const headers = extraHeaders(p);
  const headerArg = headers.length > 0 ? `, headers={${headers.map(([n, v]) => `${quoted(n)}: ${quoted(v)}`).join(', ')}}` : '';
  const code = [
    'from fastapi import FastAPI',
    'from fastapi.middleware.cors import CORSMiddleware',
    'from fastapi.responses import Response',
    '',
    'app = FastAPI()',
    '',
    'app.add_middleware(',
    '    CORSMiddleware,',
    ...args.map((a) => `    ${a}`),
    ')',
    '',
    '',
    `# Your routes. This one stands for ${path}: it answers every path and method.`,
    '@app.api_route("/{path:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])',
    'async def answer(path: str) -> Response:',
    `    return Response(${quoted(BODY)}, status_code=${p.actualStatus}, media_type="application/json"${headerArg})`,
    '',
    '',
    'if __name__ == "__main__":',
    '    import uvicorn',
    '',
    `    uvicorn.run(app, host="127.0.0.1", port=${input.port})`,
  ].join('\n');
  return { code, notes: [...notes, ...more] };
}
