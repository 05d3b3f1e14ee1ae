// A scenario's server side with its role tokens replaced by one deployment's
// origins: what actually travels to the policy server.
import type { AllowOrigin, HeaderList, Policy, ServerSide } from './types.ts';
import { resolveTokens, type Deployment } from './origins.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** In a pattern, tokens stand for literal text, so they are escaped. */
function resolvePattern(pattern: string, d: Deployment): string {
  return pattern.replace(/\{[a-z0-9-]+\}/g, (token) => {
    const resolved = resolveTokens(token, d);
    return resolved === token ? token : escapeRegExp(resolved);
  });
}

const resolveLines = (lines: HeaderList, d: Deployment): HeaderList =>
  lines.map(([name, value]) => [name, resolveTokens(value, d)]);

function resolveAllowOrigin(rule: AllowOrigin, d: Deployment): AllowOrigin {
  switch (rule.type) {
    case 'fixed':
      return { type: 'fixed', origin: resolveTokens(rule.origin, d) };
    case 'list':
      return { type: 'list', origins: rule.origins.map((o) => resolveTokens(o, d)) };
    case 'pattern':
      return { type: 'pattern', pattern: resolvePattern(rule.pattern, d) };
    default:
      return rule;
  }
}

function resolvePolicy(p: Policy, d: Deployment): Policy {
  const allowOrigin = resolveAllowOrigin(p.allowOrigin, d);
  return { ...p, allowOrigin, proxyHeaders: resolveLines(p.proxyHeaders, d), extraHeaders: resolveLines(p.extraHeaders, d) };
}

export function resolveServerSide(server: ServerSide, d: Deployment): ServerSide {
  if (server.type === 'policy') return { type: 'policy', policy: resolvePolicy(server.policy, d) };
  const resolved: ServerSide = {
    type: 'raw',
    preflight: { status: server.preflight.status, headers: resolveLines(server.preflight.headers, d) },
    actual: { status: server.actual.status, headers: resolveLines(server.actual.headers, d) },
  };
  if (server.answers) {
    resolved.answers = server.answers.map((row) => ({ when: row.when, response: { status: row.response.status, headers: resolveLines(row.response.headers, d) } }));
  }
  return resolved;
}
