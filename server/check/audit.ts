// The audit: the check, run from each trusted origin and each attacker origin
// derived from them, with and without credentials, plus one credentialed
// preflight from another site; the findings come from what came back
// (src/check/audit.ts).
import { auditFindings, auditOrigins, OTHER_SITE, type PreflightProbe } from '../../src/check/audit.ts';
import { recogniseFramework } from '../../src/check/frameworks.ts';
import type { AuditInput, AuditProbe, AuditResult, CheckInput, CheckResult } from '../../src/check/types.ts';
import { getJoined } from '../../src/scenario/http-syntax.ts';
import { runCheck, type ProbeOptions } from './check.ts';

const PARALLEL = 4;
/** A header no API lists on purpose: only a server that mirrors Access-Control-Request-Headers allows it. */
const UNUSUAL = { method: 'PUT', header: 'X-Cors-Audit-Probe' };

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

function probeOf(kind: AuditProbe['kind'], credentials: boolean, result: CheckResult): AuditProbe {
  const answer = [...result.exchanges].reverse().find((e) => e.kind === 'actual' && e.response)?.response ?? null;
  const h = answer?.headers ?? [];
  return {
    origin: result.input.origin, kind, credentials,
    allowOrigin: answer ? getJoined(h, 'Access-Control-Allow-Origin') : null,
    allowCredentials: answer ? getJoined(h, 'Access-Control-Allow-Credentials') : null,
    vary: answer ? getJoined(h, 'Vary') : null,
    status: answer?.status ?? null, error: result.error, readable: result.prediction.verdict === 'ok',
  };
}

export async function runAudit(input: AuditInput, options: ProbeOptions): Promise<AuditResult> {
  const base: Omit<CheckInput, 'origin'> = { url: input.url, method: 'GET', ...(input.typedCredentials ? { typedCredentials: input.typedCredentials } : {}) };
  const jobs = auditOrigins(input.trusted).flatMap((o) => [false, true].map((credentials) => ({ ...o, credentials })));
  const checks = await inBatches(jobs, PARALLEL, (job) =>
    runCheck({ ...base, origin: job.origin, credentials: job.credentials ? 'include' : 'omit' }, options));
  const probes = checks.map((result, i) => probeOf(jobs[i]!.kind, jobs[i]!.credentials, result));
  const preflightCheck = await runCheck({
    ...base, origin: OTHER_SITE, credentials: 'include',
    method: input.method && input.method !== 'GET' ? input.method : UNUSUAL.method, headers: [[UNUSUAL.header, '1']],
  }, options);
  const preflightAnswer = preflightCheck.exchanges.find((e) => e.kind === 'preflight')?.response;
  const preflight: PreflightProbe | null = preflightAnswer ? {
    origin: OTHER_SITE,
    passed: preflightCheck.prediction.requests.some((r) => r.kind === 'preflight') && preflightCheck.exchanges.some((e) => e.kind === 'actual'),
    lines: preflightAnswer.headers.filter(([n]) => /^access-control-/i.test(n)).map(([n, v]) => `${n}: ${v}`),
  } : null;
  const framework = recogniseFramework(checks.flatMap((c) => c.exchanges.flatMap((e) => (e.response ? [e.response.headers] : []))));
  const trustedFailed = probes.filter((p) => p.kind === 'trusted').every((p) => p.error !== null);
  return {
    input: checks[0]?.input.typedCredentials ? { ...input, typedCredentials: checks[0].input.typedCredentials } : input,
    probes,
    findings: auditFindings(input.trusted, probes, preflight, framework),
    framework,
    error: trustedFailed ? probes.find((p) => p.kind === 'trusted')?.error ?? null : null,
  };
}
