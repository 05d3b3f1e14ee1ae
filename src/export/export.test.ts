import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_REQUEST, PRESETS } from '../scenario/defaults.ts';
import { makeDeployment } from '../scenario/origins.ts';
import type { Policy, Scenario, ServerSide } from '../scenario/types.ts';
import { shellWord } from './curl.ts';
import { nearestVerified, OBSERVED } from './observed.ts';
import { COMPARED_HEADERS, observe, PROBES } from './probes.ts';
import { EXPORT_TARGETS, generateExport } from './targets.ts';
import type { ExportInput } from './types.ts';
import { VERIFIED_POLICIES } from './verified-policies.ts';

const deployment = makeDeployment();
const input = (server: ServerSide): ExportInput => {
  const scenario: Scenario = { version: 1, request: DEFAULT_REQUEST, server };
  return { scenario, deployment, requestUrl: `${deployment.api}/api/data`, requests: [], port: 8787, name: 'CorsServer' };
};
const withPolicy = (policy: Policy) => input({ type: 'policy', policy });
const target = (id: string) => EXPORT_TARGETS.find((t) => t.id === id)!;
const servers = EXPORT_TARGETS.filter((t) => t.kind === 'server');

describe('the verified policy table', () => {
  it('holds at least 15 distinct policies, the presets among them', () => {
    expect(VERIFIED_POLICIES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(VERIFIED_POLICIES.map((v) => v.id)).size).toBe(VERIFIED_POLICIES.length);
    for (const preset of PRESETS) expect(VERIFIED_POLICIES.map((v) => v.policy)).toContain(preset.policy);
  });

  it('names a preset as its own nearest verified policy', () => {
    for (const preset of PRESETS) expect(nearestVerified(preset.policy).id).toBe(preset.id);
  });
});

describe('observed.json', () => {
  const policies = new Set(VERIFIED_POLICIES.map((v) => v.id));
  const probes = new Set(PROBES.map((p) => p.id));
  const fields = new Set(['status', ...COMPARED_HEADERS]);

  it('records rows of known policies, probes and fields, for server targets with their versions', () => {
    for (const [targetId, rows] of Object.entries(OBSERVED.differences)) {
      expect(target(targetId).kind).toBe('server');
      expect(OBSERVED.versions[targetId]).toMatch(/\d+\.\d+/);
      for (const row of rows) {
        expect(row).toHaveLength(5);
        expect(policies.has(row[0]) && probes.has(row[1]) && fields.has(row[2])).toBe(true);
        expect(row[3]).not.toBe(row[4]);
      }
    }
  });

  it('holds what frameworks.md saw by hand: FastAPI 400 and Spring 403 for a refused origin\'s preflight', () => {
    const refused = (t: string) => OBSERVED.differences[t]!.find((r) => r[0] === 'single-frontend' && r[1] === 'preflight-refused-origin' && r[2] === 'status');
    expect(refused('fastapi')?.[4]).toBe('400');
    expect(refused('spring-filter')?.[4]).toBe('403');
  });
});

describe('generateExport', () => {
  it('says in a comment and a note where a framework was observed to differ', () => {
    const single = PRESETS.find((p) => p.id === 'single-frontend')!.policy;
    const result = generateExport(target('fastapi'), withPolicy(single));
    const line = 'Under FastAPI, a preflight from an attacker’s site gets the status 400 (our server: 204).';
    expect(result.notes).toContainEqual({ kind: 'differs', text: line });
    expect(result.code).toContain(`#   ${line}`);
    expect(result.nearest?.id).toBe('single-frontend');
  });

  it('exports nothing for raw mode, and says why in every server target', () => {
    const raw: ServerSide = { type: 'raw', preflight: { status: 204, headers: [] }, actual: { status: 200, headers: [] } };
    for (const t of servers) {
      const result = generateExport(t, input(raw));
      expect(result.notes[0]).toMatchObject({ kind: 'cannot-express' });
      expect(result.code).toBe(`${t.comment} Not exported: ${result.notes[0]!.text}\n`);
    }
  });

  it('leaves out proxy lines and says so', () => {
    const policy: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'any' }, proxyHeaders: [['Access-Control-Allow-Origin', '*']] };
    for (const t of servers) {
      const result = generateExport(t, withPolicy(policy));
      expect(result.notes.filter((n) => n.kind === 'cannot-express').map((n) => n.text).join()).toContain("proxy's own lines (Access-Control-Allow-Origin: *)");
    }
  });

  it('writes the deployment\'s origins, not role tokens', () => {
    const policy: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] } };
    for (const t of servers) {
      const { code } = generateExport(t, withPolicy(policy));
      expect(code).toContain('http://admin.playground.localhost:5173');
      expect(code).not.toContain('{admin}');
    }
  });

  it('refuses what nginx cannot write ("$" has no escape there)', () => {
    const policy: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] }, exposeHeaders: ['X-$Cost'] };
    expect(generateExport(target('nginx'), withPolicy(policy)).notes).toContainEqual({ kind: 'cannot-express', text: 'nginx cannot write "X-$Cost" in its configuration ("$" and control characters).' });
  });

  it('says Go cannot take a JavaScript look-ahead', () => {
    const policy: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'pattern', pattern: '^http://(?!evil)[a-z]+\\.{site}:\\d+$' } };
    expect(generateExport(target('go'), withPolicy(policy)).notes.map((n) => n.kind + ': ' + n.text)).toContain(
      "cannot-express: Go's regexp package has no look-ahead or look-behind: rewrite the pattern without (?=, (?!, (?<= or (?<!.",
    );
  });

  it('writes the fetch() call of the request builder', () => {
    const result = generateExport(target('fetch'), { ...withPolicy(DEFAULT_POLICY) });
    expect(result.code).toBe("const response = await fetch('http://api.playground.localhost:8787/api/data');\nconst text = await response.text();\n");
  });
});

describe('curl', () => {
  it('quotes any text as one shell word', () => {
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });

  it('says when there is no request to repeat', () => {
    expect(generateExport(target('curl'), withPolicy(DEFAULT_POLICY)).notes[0]?.kind).toBe('cannot-express');
  });
});

describe('observe', () => {
  it('compares list headers as sets and keeps repeated single-value lines visible', () => {
    const a = observe(204, [['Access-Control-Allow-Methods', 'GET,PUT'], ['Vary', 'Origin'], ['access-control-allow-origin', 'x'], ['Access-Control-Allow-Origin', 'y']]);
    const b = observe(204, [['access-control-allow-methods', 'PUT, GET'], ['vary', 'origin']]);
    expect(a['access-control-allow-methods']).toBe(b['access-control-allow-methods']);
    expect(a.vary).toBe(b.vary);
    expect(a['access-control-allow-origin']).toBe('x | y');
    expect(a['access-control-max-age']).toBeNull();
  });
});

// A single fixed origin is sent to every caller, whatever its Origin: the code
// expected here is what each framework needs for that, not a copy of the
// generators' output. A list of one would be wrong (sent only to a matching Origin).
describe('a fixed origin', () => {
  const APP = 'http://app.playground.localhost:5173';
  const fixed = (origin: string, more: Partial<Policy> = {}) => withPolicy({ ...DEFAULT_POLICY, allowOrigin: { type: 'fixed', origin }, varyOrigin: false, ...more });
  const cannot = (id: string, i: ExportInput) => generateExport(target(id), i).notes.filter((n) => n.kind === 'cannot-express').map((n) => n.text);
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('Express: a string origin, which cors sends without comparing', () => {
    const { code } = generateExport(target('express'), fixed('{app}'));
    expect(code).toContain(`origin: '${APP}',`);
    expect(code).not.toContain(`origin: ['${APP}']`);
    expect(cannot('express', fixed('{app}'))).toEqual([]);
  });

  it('Express: an empty origin is not written as \'\', which cors would turn into "*"', () => {
    const { code } = generateExport(target('express'), fixed(''));
    expect(code).not.toContain("origin: ''");
    expect(code).toContain('origin: [],');
  });

  it('Go: allowOrigin returns the one value for any Origin, with no Vary: Origin', () => {
    const { code } = generateExport(target('go'), fixed('https://app.example.com'));
    expect(code).toContain('func allowOrigin(origin string) string {\n\treturn "https://app.example.com"');
    expect(code).not.toContain('allowedOrigins');
    expect(code).not.toContain('"Vary"');
    expect(cannot('go', fixed('https://app.example.com'))).toEqual([]);
  });

  it('nginx: a literal added always to the preflight and the actual response, with no map and no Vary', () => {
    const { code } = generateExport(target('nginx'), fixed('https://app.example.com'));
    expect(count(code, 'add_header Access-Control-Allow-Origin "https://app.example.com" always;')).toBe(2);
    expect(code).not.toContain('map $http_origin');
    expect(code).not.toContain('add_header Vary');
    expect(cannot('nginx', fixed('https://$host'))).toContain('nginx cannot write "https://$host" in its configuration ("$" and control characters).');
  });

  it('FastAPI: allows that one origin and says it is then sent only to it', () => {
    const { code } = generateExport(target('fastapi'), fixed('{app}'));
    expect(code).toContain(`allow_origins=["${APP}"],`);
    const [note] = cannot('fastapi', fixed('{app}'));
    expect(note).toMatch(/^CORSMiddleware cannot send one fixed origin whatever the request's Origin/);
    expect(note).toContain('only when the Origin is exactly that');
    expect(note).toContain('refused with 400');
    expect(code).toContain(`# Not exported: ${note}`);
  });

  it('Spring (filter and Boot): allows that one origin and says it is then sent only to it', () => {
    for (const id of ['spring-filter', 'spring-boot']) {
      const { code } = generateExport(target(id), fixed('{app}'));
      expect(code).toContain(`config.setAllowedOrigins(Arrays.asList("${APP}"));`);
      const [note] = cannot(id, fixed('{app}'));
      expect(note).toMatch(/^CorsFilter cannot send one fixed origin whatever the request's Origin/);
      expect(note).toContain('403');
      expect(code).toContain(`// Not exported: ${note}`);
    }
  });

  it('quotes what FastAPI was observed to do for the verified fixed-origin policy', () => {
    const preset = PRESETS.find((p) => p.id === 'frontend-admin-credentials')!.policy;
    const result = generateExport(target('fastapi'), fixed('{app}', { ...preset, allowOrigin: { type: 'fixed', origin: '{app}' }, varyOrigin: false }));
    expect(result.nearest?.id).toBe('fixed-app-origin');
    expect(result.notes).toContainEqual({ kind: 'differs', text: `Under FastAPI, a GET from an attacker’s site gets Access-Control-Allow-Origin no such header (our server: "${APP}").` });
  });
});
