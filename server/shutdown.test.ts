// SIGTERM on the real server process: server/main.ts bundled with rolldown
// (Vite's own bundler, seconds faster than tsc here), started with node, stopped while it is matching an origin pattern against a
// long Origin and while a kept-alive connection stays open.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { encodeServerSide } from '../src/scenario/wire.ts';
import { parseRawResponse, rawExchange } from './test-helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
let outDir = '';
let child: ChildProcess | null = null;

beforeAll(() => {
  // Inside the project, so the compiled server finds node_modules (re2js).
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  outDir = fs.mkdtempSync(path.join(root, 'build', 'shutdown-test-'));
  const rolldown = path.join(root, 'node_modules/rolldown/bin/cli.mjs');
  execFileSync(process.execPath, [rolldown, 'server/main.ts', '--platform', 'node', '--format', 'esm', '--file', path.join(outDir, 'main.mjs'), '--external', 're2js'], { cwd: root });
}, 120_000);

afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(outDir, { recursive: true, force: true });
});

/** Starts the server on free ports; resolves with them once it listens. */
function startServer(): Promise<{ app: number; api: number }> {
  child = spawn(process.execPath, [path.join(outDir, 'main.mjs')], {
    cwd: root,
    env: { ...process.env, APP_PORT: '0', API_PORT: '0', STATIC_DIR: os.tmpdir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const app = /open http:\/\/[^:]+:(\d+)\//.exec(out);
      const api = /policy server \(API\): http:\/\/[^:]+:(\d+)/.exec(out);
      if (app && api) resolve({ app: Number(app[1]), api: Number(api[1]) });
    });
    child!.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

function exitOf(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
}

describe('SIGTERM', () => {
  it('stops the real process within 2 s, during pattern matches and with a kept-alive connection open', async () => {
    const { app, api } = await startServer();
    // The app's own host name (fetch would not send this Host): the id is issued to the page only.
    const issued = await rawExchange(app, `GET /__session HTTP/1.1\r\nHost: localhost:${app}\r\nConnection: close\r\n\r\n`);
    const { session } = JSON.parse(parseRawResponse(issued).body) as { session: string };
    const config = await encodeServerSide({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'pattern', pattern: '^(a|aa)+(\\w+\\w+)+$' } } });
    const request = `GET /s/${session}/${config}/x HTTP/1.1\r\nHost: 127.0.0.1:${api}\r\nOrigin: http://${'a'.repeat(240)}!\r\n\r\n`;
    // One connection kept alive and idle, one sending pattern matches back to back.
    const idle = net.connect(api, '127.0.0.1');
    idle.on('error', () => {});
    idle.write(request);
    const busy = net.connect(api, '127.0.0.1');
    busy.on('error', () => {});
    let answers = 0;
    let firstProblem = '';
    busy.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (!text.startsWith('HTTP/1.1 200 ')) firstProblem ||= text;
      answers += text.split('HTTP/1.1 ').length - 1;
      if (!busy.destroyed) busy.write(request);
    });
    busy.write(request);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(firstProblem).toBe('');
    expect(answers).toBeGreaterThan(0);

    const exited = exitOf(child!);
    const started = performance.now();
    child!.kill('SIGTERM');
    const code = await exited;
    const took = performance.now() - started;
    idle.destroy();
    busy.destroy();
    expect(code).toBe(0);
    expect(took).toBeLessThan(2000);
  }, 30_000);
});
