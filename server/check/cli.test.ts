// The command line as a team's CI runs it: `node bin/cors-playground.mjs` in a
// child process (the bin npx runs), against real Express servers; exit codes
// and --json.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, CheckResult } from '../../src/check/types.ts';
import { startExpress, TRUSTED, type Running } from './test-servers.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/cors-playground.mjs');
let correct: Running;
let reflecting: Running;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 110_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  [correct, reflecting] = await Promise.all([startExpress('correct', 9635), startExpress('reflect-with-credentials', 9636)]);
  // The first run after a change compiles the command (as on a fresh clone): done once here.
  await cli('--help');
}, 120_000);
afterAll(async () => {
  await Promise.all([correct.close(), reflecting.close()]);
});

describe('npx cors-playground', { timeout: 20_000 }, () => {
  it('check: exit 0 and the verdict when the origin is allowed', async () => {
    const { code, stdout } = await cli('check', correct.url, '--origin', TRUSTED);
    expect(stdout).toContain('Verdict: ok');
    expect(code).toBe(0);
  });

  it('check: exit 1, Chromium\'s message and the fix on a CORS error', async () => {
    const { code, stdout } = await cli('check', correct.url, '--origin', 'http://localhost:3000', '--method', 'PUT', '--header', 'Content-Type: application/json');
    expect(code).toBe(1);
    expect(stdout).toContain("Chromium: Access to fetch at 'http://127.0.0.1:9635/data' from origin 'http://localhost:3000' has been blocked by CORS policy");
    expect(stdout).toContain('Fix: ');
    expect(stdout).toContain('Server: Express');
    expect(stdout).toContain('The fix in Express');
    expect(stdout).toContain("origin: ['http://localhost:3000'],");
  });

  it('check --json: the CheckResult, with the preflight as sent', async () => {
    const { code, stdout } = await cli('check', correct.url, '--origin', TRUSTED, '--method', 'patch', '--header', 'X-B: 1', '--header', 'X-A: 2', '--json');
    const result = JSON.parse(stdout) as CheckResult;
    expect(code).toBe(1); // cors refuses lower-case "patch" (it lists PATCH): method names are case-sensitive
    expect(result.prediction.corsError).toBe('MethodDisallowedByPreflightResponse');
    expect(result.exchanges[0]!.request.headers).toContainEqual(['Access-Control-Request-Method', 'patch']);
    expect(result.exchanges[0]!.request.headers).toContainEqual(['Access-Control-Request-Headers', 'x-a,x-b']);
  });

  it('audit: exit 1 and the finding on a reflecting server, exit 0 on a correct one', async () => {
    const bad = await cli('audit', reflecting.url, '--trust', TRUSTED, '--json');
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as AuditResult).findings.map((f) => f.class)).toContain('reflect-any-origin');
    const good = await cli('audit', correct.url, '--trust', TRUSTED);
    expect(good.stdout).toContain('No misconfiguration found');
    expect(good.code).toBe(0);
  });

  it.each([
    [['check', 'http://127.0.0.1:9635/data'], '--origin is required'],
    [['check', 'file:///etc/passwd', '--origin', TRUSTED], 'url:'],
    [['audit', 'http://127.0.0.1:9635/data'], '--trust ORIGIN is required'],
    [['check', 'http://127.0.0.1:9635/data', '--origin', TRUSTED, '--header', 'no colon'], "expected 'Name: value'"],
    [['frobnicate'], 'unknown command'],
  ])('bad arguments %j: exit 2 and says what is wrong', async (args, words) => {
    const { code, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toContain(words);
  });
});
