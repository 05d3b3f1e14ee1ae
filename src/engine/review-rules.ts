// The security review's rules for a policy, as data: one row per class of
// mistake, each naming the lesson that teaches it (the editor links it). A
// row's `says` returns the warning's text when the rule applies, else null.
// Pattern holes are found by trying attacker origins against the real
// matcher (review-patterns.ts), so a warning never names an origin the
// server would refuse.
import type { Policy, ScenarioRequest } from '../scenario/types.ts';
import { CHROMIUM_MAX_AGE, maxAgeByBrowser } from './max-age.ts';
import { getAll } from './http.ts';
import { hostingOrigins, httpOriginsOnHttpsApi, listedOrigins, patternReview } from './review-patterns.ts';
import type { PolicyRule } from './review-types.ts';

const reflects = (p: Policy) => p.allowOrigin.type === 'reflect';
const mirrors = (p: Policy) => p.allowMethods.type === 'mirror' || p.allowHeaders.type === 'mirror';
const hasHeader = (r: ScenarioRequest | undefined, name: string) => r?.headers.some(([n]) => n.trim().toLowerCase() === name) ?? false;
const dependsOnRequest = (p: Policy) =>
  p.allowOrigin.type === 'reflect' || p.allowOrigin.type === 'pattern' || (p.allowOrigin.type === 'list' && p.allowOrigin.origins.length > 1);

export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'reflect-with-credentials', severity: 'danger', lesson: 'reflect-any-origin', path: 'policy.allowOrigin',
    says: ({ policy }) => reflects(policy) && policy.allowCredentials
      ? 'Reflecting any Origin with credentials lets any page that gets your users\' cookies read their data: every origin on your site (SameSite does not stop a sibling subdomain), and every other site wherever the cookie is SameSite=None and third-party cookies are allowed.'
      : null,
  },
  {
    id: 'reflect-any-origin', severity: 'warning', lesson: 'reflect-any-origin', path: 'policy.allowOrigin',
    says: ({ policy }) => reflects(policy) && !policy.allowCredentials ? 'Reflecting any Origin is the same as "*", but hides it; say "*" if the data is public.' : null,
  },
  {
    id: 'wildcard-with-credentials', severity: 'warning', lesson: 'wildcard-with-credentials', path: 'policy.allowOrigin',
    says: ({ policy }) => policy.allowOrigin.type === 'any' && policy.allowCredentials
      ? 'Access-Control-Allow-Origin: * never works with credentials: browsers refuse credentialed requests. Name the origins instead.'
      : null,
  },
  {
    id: 'allows-null', severity: 'danger', lesson: 'trusted-null-origin', path: 'policy.allowOrigin',
    says: ({ policy }) => listedOrigins(policy).includes('null')
      ? 'Allowing "null" admits any sandboxed iframe or data: page, which any attacker can create.'
      : null,
  },
  {
    id: 'trusts-untrusted-subdomain', severity: ({ policy }) => (policy.allowCredentials ? 'danger' : 'warning'), lesson: 'trusted-sibling-subdomain', path: 'policy.allowOrigin',
    says: ({ policy, deployment }) => listedOrigins(policy).includes(deployment.sibling)
      ? `${deployment.sibling} is on your site but serves content you do not control: it gets your users' cookies (same site), so trusting it hands them its data.`
      : null,
  },
  ...patternReview,
  {
    id: 'hosting-origin', severity: 'warning', lesson: 'trusted-sibling-subdomain', path: 'policy.allowOrigin',
    says: ({ policy }) => {
      const found = hostingOrigins(policy);
      return found.length > 0
        ? `${found.join(', ')} is on a shared hosting domain (${found.map((o) => o.split('.').slice(-2).join('.')).join(', ')}): every project published there by that account shares the origin. Serve the front end from your own domain.`
        : null;
    },
  },
  {
    id: 'http-origin-on-https-api', severity: 'warning', lesson: 'same-or-cross-origin', path: 'policy.allowOrigin',
    says: ({ policy, deployment }) => {
      const found = httpOriginsOnHttpsApi(policy, deployment);
      return found.length > 0
        ? `The API is served over HTTPS but trusts ${found.join(', ')}: anyone on the network path of an http:// page can inject script into it and read what the API grants it. Trust https:// origins only.`
        : null;
    },
  },
  {
    id: 'two-allow-origin-values', severity: 'warning', lesson: 'two-allow-origin-values', path: 'policy.proxyHeaders',
    says: ({ policy }) => {
      const proxy = getAll(policy.proxyHeaders, 'Access-Control-Allow-Origin').length;
      return proxy > 1 || (proxy === 1 && policy.allowOrigin.type !== 'none')
        ? 'Both the proxy and the app add Access-Control-Allow-Origin: the browser sees two values and refuses every answer. Let one layer handle CORS.'
        : null;
    },
  },
  {
    id: 'mirror-with-credentials', severity: 'warning', lesson: 'mirrored-preflight-with-credentials', path: 'policy.allowMethods',
    says: ({ policy }) => mirrors(policy) && policy.allowCredentials
      ? 'Mirroring the requested methods or headers with credentials lets an allowed origin send any method and any header as the user; list the ones the front end needs.'
      : null,
  },
  {
    id: 'allow-headers-wildcard-authorization', severity: 'warning', lesson: 'header-not-allowed', path: 'policy.allowHeaders',
    says: ({ policy, request }) => policy.allowHeaders.type === 'any' && (policy.allowCredentials || hasHeader(request, 'authorization'))
      ? 'Access-Control-Allow-Headers: * does not cover Authorization (the standard, Firefox and Safari require it by name; Chromium lets it through for now, with a deprecation warning), and with credentials "*" is no wildcard at all. List the headers, Authorization included.'
      : null,
  },
  {
    id: 'max-age-overlong', severity: 'info', lesson: 'preflight-cache-max-age', path: 'policy.maxAge',
    says: ({ policy }) => {
      if (policy.maxAge === null || policy.maxAge <= CHROMIUM_MAX_AGE.capSeconds) return null;
      const longest = maxAgeByBrowser(policy.maxAge).reduce((a, b) => (b.seconds > a.seconds ? b : a));
      return `Access-Control-Max-Age: ${policy.maxAge} is over Chromium's cap of ${CHROMIUM_MAX_AGE.capSeconds} s, and ${longest.browser} keeps a preflight answer ${longest.seconds} s: a permission you withdraw stays granted that long. A few minutes is plenty.`;
    },
  },
  {
    id: 'missing-vary-origin', severity: 'warning', lesson: 'missing-vary-origin', path: 'policy.varyOrigin',
    says: ({ policy }) => dependsOnRequest(policy) && !policy.varyOrigin
      ? 'The allowed origin depends on the request, so send Vary: Origin or a shared cache may hand one origin\'s answer to another.'
      : null,
  },
];
