// A security reviewer's reading of a server side: warnings that hold even
// when every request succeeds (a policy can pass CORS and still be unsafe).
import type { Policy, ServerSide } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { getAll } from './http.ts';
import { firstUnescaped, originPatternProblem, patternAllowsOrigin, patternBeingChecked, readOriginPattern } from '../policy/pattern-syntax.ts';
import { attackerOrigins, hostsInPattern, type AttackerOrigin, type Flaw } from './attacker-origins.ts';
import type { Warning } from './types.ts';

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

/** Attacker origins that really pass this (valid, resolved) pattern, one per kind of mistake. */
function patternHoles(pattern: string, d: Deployment): AttackerOrigin[] {
  const reading = readOriginPattern(pattern);
  const source = reading.ok ? reading.source : pattern;
  const hostOf = (origin: string) => origin.replace(/^https?:\/\//, '').replace(/:\d+$/, '');
  const trusted = [hostOf(d.app), hostOf(d.admin), d.site, ...hostsInPattern(source)];
  const port = /:(\d+)$/.exec(d.app)?.[1] ?? '80';
  const holes = attackerOrigins(trusted, port, [d.crossSite])
    // A lookalike with "-" for "." can also slip through an unanchored pattern; blame the dot only when there is one.
    .filter((a) => a.flaw !== 'dot' || firstUnescaped(source, '.') >= 0)
    .filter((a) => patternAllowsOrigin(pattern, a.origin));
  return holes.filter((a, i) => holes.findIndex((b) => b.flaw === a.flaw) === i);
}

const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function patternWarnings(pattern: string, d: Deployment, at: string): Warning[] {
  if (patternBeingChecked(pattern)) return [];
  const problem = originPatternProblem(pattern);
  if (problem) return [{ id: 'pattern-invalid', severity: 'warning', path: at, message: `${problem} The server refuses it, so it matches nothing.` }];
  const reading = readOriginPattern(pattern);
  const source = reading.ok ? reading.source : pattern;
  const holes = patternHoles(pattern, d);
  if (holes.length > 0) {
    // A pattern that lets an unrelated origin in needs rewriting, not one more anchor.
    const unrelated = holes.some((h) => h.flaw === 'other-site');
    const advice = unrelated ? [adviceFor('other-site', source)] : [...new Set(holes.map((h) => adviceFor(h.flaw, source)))];
    const message = `The pattern also allows ${listed(holes.map((h) => h.origin))}, which an attacker can own: ${advice.join('; ')}.`;
    return [{ id: 'pattern-matches-other-sites', severity: 'danger', path: at, message }];
  }
  if (patternAllowsOrigin(pattern, d.sibling)) {
    return [{ id: 'pattern-matches-any-subdomain', severity: 'info', path: at, message: `The pattern also allows ${d.sibling}: every subdomain of the site is trusted.` }];
  }
  return [];
}

function reviewAllowOrigin(p: Policy, d: Deployment): Warning[] {
  const w: Warning[] = [];
  const at = 'policy.allowOrigin';
  const rule = p.allowOrigin;
  if (rule.type === 'reflect' && p.allowCredentials) {
    w.push({ id: 'reflect-with-credentials', severity: 'danger', path: at, message: 'Reflecting any Origin with credentials lets any page that gets your users\' cookies read their data: every origin on your site (SameSite does not stop a sibling subdomain), and every other site wherever the cookie is SameSite=None and third-party cookies are allowed.' });
  } else if (rule.type === 'reflect') {
    w.push({ id: 'reflect-any-origin', severity: 'warning', path: at, message: 'Reflecting any Origin is the same as "*", but hides it; say "*" if the data is public.' });
  }
  if (rule.type === 'any' && p.allowCredentials) {
    w.push({ id: 'wildcard-with-credentials', severity: 'warning', path: at, message: 'Access-Control-Allow-Origin: * never works with credentials: browsers refuse credentialed requests. Name the origins instead.' });
  }
  if ((rule.type === 'list' && rule.origins.includes('null')) || (rule.type === 'fixed' && rule.origin.trim() === 'null')) {
    w.push({ id: 'allows-null', severity: 'danger', path: at, message: 'Allowing "null" admits any sandboxed iframe or data: page, which any attacker can create.' });
  }
  if (rule.type === 'pattern') {
    const found = patternWarnings(rule.pattern, d, at);
    if (found.some((x) => x.id === 'pattern-invalid')) return [...w, ...found];
    w.push(...found);
  }
  const dependsOnRequest = rule.type === 'reflect' || rule.type === 'pattern' || (rule.type === 'list' && rule.origins.length > 1);
  if (dependsOnRequest && !p.varyOrigin) {
    w.push({ id: 'missing-vary-origin', severity: 'warning', path: 'policy.varyOrigin', message: 'The allowed origin depends on the request, so send Vary: Origin or a shared cache may hand one origin\'s answer to another.' });
  }
  return w;
}

function reviewRaw(server: Extract<ServerSide, { type: 'raw' }>): Warning[] {
  const w: Warning[] = [];
  for (const which of ['preflight', 'actual'] as const) {
    const lines = server[which].headers;
    const acao = getAll(lines, 'Access-Control-Allow-Origin');
    const reflects = acao.some((v) => v.includes('{origin}'));
    if (reflects && getAll(lines, 'Access-Control-Allow-Credentials').some((v) => v.trim() === 'true')) {
      w.push({ id: 'reflect-with-credentials', severity: 'danger', path: `${which}.headers`, message: 'Echoing {origin} with credentials lets any page that gets your users\' cookies read their data: every origin on your site, and other sites wherever the cookie is SameSite=None and third-party cookies are allowed.' });
    }
    if (acao.some((v) => v.trim() === 'null')) w.push({ id: 'allows-null', severity: 'danger', path: `${which}.headers`, message: 'Allowing "null" admits any sandboxed iframe or data: page.' });
    if (which === 'actual' && reflects && !getAll(lines, 'Vary').some((v) => /(^|,)\s*origin\s*(,|$)/i.test(v))) {
      w.push({ id: 'missing-vary-origin', severity: 'warning', path: 'actual.headers', message: 'The answer echoes the Origin: add Vary: Origin.' });
    }
  }
  return w;
}

export function reviewPolicy(server: ServerSide, deployment: Deployment): Warning[] {
  const resolved = resolveServerSide(server, deployment);
  return resolved.type === 'policy' ? reviewAllowOrigin(resolved.policy, deployment) : reviewRaw(resolved);
}
