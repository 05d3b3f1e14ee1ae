// The verification suite: every verified policy is exported to every server
// target, run under the real framework on loopback, and sent the same probes
// as our policy server. Where the answers differ (status, CORS headers), the
// difference must be exactly what src/export/observed.json records; with
// VERIFY_UPDATE=1 the file is rewritten from what was observed instead.
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatObserved, OBSERVED, toRow, type DifferenceRow, type ObservedDifference } from '../src/export/observed.ts';
import { observe, PROBES } from '../src/export/probes.ts';
import { EXPORT_TARGETS } from '../src/export/targets.ts';
import type { ExportInput } from '../src/export/types.ts';
import { VERIFIED_POLICIES } from '../src/export/verified-policies.ts';
import { respond } from '../src/policy/respond.ts';
import { DEFAULT_REQUEST } from '../src/scenario/defaults.ts';
import { makeDeployment, resolveTokens } from '../src/scenario/origins.ts';
import { resolveServerSide } from '../src/scenario/resolve.ts';
import type { HeaderList, Policy, Scenario } from '../src/scenario/types.ts';
import { FRAMEWORKS, JAVA_CLASSPATH } from './frameworks.ts';
import { send, waitForPort } from './probe-http.ts';

const UPDATE = process.env.VERIFY_UPDATE === '1';
const OBSERVED_FILE = path.resolve('src/export/observed.json');
const WORK = path.resolve('node_modules/.cache/verify-exports'); // inside the repo so exported Node code finds express and cors
const deployment = makeDeployment();
const PATH = '/api/data';

const scenarioOf = (policy: Policy): Scenario => ({ version: 1, request: DEFAULT_REQUEST, server: { type: 'policy', policy } });
const inputFor = (policy: Policy, port: number, name: string): ExportInput => ({
  scenario: scenarioOf(policy),
  deployment,
  requestUrl: deployment.api + PATH,
  requests: [],
  port,
  name,
});
const target = (id: string) => EXPORT_TARGETS.find((t) => t.id === id)!;
const probeHeaders = (headers: HeaderList): HeaderList => headers.map(([n, v]) => [n, resolveTokens(v, deployment)]);

/** Our policy server's answer to a probe: the pure respond() the real server runs. */
function ours(policy: Policy, method: string, headers: HeaderList) {
  const server = resolveServerSide({ type: 'policy', policy }, deployment);
  const ctx = { redirectTarget: () => deployment.api, redirected: false, path: PATH };
  return respond(server, { method, url: deployment.api + PATH, headers }, ctx);
}

const children: ChildProcess[] = [];
const found: Record<string, DifferenceRow[]> = {};
const versions: Record<string, string> = {};

beforeAll(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  // Start every framework at once (they build and boot in parallel), then wait for every port.
  for (const fw of FRAMEWORKS) {
    const exports = VERIFIED_POLICIES.map((v, i) => {
      const port = fw.basePort + i;
      return { index: i, port, code: target(fw.target).generate(inputFor(v.policy, port, fw.name(i))).code };
    });
    children.push(...fw.start(path.join(WORK, fw.target), exports));
    versions[fw.target] = fw.version();
  }
  await Promise.all(FRAMEWORKS.flatMap((fw) => VERIFIED_POLICIES.map((_, i) => waitForPort(fw.basePort + i, 90_000))));
}, 180_000);

afterAll(() => {
  for (const c of children) c.kill('SIGKILL'); // throwaway servers; uvicorn ignores a SIGTERM shared by several servers
  if (UPDATE) {
    fs.writeFileSync(OBSERVED_FILE, formatObserved({ about: OBSERVED.about, versions, differences: found }));
  }
});

describe.each(FRAMEWORKS.map((fw) => [fw.target, fw] as const))('%s, as exported, against our policy server', (id, fw) => {
  it(`differs only where observed.json says, for ${VERIFIED_POLICIES.length} policies × ${PROBES.length} probes`, async () => {
    const differences: ObservedDifference[] = [];
    for (const [i, v] of VERIFIED_POLICIES.entries()) {
      for (const probe of PROBES) {
        const headers = probeHeaders(probe.headers);
        const mine = ours(v.policy, probe.method, headers);
        const theirs = await send(fw.basePort + i, probe.method, PATH, headers);
        const a = observe(mine.status, mine.headers);
        const b = observe(theirs.status, theirs.headers);
        for (const field of Object.keys(a)) {
          if (a[field] !== b[field]) differences.push({ policy: v.id, probe: probe.id, field, ours: a[field]!, theirs: b[field]! });
        }
      }
    }
    found[id] = differences.map(toRow);
    if (!UPDATE) expect(found[id]).toEqual(OBSERVED.differences[id] ?? []);
  }, 60_000);
});

describe('Spring Boot form', () => {
  it('compiles against spring-context and spring-web (Boot itself is not installable here)', () => {
    const dir = path.join(WORK, 'spring-boot');
    fs.mkdirSync(dir, { recursive: true });
    const files = VERIFIED_POLICIES.map((v, i) => {
      const name = `Boot${i}`;
      fs.writeFileSync(path.join(dir, `${name}Config.java`), target('spring-boot').generate(inputFor(v.policy, 8787, name)).code);
      return `${name}Config.java`;
    });
    // javac throws (and the test fails) on any compile error.
    execFileSync('javac', ['-nowarn', '-cp', JAVA_CLASSPATH, '-d', 'classes', ...files], { cwd: dir, stdio: 'pipe' });
    expect(fs.readdirSync(path.join(dir, 'classes')).filter((f) => /^Boot\d+Config\.class$/.test(f))).toHaveLength(files.length);
  }, 60_000);
});
