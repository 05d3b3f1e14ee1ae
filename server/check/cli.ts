// npx cors-playground check URL --origin O [--method M] [--header 'N: V'] [--credentials include] [--json]
// npx cors-playground audit URL --trust O [--trust O2] [--json]
// The check and the audit from a terminal or CI: readable output or --json,
// exit 1 on a CORS error, a network error or a finding, 2 on bad arguments.
import { parseArgs } from 'node:util';
import { readAuditInput, readCheckInput } from '../../src/check/input.ts';
import type { AuditResult, CheckResult, HeaderList } from '../../src/check/types.ts';
import { frameworkCode } from '../../src/check/framework-code.ts';
import { runAudit } from './audit.ts';
import { runCheck } from './check.ts';

export const USAGE = `Usage:
  cors-playground check URL --origin ORIGIN [--method M] [--header 'Name: value']... [--body TEXT]
                            [--credentials omit|same-origin|include] [--cookie VALUE] [--authorization VALUE] [--json]
  cors-playground audit URL --trust ORIGIN [--trust ORIGIN]... [--method M] [--cookie VALUE] [--json]

check: sends exactly the preflight and the request a browser on ORIGIN would send, and explains
       Chromium's decision. audit: probes URL from attacker origins derived from the trusted ones.
Exit status: 0 fine, 1 a CORS error, a network error or a finding, 2 bad arguments.`;

export interface CliOutput {
  code: number;
  out: string;
}

const OPTIONS = {
  origin: { type: 'string' }, method: { type: 'string' }, header: { type: 'string', multiple: true }, body: { type: 'string' },
  credentials: { type: 'string' }, cookie: { type: 'string' }, authorization: { type: 'string' }, trust: { type: 'string', multiple: true },
  json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

function headerLines(lines: readonly string[]): HeaderList | string {
  const out: HeaderList = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `--header "${line}": expected 'Name: value'`;
    out.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return out;
}

const usage = (message: string): CliOutput => ({ code: 2, out: `${message}\n\n${USAGE}\n` });

export async function runCli(argv: readonly string[]): Promise<CliOutput> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  const [command, url, ...extra] = positionals;
  if (v.help || !command) return { code: v.help ? 0 : 2, out: `${USAGE}\n` };
  if (extra.length > 0) return usage(`unexpected argument: ${extra[0]}`);
  const typedCredentials = { ...(v.cookie ? { cookie: v.cookie } : {}), ...(v.authorization ? { authorization: v.authorization } : {}) };
  if (command === 'check') {
    const headers = headerLines(v.header ?? []);
    if (typeof headers === 'string') return usage(headers);
    const input = readCheckInput({
      url, origin: v.origin, method: v.method, headers, credentials: v.credentials, typedCredentials,
      ...(v.body !== undefined ? { body: { type: 'text', text: v.body } } : {}),
    });
    if (!input.ok) return usage(input.refusal.field === 'origin' && v.origin === undefined ? '--origin is required' : input.refusal.message);
    const result = await runCheck(input.value, { publicMode: false });
    const failed = result.prediction.verdict !== 'ok';
    return { code: failed ? 1 : 0, out: v.json ? JSON.stringify(result, null, 2) + '\n' : describeCheck(result) };
  }
  if (command === 'audit') {
    const input = readAuditInput({ url, trusted: v.trust ?? [], method: v.method, typedCredentials });
    if (!input.ok) return usage(input.refusal.field === 'trusted' ? '--trust ORIGIN is required (the front ends that should be allowed)' : input.refusal.message);
    const result = await runAudit(input.value, { publicMode: false });
    return { code: result.findings.length > 0 || result.error ? 1 : 0, out: v.json ? JSON.stringify(result, null, 2) + '\n' : describeAudit(result) };
  }
  return usage(`unknown command: ${command}`);
}

const MARK = { pass: '✓', fail: '✗', info: '·', skip: '–' } as const;

export function describeCheck(r: CheckResult): string {
  const p = r.prediction;
  const lines = [`${r.input.method ?? 'GET'} ${r.input.url} from ${r.input.origin} (credentials: ${r.input.credentials ?? 'same-origin'})`, ''];
  for (const e of r.exchanges) {
    lines.push(`→ ${e.kind === 'preflight' ? 'preflight ' : ''}${e.request.method} ${e.request.url}${e.address ? `  [${e.address}]` : ''}`);
    for (const [n, v] of e.request.headers) if (/^(origin|access-control-|cookie|authorization|content-type)/i.test(n)) lines.push(`    ${n}: ${v}`);
    if (e.response) {
      lines.push(`← ${e.response.status} ${e.response.statusText}  (${e.timing.durationMs} ms)`);
      for (const [n, v] of e.response.headers) if (/^(access-control-|vary|location)/i.test(n)) lines.push(`    ${n}: ${v}`);
    } else if (e.error) lines.push(`✗ ${e.error.kind}: ${e.error.message}`);
  }
  lines.push('', `Verdict: ${p.verdict}${p.corsError ? ` (${p.corsError})` : ''}`);
  if (p.consoleMessage) lines.push(`Chromium: ${p.consoleMessage}`);
  lines.push('', 'Steps:', ...p.trace.map((s) => `  ${MARK[s.outcome]} ${s.sentence}`));
  if (p.fix) {
    // The playground's {app} is the checked front end; the engine's summary may repeat a sentence per response.
    const summary = [...new Set(p.fix.summary.split(/(?<=\.) /))].join(' ').split('{app}').join(r.input.origin);
    lines.push('', `Fix: ${summary}`, ...p.fix.changes.flatMap((c) => changedLines(c, r.input.origin)));
  }
  if (r.framework) lines.push('', `Server: ${r.framework.name} (${r.framework.evidence.join('; ')})`);
  const code = frameworkCode(r);
  if (code) lines.push('', `The fix in ${code.label} (the whole configuration this request needs):`, '', code.code);
  if (r.lesson) lines.push(`Lesson: ${r.lesson}`);
  return lines.join('\n') + '\n';
}

/** A fix's change as the lines it removes and adds (the playground's {app} is the checked front end). */
function changedLines(change: { path: string; before: string; after: string }, origin: string): string[] {
  const split = (text: string) => text.split('; ').map((l) => l.split('{app}').join(origin));
  const before = split(change.before);
  const after = split(change.after);
  return [
    `  ${change.path.replace(/^server\./, '')}:`,
    ...before.filter((l) => !after.includes(l)).map((l) => `    - ${l}`),
    ...after.filter((l) => !before.includes(l)).map((l) => `    + ${l}`),
  ];
}

export function describeAudit(r: AuditResult): string {
  const lines = [`Audit of ${r.input.url}, trusting ${r.input.trusted.join(', ')}: ${r.probes.length} probes`, ''];
  if (r.error) lines.push(`✗ the trusted origins got no answer: ${r.error.kind}: ${r.error.message}`, '');
  if (r.findings.length === 0 && !r.error) lines.push('No misconfiguration found: no untrusted origin can read the answers.');
  for (const f of r.findings) {
    lines.push(`[${f.severity.toUpperCase()}] ${f.class}: ${f.title}`);
    if (f.attackerOrigin) lines.push(`  Shown with Origin: ${f.attackerOrigin}${f.withCredentials ? ', with credentials' : ''}`);
    lines.push(...f.evidence.map((e) => `    ${e}`), `  Impact: ${f.impact}`, `  Fix: ${f.fix}`, `  Lesson: ${f.lesson}`, '');
  }
  if (r.framework) lines.push(`Server: ${r.framework.name} (${r.framework.evidence.join('; ')})`);
  return lines.join('\n') + '\n';
}
