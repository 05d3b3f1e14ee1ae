// Go net/http middleware, standard library only, for Go 1.19 and later (no
// 1.22 "GET /path" patterns, no slices package, no min/max builtins).
import { BODY, extraHeaders, originDepends, originRule, quoted, serverParts } from './policy-parts.ts';
import type { AllowList } from '../scenario/types.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

/** The Go expression for one Allow-* list (mirror echoes the request header). */
function allowExpression(list: AllowList, requestHeader: string): string | null {
  if (list.type === 'any') return quoted('*');
  if (list.type === 'mirror') return `r.Header.Get(${quoted(requestHeader)})`;
  return list.values.length > 0 ? quoted(list.values.join(', ')) : null;
}

export function goExport(input: ExportInput): ExportResult {
  const { policy: p, notes, path } = serverParts(input);
  if (!p) return { code: '', notes };
  const more: ExportNote[] = [];
  const rule = originRule(p);
  let decl: string[] = [];
  let allowed: string;
  let imports = ['"net/http"'];
  switch (rule.type) {
    case 'any':
      allowed = 'return "*"';
      break;
    case 'reflect':
      allowed = 'return origin // reflects any Origin: every site may call this API';
      break;
    case 'fixed':
      allowed = `return ${quoted(rule.origin)} // sent to every caller, whatever its Origin`;
      break;
    case 'list':
      decl = ['var allowedOrigins = map[string]bool{', ...rule.origins.map((o) => `\t${quoted(o)}: true,`), '}', ''];
      allowed = 'if allowedOrigins[origin] {\n\t\treturn origin\n\t}\n\treturn ""';
      break;
    case 'pattern':
      // RE2: linear time, so no look-around; JavaScript's would make MustCompile panic at start-up.
      if (/\(\?<?[=!]/.test(rule.pattern)) more.push({ kind: 'cannot-express', text: "Go's regexp package has no look-ahead or look-behind: rewrite the pattern without (?=, (?!, (?<= or (?<!." });
      imports = [...imports, '"regexp"'];
      decl = [`var allowedOrigin = regexp.MustCompile(${quoted(rule.pattern)})`, ''];
      allowed = 'if origin != "" && allowedOrigin.MatchString(origin) {\n\t\treturn origin\n\t}\n\treturn ""';
      break;
    case 'other':
      more.push({ kind: 'cannot-express', text: `The allowed-origin rule "${rule.what}" is not known to this export; no origin is allowed.` });
      allowed = 'return "" // no origin is allowed';
      break;
    case 'none':
      allowed = 'return "" // no origin is allowed yet';
  }
  const preflight: string[] = [];
  const methods = allowExpression(p.allowMethods, 'Access-Control-Request-Method');
  if (methods) preflight.push(`setIfAny(h, "Access-Control-Allow-Methods", ${methods})`);
  const headers = allowExpression(p.allowHeaders, 'Access-Control-Request-Headers');
  if (headers) preflight.push(`setIfAny(h, "Access-Control-Allow-Headers", ${headers})`);
  if (p.maxAge !== null) preflight.push(`h.Set("Access-Control-Max-Age", ${quoted(String(p.maxAge))})`);
  const varyOrigin = p.varyOrigin && originDepends(rule);
  const vary = (onPreflight: boolean) => {
    const names = [...(varyOrigin ? ['Origin'] : []), ...(onPreflight && p.allowHeaders.type === 'mirror' ? ['Access-Control-Request-Headers'] : [])];
    return names.length > 0 ? [`h.Add("Vary", ${quoted(names.join(', '))})`] : [];
  };
  const tab = (n: number) => (line: string) => '\t'.repeat(n) + line;
  const code = [
    'package main',
    '',
    'import (',
    ...imports.map(tab(1)),
    ')',
    '',
    ...decl,
    '// allowOrigin is the Access-Control-Allow-Origin value for this Origin, "" for none.',
    'func allowOrigin(origin string) string {',
    `\t${allowed}`,
    '}',
    '',
    'func setIfAny(h http.Header, name, value string) {',
    '\tif value != "" {',
    '\t\th.Set(name, value)',
    '\t}',
    '}',
    '',
    '// cors answers preflights itself and adds CORS headers to every other response, errors included.',
    'func cors(next http.Handler) http.Handler {',
    '\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {',
    '\t\th := w.Header()',
    '\t\tsetIfAny(h, "Access-Control-Allow-Origin", allowOrigin(r.Header.Get("Origin")))',
    ...(p.allowCredentials ? ['\t\th.Set("Access-Control-Allow-Credentials", "true")'] : []),
    '\t\tif r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {',
    ...[...preflight, ...vary(true)].map(tab(3)),
    `\t\t\tw.WriteHeader(${p.preflightStatus})`,
    '\t\t\treturn',
    '\t\t}',
    ...(p.exposeHeaders.length > 0 ? [`\t\th.Set("Access-Control-Expose-Headers", ${quoted(p.exposeHeaders.join(', '))})`] : []),
    ...vary(false).map(tab(2)),
    '\t\tnext.ServeHTTP(w, r)',
    '\t})',
    '}',
    '',
    'func main() {',
    `\t// Your handler. This one stands for ${path}: it answers every path.`,
    '\tapi := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {',
    ...extraHeaders(p).map(([n, v]) => `\t\tw.Header().Add(${quoted(n)}, ${quoted(v)})`),
    '\t\tw.Header().Set("Content-Type", "application/json")',
    `\t\tw.WriteHeader(${p.actualStatus})`,
    `\t\tw.Write([]byte(${quoted(BODY)}))`,
    '\t})',
    `\tif err := http.ListenAndServe("127.0.0.1:${input.port}", cors(api)); err != nil {`,
    '\t\tpanic(err)',
    '\t}',
    '}',
  ].join('\n');
  return { code, notes: [...notes, ...more] };
}
