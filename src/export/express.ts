// Express 5 with the `cors` package, configured the way its README shows.
import { jsString } from '../lib/fetch-code.ts';
import { BODY, extraHeaders, originRule, serverParts } from './policy-parts.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

const list = (values: string[]) => `[${values.map(jsString).join(', ')}]`;

export function expressExport(input: ExportInput): ExportResult {
  const { policy: p, notes, path } = serverParts(input);
  if (!p) return { code: '', notes };
  const more: ExportNote[] = [];
  const options: string[] = [];
  const rule = originRule(p);
  switch (rule.type) {
    case 'none':
      options.push('origin: [], // no origin is allowed yet');
      break;
    case 'any':
      options.push("origin: '*',");
      break;
    case 'reflect':
      options.push('origin: true, // reflects any Origin: every site may call this API');
      break;
    case 'fixed':
      // A string is sent as it is to every caller (cors adds Vary: Origin all the same). An empty
      // string would mean "*" to cors; an empty value is no origin, as Go and nginx send none.
      if (rule.origin === '') options.push("origin: [], // an empty fixed origin: none is sent");
      else options.push(`origin: ${jsString(rule.origin)}, // sent to every caller, whatever its Origin`);
      break;
    case 'list':
      options.push(`origin: ${list(rule.origins)},`);
      break;
    case 'pattern':
      options.push(`origin: new RegExp(${jsString(rule.pattern)}),`);
      break;
    case 'other':
      more.push({ kind: 'cannot-express', text: `The allowed-origin rule "${rule.what}" is not known to this export; no origin is allowed.` });
      options.push('origin: [],');
  }
  let mirrorMethods = false;
  if (p.allowMethods.type === 'list') options.push(`methods: ${list(p.allowMethods.values)},`);
  else if (p.allowMethods.type === 'any') options.push("methods: '*',");
  else mirrorMethods = true;
  // Left out, cors echoes Access-Control-Request-Headers (and adds Vary for it).
  if (p.allowHeaders.type === 'list') options.push(`allowedHeaders: ${list(p.allowHeaders.values)},`);
  else if (p.allowHeaders.type === 'any') options.push("allowedHeaders: '*',");
  if (p.exposeHeaders.length > 0) options.push(`exposedHeaders: ${list(p.exposeHeaders)},`);
  if (p.allowCredentials) options.push('credentials: true,');
  if (p.maxAge !== null) options.push(`maxAge: ${p.maxAge},`);
  options.push(`optionsSuccessStatus: ${p.preflightStatus},`);

  const optionLines = options.map((o) => `  ${o}`).join('\n');
  const middleware = mirrorMethods
    ? [
        `const corsOptions = {\n${optionLines}\n};`,
        '// Allow-Methods echoes the method the preflight asks for.',
        "app.use(cors((req, callback) => callback(null, { ...corsOptions, methods: req.header('Access-Control-Request-Method') ?? [] })));",
      ]
    : [`app.use(cors({\n${optionLines}\n}));`];
  const setHeaders = extraHeaders(p).map(([n, v]) => `  res.append(${jsString(n)}, ${jsString(v)});`);
  const code = [
    "import express from 'express';",
    "import cors from 'cors';",
    '',
    'const app = express();',
    '',
    ...middleware,
    '',
    `// Your routes. This one stands for ${path}: it answers every path.`,
    'app.use((req, res) => {',
    ...setHeaders,
    `  res.status(${p.actualStatus}).type('application/json').send(${jsString(BODY)});`,
    '});',
    '',
    `app.listen(${input.port}, '127.0.0.1');`,
  ].join('\n');
  return { code, notes: [...notes, ...more] };
}
