// Which server framework answered, from the lines frameworks are known to
// write: one row per sign (data over wiring). The first row whose sign is in
// an answer names the framework; `exportId` is the export target
// (src/export/targets.ts) whose code the fix can be shown in.
import type { HeaderList } from '../scenario/types.ts';
import { getAll } from '../scenario/http-syntax.ts';
import type { RecognisedFramework } from './types.ts';

interface Sign {
  id: string;
  name: string;
  /** The export target for this framework, when there is one. */
  exportId?: string;
  /** A header whose value matches `value`, or a test of the whole answer. */
  header?: string;
  value?: RegExp;
  test?: (headers: HeaderList) => boolean;
  /** What the evidence line says when `test` matched. */
  because?: string;
}

const lower = (headers: HeaderList) => headers.map(([n, v]) => [n.toLowerCase(), v] as const);

export const FRAMEWORK_SIGNS: readonly Sign[] = [
  { id: 'express', name: 'Express', exportId: 'express', header: 'X-Powered-By', value: /^Express$/i },
  { id: 'fastapi', name: 'FastAPI / Starlette (uvicorn)', exportId: 'fastapi', header: 'Server', value: /^uvicorn/i },
  { id: 'nginx', name: 'nginx', exportId: 'nginx', header: 'Server', value: /^nginx/i },
  { id: 'flask', name: 'Flask (Werkzeug)', header: 'Server', value: /^Werkzeug/i },
  { id: 'gunicorn', name: 'gunicorn (Python WSGI)', header: 'Server', value: /^gunicorn/i },
  { id: 'php', name: 'PHP', header: 'X-Powered-By', value: /^PHP\//i },
  { id: 'aspnet', name: 'ASP.NET', header: 'X-Powered-By', value: /^ASP\.NET/i },
  { id: 'kestrel', name: 'ASP.NET Core (Kestrel)', header: 'Server', value: /^Kestrel/i },
  { id: 'iis', name: 'IIS', header: 'Server', value: /^Microsoft-IIS/i },
  { id: 'apache', name: 'Apache httpd', header: 'Server', value: /^Apache/i },
  { id: 'caddy', name: 'Caddy', header: 'Server', value: /^Caddy/i },
  { id: 'jetty', name: 'Jetty', header: 'Server', value: /^Jetty/i },
  { id: 'next', name: 'Next.js', header: 'X-Powered-By', value: /^Next\.js/i },
  { id: 'cloudflare', name: 'Cloudflare (a proxy in front)', header: 'Server', value: /^cloudflare$/i },
  {
    // Spring's DefaultCorsProcessor always adds these three Vary values, in this order.
    id: 'spring', name: 'Spring', exportId: 'spring-filter', because: 'Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers (Spring\'s three)',
    test: (h) => getAll(h, 'Vary').join(', ').replace(/\s+/g, ' ').includes('Origin, Access-Control-Request-Method, Access-Control-Request-Headers'),
  },
  {
    // Go's net/http writes canonical names (Content-Type) sorted, with Date, and no Server line.
    id: 'go', name: 'Go net/http', exportId: 'go', because: 'canonical header names sorted alphabetically, a Date line and no Server line (Go net/http)',
    test: (h) => {
      const names = h.map(([n]) => n);
      const canonical = names.every((n) => n.split('-').every((part) => /^[A-Z0-9][a-z0-9]*$/.test(part)));
      const sorted = names.every((n, i) => i === 0 || names[i - 1]! <= n);
      const l = lower(h);
      return names.length >= 3 && canonical && sorted && l.some(([n]) => n === 'date') && !l.some(([n]) => n === 'server' || n === 'x-powered-by');
    },
  },
];

/** The framework the answers point to, with the lines that show it; null when none is recognised. */
export function recogniseFramework(answers: readonly HeaderList[]): RecognisedFramework | null {
  for (const sign of FRAMEWORK_SIGNS) {
    for (const headers of answers) {
      if (sign.test) {
        if (sign.test(headers)) return { id: sign.exportId ?? sign.id, name: sign.name, evidence: [sign.because ?? sign.name] };
        continue;
      }
      const line = headers.find(([n, v]) => n.toLowerCase() === sign.header!.toLowerCase() && sign.value!.test(v.trim()));
      if (line) return { id: sign.exportId ?? sign.id, name: sign.name, evidence: [`${line[0]}: ${line[1]}`] };
    }
  }
  return null;
}
