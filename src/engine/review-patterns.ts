// The review's reading of allowed origins: the literal ones a policy names,
// and what an origin pattern lets in. Pattern holes are found by trying
// attacker origins (attacker-origins.ts) against the server's own matcher.
import type { Policy } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { firstUnescaped, originPatternProblem, patternAllowsOrigin, patternBeingChecked, readOriginPattern } from '../policy/pattern-syntax.ts';
import { attackerOrigins, hostsInPattern, type AttackerOrigin, type Flaw } from './attacker-origins.ts';
import type { PolicyRule, ReviewInput } from './review-types.ts';

/** Domains where anyone can publish a site of their own, each account on its own subdomain. */
export const HOSTING_DOMAINS = [
  'github.io', 'gitlab.io', 'vercel.app', 'netlify.app', 'herokuapp.com', 'pages.dev', 'workers.dev', 'web.app',
  'firebaseapp.com', 'azurewebsites.net', 'azurestaticapps.net', 'cloudfront.net', 'appspot.com', 'glitch.me',
  'onrender.com', 'fly.dev', 'ngrok.io', 'ngrok-free.app', 'surge.sh', 'blogspot.com', 'codesandbox.io',
];

const hostOf = (origin: string) => origin.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
const onHosting = (host: string) => HOSTING_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`));

/** The origins a policy names literally (a fixed origin or a list), as sent. */
export function listedOrigins(p: Policy): string[] {
  if (p.allowOrigin.type === 'fixed') return [p.allowOrigin.origin.trim()];
  return p.allowOrigin.type === 'list' ? p.allowOrigin.origins.map((o) => o.trim()) : [];
}

/** Listed origins on a shared hosting domain. */
export function hostingOrigins(p: Policy): string[] {
  return listedOrigins(p).filter((o) => /^https?:\/\//.test(o) && onHosting(hostOf(o)));
}

/** http:// origins an https:// API trusts, listed or matched by its pattern. */
export function httpOriginsOnHttpsApi(p: Policy, d: Deployment): string[] {
  if (!d.api.startsWith('https://')) return [];
  const listed = listedOrigins(p).filter((o) => o.startsWith('http://'));
  if (p.allowOrigin.type !== 'pattern' || originPatternProblem(p.allowOrigin.pattern)) return listed;
  const pattern = p.allowOrigin.pattern;
  const hosts = [...hostsInPattern(patternSource(pattern)), hostOf(d.app), hostOf(d.admin)];
  return [...listed, ...hosts.map((h) => `http://${h}`).filter((o) => patternAllowsOrigin(pattern, o))].slice(0, 3);
}

function patternSource(pattern: string): string {
  const reading = readOriginPattern(pattern);
  return reading.ok ? reading.source : pattern;
}

/** Why each kind of attacker origin gets through, and what to change; only said when that origin really matches. */
function adviceFor(flaw: Flaw, source: string): string {
  switch (flaw) {
    case 'start':
      return source.startsWith('^') ? 'require "." or "://" right before the domain' : 'anchor the start with ^https?://';
    case 'end':
      return source.endsWith('$') ? 'allow nothing after the domain but the port' : 'anchor the end with $';
    case 'dot':
      return 'escape the dots (\\.): an unescaped "." matches any character';
    case 'other-site':
      return 'it trusts origins unrelated to yours, so name the trusted origins (^https://app\\.example\\.com$) instead';
  }
}

/** The lesson for the first kind of hole found. */
export const LESSON_FOR_FLAW: Record<Flaw, string> = { start: 'suffix-match', end: 'prefix-match', dot: 'unescaped-dot', 'other-site': 'reflect-any-origin' };

/** Attacker origins that really pass this (valid, resolved) pattern, one per kind of mistake. */
function patternHoles(pattern: string, d: Deployment): AttackerOrigin[] {
  const source = patternSource(pattern);
  const trusted = [hostOf(d.app), hostOf(d.admin), d.site, ...hostsInPattern(source)];
  const port = /:(\d+)$/.exec(d.app)?.[1] ?? '80';
  const holes = attackerOrigins(trusted, port, [d.crossSite])
    // A lookalike with "-" for "." can also slip through an unanchored pattern; blame the dot only when there is one.
    .filter((a) => a.flaw !== 'dot' || firstUnescaped(source, '.') >= 0)
    .filter((a) => patternAllowsOrigin(pattern, a.origin));
  return holes.filter((a, i) => holes.findIndex((b) => b.flaw === a.flaw) === i);
}

const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The pattern of a policy, when it has a valid one the matcher has loaded. */
function checkedPattern({ policy }: ReviewInput): string | null {
  const rule = policy.allowOrigin;
  if (rule.type !== 'pattern' || patternBeingChecked(rule.pattern) || originPatternProblem(rule.pattern)) return null;
  return rule.pattern;
}

function holesOf(input: ReviewInput): AttackerOrigin[] {
  const pattern = checkedPattern(input);
  return pattern === null ? [] : patternHoles(pattern, input.deployment);
}

/** Subdomains of a hosting domain named in the pattern that a stranger's account could have. */
function hostingTenants(input: ReviewInput): string[] {
  const pattern = checkedPattern(input);
  if (pattern === null) return [];
  const domains = new Set(hostsInPattern(patternSource(pattern)).map(onHosting).filter((d): d is string => d !== undefined));
  return [...domains].map((d) => `https://attacker-account.${d}`).filter((o) => patternAllowsOrigin(pattern, o));
}

export const patternReview: readonly PolicyRule[] = [
  {
    id: 'pattern-invalid', severity: 'warning', path: 'policy.allowOrigin',
    says: ({ policy }) => {
      const rule = policy.allowOrigin;
      const problem = rule.type === 'pattern' && !patternBeingChecked(rule.pattern) ? originPatternProblem(rule.pattern) : null;
      return problem ? `${problem} The server refuses it, so it matches nothing.` : null;
    },
  },
  {
    id: 'pattern-matches-other-sites', severity: 'danger', path: 'policy.allowOrigin',
    lesson: (input) => LESSON_FOR_FLAW[holesOf(input)[0]?.flaw ?? 'start'],
    says: (input) => {
      const holes = holesOf(input);
      if (holes.length === 0) return null;
      const source = patternSource(checkedPattern(input)!);
      // A pattern that lets an unrelated origin in needs rewriting, not one more anchor.
      const unrelated = holes.some((h) => h.flaw === 'other-site');
      const advice = unrelated ? [adviceFor('other-site', source)] : [...new Set(holes.map((h) => adviceFor(h.flaw, source)))];
      return `The pattern also allows ${listed(holes.map((h) => h.origin))}, which an attacker can own: ${advice.join('; ')}.`;
    },
  },
  {
    id: 'pattern-matches-hosting-tenants', severity: 'danger', lesson: 'trusted-sibling-subdomain', path: 'policy.allowOrigin',
    says: (input) => {
      const tenants = hostingTenants(input);
      return tenants.length > 0 ? `The pattern also allows ${listed(tenants)}: anyone can open an account there and publish a page on it. Name your own origins.` : null;
    },
  },
  {
    id: 'pattern-matches-any-subdomain', severity: ({ policy }) => (policy.allowCredentials ? 'warning' : 'info'), lesson: 'trusted-sibling-subdomain', path: 'policy.allowOrigin',
    says: (input) => {
      const pattern = checkedPattern(input);
      const { sibling } = input.deployment;
      if (pattern === null || holesOf(input).length > 0 || !patternAllowsOrigin(pattern, sibling)) return null;
      const cookies = input.policy.allowCredentials ? ', and with credentials a page there reads your users\' data (their cookies go: same site)' : '';
      return `The pattern also allows ${sibling}: every subdomain of the site is trusted${cookies}.`;
    },
  },
];
