// The audit's two pure halves: the attacker origins derived from the trusted
// ones, and the findings read from what the server answered to each. A finding
// needs proof: an untrusted origin whose page could really read the answer
// (the engine's verdict on the recorded answer), so a correct configuration
// gives none.
import { attackerOrigins, siteOf } from '../engine/attacker-origins.ts';
import { parseUrl } from '../engine/http.ts';
import type { AttackerKind, AuditProbe, Finding, FindingClass, RecognisedFramework, Severity } from './types.ts';

export interface AuditOrigin {
  origin: string;
  kind: AttackerKind | 'trusted';
}

/** Any other site: a fixed, obviously foreign name (only sent as an Origin header). */
export const OTHER_SITE = 'https://evil.test';
const IP = /^\d+(\.\d+){3}$|^\[/;

/** The trusted origins, then the classic attackers derived from each (deduplicated, never a trusted one). */
export function auditOrigins(trusted: readonly string[]): AuditOrigin[] {
  const out: AuditOrigin[] = trusted.map((origin) => ({ origin, kind: 'trusted' as const }));
  const add = (origin: string, kind: AttackerKind) => {
    if (!out.some((o) => o.origin === origin)) out.push({ origin, kind });
  };
  add(OTHER_SITE, 'other-site');
  add('null', 'null');
  for (const t of trusted) {
    const url = parseUrl(t);
    if (!url || IP.test(url.host)) continue;
    const port = url.port ? `:${url.port}` : '';
    const at = (host: string, scheme = url.scheme) => `${scheme}://${host}${port}`;
    add(at(`evil.${siteOf(url.host)}`), 'sibling-subdomain');
    add(at(`${url.host}.evil.test`), 'suffix');
    add(at(`evil${url.host}`), 'prefix');
    // The engine's reviewer already knows the unescaped-dot lookalikes of a host (one rule, one place).
    for (const a of attackerOrigins([url.host], url.port, [])) {
      if (a.flaw === 'dot' && a.origin.startsWith(`${url.scheme}://`) && (url.port === '' || a.origin.endsWith(port))) add(a.origin, 'unescaped-dot');
    }
    if (url.scheme === 'https') add(at(url.host, 'http'), 'http');
  }
  return out;
}

interface ClassWords {
  lesson: string;
  title: string;
  impact: string;
  fix: string;
}

/** What each class means: one row each (data over wiring). */
export const FINDING_WORDS: Record<FindingClass, ClassWords> = {
  'reflect-any-origin': {
    lesson: 'reflect-any-origin', title: 'The server echoes any Origin into Access-Control-Allow-Origin.',
    impact: 'Any website can read this API\'s answers from a visitor\'s browser, with the visitor\'s cookies when credentials are allowed: their data, their CSRF tokens.',
    fix: 'Compare the whole Origin with an exact list of your front ends and answer only those.',
  },
  'null-trusted': {
    lesson: 'trusted-null-origin', title: 'The origin "null" is allowed.',
    impact: 'Any site can get Origin: null (a sandboxed iframe, a data: URL) and read the answers as if it were trusted.',
    fix: 'Remove "null" from the allowed origins: it stands for every opaque origin, not for one page.',
  },
  'sibling-subdomain-trusted': {
    lesson: 'trusted-sibling-subdomain', title: 'Every subdomain of the trusted site is allowed.',
    impact: 'A script injected on any subdomain (a forgotten staging host, user content, a taken-over CNAME) can read this API\'s answers.',
    fix: 'List the front ends one by one instead of trusting *.site.',
  },
  'suffix-match': {
    lesson: 'suffix-match', title: 'Only the end of the Origin is checked.',
    impact: 'An attacker registers a domain that ends with yours (evilapp.example.com style, or evil-example.com) and reads the answers.',
    fix: 'Compare the whole origin, scheme and port included, with an exact list (no endsWith, no regex without ^ and a dot before the name).',
  },
  'prefix-match': {
    lesson: 'prefix-match', title: 'Only the start of the Origin is checked.',
    impact: 'An attacker serves their page from app.example.com.evil.test, a name they own, and reads the answers.',
    fix: 'Compare the whole origin with an exact list (no startsWith, no regex without $).',
  },
  'unescaped-dot': {
    lesson: 'unescaped-dot', title: 'A regular expression has an unescaped dot.',
    impact: 'The dot matches any character: an attacker registers the lookalike domain (app-example.com) and reads the answers.',
    fix: 'Escape every dot (\\.) and anchor the pattern (^…$), or better, use an exact list.',
  },
  'http-trusted': {
    lesson: 'same-or-cross-origin', title: 'The http:// version of an https:// front end is trusted.',
    impact: 'Anyone who can tamper with plain-HTTP traffic (public Wi-Fi) can inject script into the http:// origin and read the answers.',
    fix: 'Allow only the https:// origins.',
  },
  'wildcard-with-credentials-attempt': {
    lesson: 'wildcard-with-credentials', title: 'Access-Control-Allow-Origin: * is sent with Access-Control-Allow-Credentials: true.',
    impact: 'Browsers refuse this pair, so credentialed calls fail; the intent (every site, with cookies) is the dangerous one.',
    fix: 'Send the one allowed origin (from an exact list) instead of *, with Vary: Origin.',
  },
  'mirrored-preflight-with-credentials': {
    lesson: 'mirrored-preflight-with-credentials', title: 'Preflights from any origin pass with credentials, even for a header no API lists (the request\'s own headers are mirrored).',
    impact: 'Any website can send state-changing requests (PUT, DELETE, custom headers) with the visitor\'s cookies and read the answers.',
    fix: 'Answer preflights only for the allowed origins, and list the methods and headers you use.',
  },
  'missing-vary-origin': {
    lesson: 'missing-vary-origin', title: 'The answer depends on Origin but has no Vary: Origin.',
    impact: 'A shared cache or the browser\'s cache can hand one origin\'s answer (its Access-Control-Allow-Origin) to another: calls fail at random, or a cached answer opens the door.',
    fix: 'Add Vary: Origin to every answer whose Access-Control-Allow-Origin depends on the request\'s Origin.',
  },
};

/** The exact-list fix in the framework's words, when it is recognised. */
const FRAMEWORK_FIX: Record<string, (trusted: string[]) => string> = {
  express: (t) => `Express: app.use(cors({ origin: ${JSON.stringify(t)}, credentials: true }))`,
  fastapi: (t) => `FastAPI: app.add_middleware(CORSMiddleware, allow_origins=${JSON.stringify(t)}, allow_credentials=True)`,
  'spring-filter': (t) => `Spring: config.setAllowedOrigins(List.of(${t.map((o) => JSON.stringify(o)).join(', ')}))`,
  nginx: (t) => `nginx: map $http_origin $cors_origin { default ""; ${t.map((o) => `"${o}" $http_origin;`).join(' ')} } then add_header Access-Control-Allow-Origin $cors_origin always; add_header Vary Origin always;`,
  go: (t) => `Go: allowed := map[string]bool{${t.map((o) => `${JSON.stringify(o)}: true`).join(', ')}}; if allowed[r.Header.Get("Origin")] { … }`,
};

const KIND_CLASS: Partial<Record<AttackerKind, FindingClass>> = {
  'other-site': 'reflect-any-origin',
  null: 'null-trusted',
  'sibling-subdomain': 'sibling-subdomain-trusted',
  suffix: 'prefix-match',
  prefix: 'suffix-match',
  'unescaped-dot': 'unescaped-dot',
  http: 'http-trusted',
};
const LESS_SEVERE = new Set<FindingClass>(['sibling-subdomain-trusted', 'http-trusted']);
const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'low'];

function evidence(p: AuditProbe): string[] {
  return [
    `Origin: ${p.origin}`,
    `Access-Control-Allow-Origin: ${p.allowOrigin ?? '(none)'}`,
    ...(p.allowCredentials !== null ? [`Access-Control-Allow-Credentials: ${p.allowCredentials}`] : []),
  ];
}

function finding(cls: FindingClass, severity: Severity, probe: AuditProbe | null, trusted: string[], framework: RecognisedFramework | null, lines: string[]): Finding {
  const words = FINDING_WORDS[cls];
  const frameworkFix = framework ? FRAMEWORK_FIX[framework.id]?.(trusted) : undefined;
  return {
    class: cls, severity, attackerOrigin: probe && probe.kind !== 'trusted' ? probe.origin : null,
    attackerKind: probe && probe.kind !== 'trusted' ? probe.kind : null, withCredentials: probe?.credentials ?? false,
    title: words.title, impact: words.impact, fix: frameworkFix ? `${words.fix} ${frameworkFix}` : words.fix, lesson: words.lesson, evidence: lines,
  };
}

export interface PreflightProbe {
  origin: string;
  /** Whether the credentialed preflight for an unusual method and header passed (engine verdict on the answers). */
  passed: boolean;
  lines: string[];
}

/** Every misconfiguration the answers prove, most severe first. */
export function auditFindings(trusted: string[], probes: readonly AuditProbe[], preflight: PreflightProbe | null, framework: RecognisedFramework | null): Finding[] {
  const byClass = new Map<FindingClass, Finding>();
  for (const p of probes) {
    const cls = p.kind === 'trusted' ? undefined : KIND_CLASS[p.kind];
    // "*" to an uncredentialed request is a public API by design, not a mistake.
    if (!cls || !p.readable || (p.allowOrigin === '*' && !p.credentials)) continue;
    const base: Severity = p.credentials ? 'high' : 'medium';
    const severity = LESS_SEVERE.has(cls) ? SEVERITY_ORDER[SEVERITY_ORDER.indexOf(base) + 1]! : base;
    const known = byClass.get(cls);
    if (!known || SEVERITY_ORDER.indexOf(severity) < SEVERITY_ORDER.indexOf(known.severity)) byClass.set(cls, finding(cls, severity, p, trusted, framework, evidence(p)));
  }
  // Reflecting every origin lets every lookalike in: one finding says it all.
  if (byClass.has('reflect-any-origin')) {
    for (const cls of [...byClass.keys()]) if (cls !== 'reflect-any-origin') byClass.delete(cls);
  }
  const wildcard = probes.find((p) => p.allowOrigin === '*' && p.allowCredentials?.trim().toLowerCase() === 'true');
  if (wildcard) byClass.set('wildcard-with-credentials-attempt', finding('wildcard-with-credentials-attempt', 'low', wildcard, trusted, framework, evidence(wildcard)));
  const unvaried = probes.find((p) => p.kind === 'trusted' && p.allowOrigin === p.origin && !/(^|,)\s*(origin|\*)\s*(,|$)/i.test(p.vary ?? ''));
  if (unvaried) byClass.set('missing-vary-origin', finding('missing-vary-origin', 'medium', unvaried, trusted, framework, [...evidence(unvaried), `Vary: ${unvaried.vary ?? '(none)'}`]));
  if (preflight?.passed) {
    const words: Finding = finding('mirrored-preflight-with-credentials', 'high', null, trusted, framework, preflight.lines);
    byClass.set('mirrored-preflight-with-credentials', { ...words, attackerOrigin: preflight.origin, attackerKind: 'other-site', withCredentials: true });
  }
  return [...byClass.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}
