// The check against real servers on loopback: what it sends (exactly the
// engine's requests) and how the engine explains what came back.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from './check.ts';
import { startExpress, type Running } from './test-servers.ts';

const FRONT = 'http://localhost:3000';
let servers: Record<string, Running> = {};

beforeAll(async () => {
  servers = {
    correct: await startExpress('correct', 9600),
    noCors: await startExpress('no-cors', 9601),
    reflect: await startExpress('reflect-with-credentials', 9602),
  };
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

describe('check against Express + cors', () => {
  test('a server with no CORS: the simple GET goes out, MissingAllowOriginHeader, no preflight', async () => {
    const result = await runCheck({ url: servers.noCors!.url, origin: FRONT }, { publicMode: false });
    console.log(JSON.stringify(result, null, 1).slice(0, 4000));
    expect(result.prediction.verdict).toBe('cors-error');
  });
});
