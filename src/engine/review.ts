// A security reviewer's reading of a server side: warnings that hold even
// when every request succeeds (a policy can pass CORS and still be unsafe).
import type { Policy, ServerSide } from '../scenario/types.ts';
import { resolveTokens, type Deployment } from '../scenario/origins.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { getAll } from './http.ts';
import { compileOriginPattern } from '../policy/origin-pattern.ts';
import type { Warning } from './types.ts';

/** Origins a pattern meant for our site must never match. */
function hostileOrigins(d: Deployment): string[] {
  const appHost = d.app.replace(/^https?:\/\//, '');
  return [
    resolveTokens('http://evil{site}.com', d),
    resolveTokens('http://app.{site}.evil.localhost', d),
    `${d.app}.evil.localhost`,
    `http://${appHost.replace(/\./g, 'x')}`,
    `http://evil.localhost/${appHost}`,
    d.crossSite,
  ];
}

function reviewAllowOrigin(p: Policy, d: Deployment): Warning[] {
  const w: Warning[] = [];
  const at = 'policy.allowOrigin';
  const rule = p.allowOrigin;
  if (rule.type === 'reflect' && p.allowCredentials) {
    w.push({ id: 'reflect-with-credentials', severity: 'danger', path: at, message: 'Reflecting any Origin with credentials lets every website read your users\' data with their cookies.' });
  } else if (rule.type === 'reflect') {
    w.push({ id: 'reflect-any-origin', severity: 'warning', path: at, message: 'Reflecting any Origin is the same as "*", but hides it; say "*" if the data is public.' });
  }
  if (rule.type === 'any' && p.allowCredentials) {
    w.push({ id: 'wildcard-with-credentials', severity: 'warning', path: at, message: 'Access-Control-Allow-Origin: * never works with credentials: browsers refuse credentialed requests. Name the origins instead.' });
  }
  if (rule.type === 'list' && rule.origins.includes('null')) {
    w.push({ id: 'allows-null', severity: 'danger', path: at, message: 'Allowing "null" admits any sandboxed iframe or data: page, which any attacker can create.' });
  }
  if (rule.type === 'pattern') {
    const compiled = compileOriginPattern(rule.pattern);
    if (!compiled.ok) return [...w, { id: 'pattern-invalid', severity: 'warning', path: at, message: `${compiled.message} The server refuses it, so it matches nothing.` }];
    const re = compiled.regex;
    const hit = hostileOrigins(d).find((o) => re.test(o));
    if (hit) w.push({ id: 'pattern-matches-other-sites', severity: 'danger', path: at, message: `The pattern also matches ${hit}: anchor it with ^ and $ and escape the dots.` });
    else if (re.test(d.sibling)) w.push({ id: 'pattern-matches-any-subdomain', severity: 'info', path: at, message: `The pattern also matches ${d.sibling}: every subdomain of the site is trusted.` });
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
      w.push({ id: 'reflect-with-credentials', severity: 'danger', path: `${which}.headers`, message: 'Echoing {origin} with credentials lets every website read your users\' data with their cookies.' });
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
