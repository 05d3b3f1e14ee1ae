// The security review, table-driven: each row is a configuration the
// reference (../shared/reference/chromium-cors.md, the Fetch standard) calls
// unsafe or broken, the warning it must raise, and the lesson it must link.
import { describe, expect, test } from 'vitest';
import { reviewPolicy } from './review.ts';
import { BASE_POLICY } from '../scenario/cases/helpers.ts';
import { DEPLOYMENT } from './test-support.ts';
import { DEFAULT_REQUEST } from '../scenario/defaults.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { Policy, ScenarioRequest, ServerSide } from '../scenario/types.ts';

const HTTPS_API: Deployment = { ...DEPLOYMENT, api: 'https://api.example.com', app: 'https://app.example.com', admin: 'https://admin.example.com' };
const policy = (p: Partial<Policy>): ServerSide => ({ type: 'policy', policy: { ...BASE_POLICY, ...p } });
const withAuthorization: ScenarioRequest = { ...DEFAULT_REQUEST, headers: [['Authorization', 'Bearer x']] };

interface Row {
  what: string;
  server: ServerSide;
  /** The warning that must be raised, and the lesson it links ("" for none). */
  id: string;
  lesson: string;
  severity?: 'danger' | 'warning' | 'info';
  deployment?: Deployment;
  request?: ScenarioRequest;
}

const raises: Row[] = [
  { what: 'reflecting any origin with credentials', server: policy({ allowOrigin: { type: 'reflect' }, allowCredentials: true }), id: 'reflect-with-credentials', lesson: 'reflect-any-origin', severity: 'danger' },
  { what: 'trusting "null" in a list', server: policy({ allowOrigin: { type: 'list', origins: ['{app}', 'null'] }, allowCredentials: true }), id: 'allows-null', lesson: 'trusted-null-origin', severity: 'danger' },
  { what: 'trusting the user-content subdomain by name, with credentials', server: policy({ allowOrigin: { type: 'list', origins: ['{app}', '{sibling}'] }, allowCredentials: true }), id: 'trusts-untrusted-subdomain', lesson: 'trusted-sibling-subdomain', severity: 'danger' },
  { what: 'a pattern for every subdomain, with credentials', server: policy({ allowOrigin: { type: 'pattern', pattern: '^http://[a-z0-9-]+\\.{site}(:\\d+)?$' }, allowCredentials: true }), id: 'pattern-matches-any-subdomain', lesson: 'trusted-sibling-subdomain', severity: 'warning' },
  { what: 'a pattern for every subdomain, without credentials', server: policy({ allowOrigin: { type: 'pattern', pattern: '^http://[a-z0-9-]+\\.{site}(:\\d+)?$' } }), id: 'pattern-matches-any-subdomain', lesson: 'trusted-sibling-subdomain', severity: 'info' },
  { what: 'endsWith the domain (notexample.com)', server: policy({ allowOrigin: { type: 'pattern', pattern: '/example\\.com$/' } }), id: 'pattern-matches-other-sites', lesson: 'suffix-match', severity: 'danger' },
  { what: 'startsWith the origin (example.com.evil.net)', server: policy({ allowOrigin: { type: 'pattern', pattern: '^https://app\\.example\\.com' } }), id: 'pattern-matches-other-sites', lesson: 'prefix-match', severity: 'danger' },
  { what: 'a substring match (neither end anchored)', server: policy({ allowOrigin: { type: 'pattern', pattern: 'example\\.com' } }), id: 'pattern-matches-other-sites', lesson: 'suffix-match', severity: 'danger' },
  { what: 'an unescaped dot (wwwXexample.com)', server: policy({ allowOrigin: { type: 'pattern', pattern: '^https://www.example.com$' } }), id: 'pattern-matches-other-sites', lesson: 'unescaped-dot', severity: 'danger' },
  { what: 'a pattern for every github.io account', server: policy({ allowOrigin: { type: 'pattern', pattern: '^https://[a-z0-9-]+\\.github\\.io$' } }), id: 'pattern-matches-hosting-tenants', lesson: 'trusted-sibling-subdomain', severity: 'danger' },
  { what: 'a pages site on a shared hosting domain', server: policy({ allowOrigin: { type: 'list', origins: ['{app}', 'https://myorg.github.io'] } }), id: 'hosting-origin', lesson: 'trusted-sibling-subdomain' },
  { what: 'an http origin trusted by an https API (listed)', server: policy({ allowOrigin: { type: 'list', origins: ['https://app.example.com', 'http://app.example.com'] } }), id: 'http-origin-on-https-api', lesson: 'same-or-cross-origin', deployment: HTTPS_API },
  { what: 'an http origin trusted by an https API (https? in the pattern)', server: policy({ allowOrigin: { type: 'pattern', pattern: '^https?://app\\.example\\.com$' } }), id: 'http-origin-on-https-api', lesson: 'same-or-cross-origin', deployment: HTTPS_API },
  { what: 'a proxy and the app both adding ACAO', server: policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, proxyHeaders: [['Access-Control-Allow-Origin', '*']] }), id: 'two-allow-origin-values', lesson: 'two-allow-origin-values' },
  { what: 'two raw ACAO lines', server: { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{app}'], ['Access-Control-Allow-Origin', '*']] } }, id: 'two-allow-origin-values', lesson: 'two-allow-origin-values' },
  { what: 'a raw ACAO written as a list', server: { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [['Access-Control-Allow-Origin', '{app}, {admin}']] } }, id: 'two-allow-origin-values', lesson: 'two-allow-origin-values' },
  { what: 'mirroring the requested headers with credentials', server: policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, allowHeaders: { type: 'mirror' }, allowCredentials: true }), id: 'mirror-with-credentials', lesson: 'mirrored-preflight-with-credentials' },
  { what: 'mirroring the requested methods with credentials', server: policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, allowMethods: { type: 'mirror' }, allowCredentials: true }), id: 'mirror-with-credentials', lesson: 'mirrored-preflight-with-credentials' },
  { what: 'Max-Age of a day (Chromium caps at 7200 s)', server: policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, maxAge: 86400 }), id: 'max-age-overlong', lesson: 'preflight-cache-max-age' },
  { what: 'Allow-Headers: * with credentials', server: policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, allowHeaders: { type: 'any' }, allowCredentials: true }), id: 'allow-headers-wildcard-authorization', lesson: 'header-not-allowed' },
  { what: 'Allow-Headers: * for a request that sends Authorization', server: policy({ allowOrigin: { type: 'any' }, allowHeaders: { type: 'any' } }), id: 'allow-headers-wildcard-authorization', lesson: 'header-not-allowed', request: withAuthorization },
  { what: 'two listed origins without Vary: Origin', server: policy({ allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] }, varyOrigin: false }), id: 'missing-vary-origin', lesson: 'missing-vary-origin' },
  { what: '* with credentials', server: policy({ allowOrigin: { type: 'any' }, allowCredentials: true }), id: 'wildcard-with-credentials', lesson: 'wildcard-with-credentials' },
];

const quiet: [string, ServerSide, Deployment?, ScenarioRequest?][] = [
  ['the two front ends by name, with credentials', policy({ allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] }, allowCredentials: true })],
  ['an exact pattern for the two front ends', policy({ allowOrigin: { type: 'pattern', pattern: '^({app}|{admin})$' }, allowCredentials: true })],
  ['https only, on an https API', policy({ allowOrigin: { type: 'pattern', pattern: '^https://app\\.example\\.com$' } }), HTTPS_API],
  ['an http origin when the API is http too (local development)', policy({ allowOrigin: { type: 'list', origins: ['http://localhost:3000'] } })],
  ['Max-Age at Chromium’s cap', policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, maxAge: 7200 })],
  ['Allow-Headers: * without credentials or Authorization', policy({ allowOrigin: { type: 'any' }, allowHeaders: { type: 'any' } }), undefined, DEFAULT_REQUEST],
  ['mirroring headers without credentials', policy({ allowOrigin: { type: 'list', origins: ['{app}'] }, allowHeaders: { type: 'mirror' } })],
  ['only the proxy adds ACAO', policy({ allowOrigin: { type: 'none' }, proxyHeaders: [['Access-Control-Allow-Origin', '*']] })],
];

describe('the security review warns about every class the lessons teach', () => {
  test.each(raises)('$what → $id', ({ server, id, lesson, severity, deployment, request }) => {
    const warning = reviewPolicy(server, deployment ?? DEPLOYMENT, request).find((w) => w.id === id);
    expect(warning, `raises ${id}`).toBeDefined();
    expect(warning!.lesson).toBe(lesson);
    if (severity) expect(warning!.severity).toBe(severity);
  });

  test.each(quiet)('%s: no danger and no warning', (_what, server, deployment, request) => {
    expect(reviewPolicy(server, deployment ?? DEPLOYMENT, request).filter((w) => w.severity !== 'info')).toEqual([]);
  });
});
