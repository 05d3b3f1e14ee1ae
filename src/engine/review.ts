// A security reviewer's reading of a server side: warnings that hold even
// when every request succeeds (a policy can pass CORS and still be unsafe).
// The rules are data (review-rules.ts for a policy, RAW_RULES for raw lines),
// each naming the lesson that teaches the mistake.
import type { ScenarioRequest, ServerSide } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import { resolveServerSide } from '../scenario/resolve.ts';
import { getAll } from './http.ts';
import { POLICY_RULES } from './review-rules.ts';
import type { ReviewInput } from './review-types.ts';
import type { Warning } from './types.ts';

type RawServer = Extract<ServerSide, { type: 'raw' }>;
type Lines = RawServer['actual']['headers'];

interface RawRule {
  id: string;
  severity: Warning['severity'];
  lesson: string;
  /** Which answer it reads; "both" checks each. */
  on: 'preflight' | 'actual' | 'both';
  says: (lines: Lines) => string | null;
}

const echoesOrigin = (lines: Lines) => getAll(lines, 'Access-Control-Allow-Origin').some((v) => v.includes('{origin}'));

export const RAW_RULES: readonly RawRule[] = [
  {
    id: 'reflect-with-credentials', severity: 'danger', lesson: 'reflect-any-origin', on: 'both',
    says: (lines) => echoesOrigin(lines) && getAll(lines, 'Access-Control-Allow-Credentials').some((v) => v.trim() === 'true')
      ? 'Echoing {origin} with credentials lets any page that gets your users\' cookies read their data: every origin on your site, and other sites wherever the cookie is SameSite=None and third-party cookies are allowed.'
      : null,
  },
  {
    id: 'allows-null', severity: 'danger', lesson: 'trusted-null-origin', on: 'both',
    says: (lines) => getAll(lines, 'Access-Control-Allow-Origin').some((v) => v.trim() === 'null') ? 'Allowing "null" admits any sandboxed iframe or data: page.' : null,
  },
  {
    id: 'two-allow-origin-values', severity: 'warning', lesson: 'two-allow-origin-values', on: 'both',
    says: (lines) => {
      const values = getAll(lines, 'Access-Control-Allow-Origin');
      return values.length > 1 || values.some((v) => v.includes(','))
        ? 'Access-Control-Allow-Origin holds more than one value (two lines, or a list): the browser refuses the answer. Send exactly one origin.'
        : null;
    },
  },
  {
    id: 'missing-vary-origin', severity: 'warning', lesson: 'missing-vary-origin', on: 'actual',
    says: (lines) => echoesOrigin(lines) && !getAll(lines, 'Vary').some((v) => /(^|,)\s*origin\s*(,|$)/i.test(v)) ? 'The answer echoes the Origin: add Vary: Origin.' : null,
  },
];

function reviewRaw(server: RawServer): Warning[] {
  const w: Warning[] = [];
  for (const which of ['preflight', 'actual'] as const) {
    for (const rule of RAW_RULES) {
      if (rule.on !== 'both' && rule.on !== which) continue;
      const message = rule.says(server[which].headers);
      if (message) w.push({ id: rule.id, severity: rule.severity, path: `${which}.headers`, message, lesson: rule.lesson });
    }
  }
  return w;
}

function reviewPolicyRules(input: ReviewInput): Warning[] {
  const w: Warning[] = [];
  for (const rule of POLICY_RULES) {
    const message = rule.says(input);
    if (!message) continue;
    const severity = typeof rule.severity === 'function' ? rule.severity(input) : rule.severity;
    const lesson = typeof rule.lesson === 'function' ? rule.lesson(input) : rule.lesson;
    w.push({ id: rule.id, severity, path: rule.path, message, ...(lesson ? { lesson } : {}) });
  }
  // A pattern the server refuses matches nothing: what depends on its matches is moot.
  return w.some((x) => x.id === 'pattern-invalid') ? w.filter((x) => x.id !== 'missing-vary-origin') : w;
}

/** `request`, when given, lets rules that depend on what the request needs apply (Authorization and `*`). */
export function reviewPolicy(server: ServerSide, deployment: Deployment, request?: ScenarioRequest): Warning[] {
  const resolved = resolveServerSide(server, deployment);
  return resolved.type === 'policy' ? reviewPolicyRules({ policy: resolved.policy, deployment, request }) : reviewRaw(resolved);
}
