// The app's own endpoints for the check and the audit (server side: check-server,
// src/check/types.ts). Same-origin JSON posts; a refusal comes back located.
import { AUDIT_PATH, CHECK_PATH, type AuditInput, type AuditResult, type CheckInput, type CheckRefusal, type CheckResult } from '../../check/types.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; refusal: CheckRefusal };

async function post<T>(path: string, input: unknown): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  } catch (e) {
    return { ok: false, refusal: { error: 'bad-input', message: `The playground's server did not answer (${(e as Error).message}).` } };
  }
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok && json) return { ok: true, value: json as T };
  const refusal = json as CheckRefusal | null;
  return { ok: false, refusal: refusal?.message ? refusal : { error: 'bad-input', message: `The server answered ${res.status} without an explanation.` } };
}

export const runCheck = (input: CheckInput) => post<CheckResult>(CHECK_PATH, input);
export const runAudit = (input: AuditInput) => post<AuditResult>(AUDIT_PATH, input);

/** "the field headers[2][0]: …": where a refusal points, in words. */
export function refusalText(r: CheckRefusal): string {
  const wait = r.retryAfterSeconds ? ` Try again in ${r.retryAfterSeconds} s.` : '';
  return `${r.field ? `${r.field}: ` : ''}${r.message}${wait}`;
}
