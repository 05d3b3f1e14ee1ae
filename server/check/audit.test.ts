// The audit against real Express + cors servers, each configured with one
// misconfiguration: it finds that class there, and nothing on a correct one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAudit } from './audit.ts';
import { EXPRESS_CONFIGS, startExpress, TRUSTED, type Running } from './test-servers.ts';

const CASES: Array<[config: keyof typeof EXPRESS_CONFIGS, expected: string[]]> = [
  ['correct', []],
  ['reflect-with-credentials', ['reflect-any-origin', 'mirrored-preflight-with-credentials']],
  ['reflect-any-origin', ['reflect-any-origin']],
  ['unescaped-dot', ['unescaped-dot']],
  // endsWith('app.example.com') lets http://app.example.com in too.
  ['suffix-match', ['suffix-match', 'http-trusted']],
  ['prefix-match', ['prefix-match']],
  ['null-trusted', ['null-trusted']],
  // [a-z]+ before .example.com also lets evilapp.example.com in.
  ['sibling-subdomain', ['sibling-subdomain-trusted', 'suffix-match']],
  ['http-trusted', ['http-trusted']],
  ['wildcard-with-credentials', ['wildcard-with-credentials-attempt']],
  ['missing-vary', ['missing-vary-origin']],
];
const servers = new Map<string, Running>();

beforeAll(async () => {
  for (const [i, [config]] of CASES.entries()) servers.set(config, await startExpress(config, 9610 + i));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
});

test.each(CASES)('Express %s: the audit finds %j', async (config, expected) => {
  const result = await runAudit({ url: servers.get(config)!.url, trusted: [TRUSTED] }, { publicMode: false });
  expect(result.findings.map((f) => f.class).sort()).toEqual([...expected].sort());
});
