// The export table: one row per target (data over wiring). A new target is a
// new row and a generator; the panel and the verification suite read this.
import { clientExport } from './client.ts';
import { curlExport } from './curl.ts';
import { expressExport } from './express.ts';
import { fastapiExport } from './fastapi.ts';
import { goExport } from './go.ts';
import { nginxExport } from './nginx.ts';
import { describeDifference, nearestVerified, observedFor } from './observed.ts';
import { springBootExport, springFilterExport } from './spring.ts';
import type { ExportInput, ExportNote, ExportResult, ExportTarget } from './types.ts';
import type { VerifiedPolicy } from './verified-policies.ts';

export const EXPORT_TARGETS: ExportTarget[] = [
  { id: 'express', label: 'Express', language: 'javascript', comment: '//', kind: 'server', about: 'Node: npm install express cors, save as server.mjs, run node server.mjs.', generate: expressExport },
  { id: 'fastapi', label: 'FastAPI', language: 'python', comment: '#', kind: 'server', about: 'Python: save as app.py, run python3 app.py (FastAPI and uvicorn installed).', generate: fastapiExport },
  { id: 'spring-filter', label: 'Spring CorsFilter', language: 'java', comment: '//', kind: 'server', about: 'Java: Spring\'s CorsFilter on embedded Tomcat 9 (spring-web, Tomcat on the classpath).', generate: springFilterExport },
  { id: 'spring-boot', label: 'Spring Boot @Bean', language: 'java', comment: '//', kind: 'server', about: 'Java: a @Configuration class for a Spring Boot application; Boot registers the filter. Spring Boot is not installable here: this form is compiled against spring-context and spring-web only, its behaviour is the plain filter\'s.', observedAs: 'spring-filter', generate: springBootExport },
  { id: 'go', label: 'Go net/http', language: 'go', comment: '//', kind: 'server', about: 'Go 1.19 or later, standard library only: save as main.go, run go run main.go.', generate: goExport },
  { id: 'nginx', label: 'nginx', language: 'nginx', comment: '#', kind: 'server', about: 'nginx in front of your application: the preflight is answered by nginx itself.', generate: nginxExport },
  { id: 'curl', label: 'curl', language: 'bash', comment: '#', kind: 'client', about: 'The requests the browser sends, header for header, to try the server without a browser.', generate: curlExport },
  { id: 'fetch', label: 'fetch()', language: 'javascript', comment: '//', kind: 'client', about: 'The client call, as in the request builder.', generate: clientExport },
];

/** The target id whose observations (and versions) stand for this target. */
export const observedId = (target: ExportTarget) => target.observedAs ?? target.id;

export interface Export extends ExportResult {
  target: ExportTarget;
  /** The verified policy the "differs" notes come from (server targets in policy mode). */
  nearest: VerifiedPolicy | null;
}

/** The code with every note written above it as comments, and the notes for the panel. */
export function generateExport(target: ExportTarget, input: ExportInput): Export {
  const result = target.generate(input);
  const server = input.scenario.server;
  const nearest = target.kind === 'server' && server.type === 'policy' ? nearestVerified(server.policy) : null;
  const differs: ExportNote[] = nearest
    ? observedFor(observedId(target), nearest.id).map((d) => ({ kind: 'differs', text: describeDifference(target.label, d) }))
    : [];
  const notes = [...result.notes, ...differs];
  const header = notes.length
    ? [
        ...result.notes.map((n) => `${target.comment} Not exported: ${n.text}`),
        ...(differs.length ? [`${target.comment} Observed for the verified policy "${nearest!.label}":`] : []),
        ...differs.map((n) => `${target.comment}   ${n.text}`),
        '',
      ]
    : [];
  return { target, nearest, notes, code: [...header, result.code].join('\n').trimEnd() + '\n' };
}
