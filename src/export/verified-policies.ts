// The policies the verification suite (verify/) runs under every framework:
// the presets, the dangerous ones, and the ones frameworks handle differently.
// The export panel names the nearest of these when it quotes observed behaviour.
import { DEFAULT_POLICY, PRESETS } from '../scenario/defaults.ts';
import type { Policy } from '../scenario/types.ts';

export interface VerifiedPolicy {
  id: string;
  label: string;
  policy: Policy;
}

const base = PRESETS.find((p) => p.id === 'frontend-admin-credentials')!.policy;
const list = (...values: string[]) => ({ type: 'list' as const, values });

export const VERIFIED_POLICIES: VerifiedPolicy[] = [
  { id: 'default', label: 'No origin allowed yet (the first scenario)', policy: DEFAULT_POLICY },
  ...PRESETS.map((p) => ({ id: p.id, label: p.label, policy: p.policy })),
  { id: 'any-with-credentials', label: '"*" with credentials (browsers refuse it)', policy: { ...base, allowOrigin: { type: 'any' }, varyOrigin: false } },
  {
    id: 'anchored-pattern',
    label: 'Pattern for the site\'s subdomains',
    policy: { ...base, allowOrigin: { type: 'pattern', pattern: '^http://[a-z]+\\.{site}:\\d+$' } },
  },
  {
    id: 'unanchored-pattern',
    label: 'Unanchored pattern (matches more than meant)',
    policy: { ...base, allowOrigin: { type: 'pattern', pattern: 'app\\.{site}' } },
  },
  // A fixed origin goes to every caller: the attacker's probes show which frameworks can say that.
  { id: 'fixed-app-origin', label: 'A fixed origin, the app (sent to every caller)', policy: { ...base, allowOrigin: { type: 'fixed', origin: '{app}' }, varyOrigin: false } },
  {
    id: 'fixed-production-origin',
    label: 'A fixed production origin (no local caller matches it)',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'fixed', origin: 'https://app.example.com' }, allowMethods: list('GET', 'PUT'), allowHeaders: list('Content-Type'), varyOrigin: false },
  },
  { id: 'null-origin-allowed', label: 'Allows the "null" origin (sandboxed pages, files)', policy: { ...base, allowOrigin: { type: 'list', origins: ['{app}', 'null'] } } },
  {
    id: 'wildcards-no-credentials',
    label: '"*" for origins, methods and headers, no credentials',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' }, allowMethods: { type: 'any' }, allowHeaders: { type: 'any' }, varyOrigin: false, maxAge: 86400 },
  },
  {
    id: 'mirror-headers',
    label: 'Echoes requested headers for one origin',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] }, allowMethods: list('GET', 'PUT'), allowHeaders: { type: 'mirror' } },
  },
  { id: 'server-error', label: 'The route fails with 500 (CORS headers kept)', policy: { ...base, actualStatus: 500 } },
  { id: 'error-without-cors', label: 'The route fails with 500 before CORS runs', policy: { ...base, actualStatus: 500, corsOnErrors: false } },
  {
    id: 'preflight-200-no-max-age',
    label: 'Preflight answered 200, no Max-Age',
    policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] }, allowMethods: list('GET', 'PUT', 'DELETE'), allowHeaders: list('Content-Type'), preflightStatus: 200 },
  },
  { id: 'no-vary', label: 'Origin list without Vary: Origin (cache poisoning)', policy: { ...base, varyOrigin: false } },
  {
    id: 'expose-headers',
    label: 'Exposes X-Total-Count to JavaScript',
    policy: { ...base, exposeHeaders: ['X-Total-Count', 'X-Request-Id'], extraHeaders: [['X-Total-Count', '2'], ['X-Request-Id', 'abc']] },
  },
];
