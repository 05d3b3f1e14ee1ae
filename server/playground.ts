// Both listeners of one playground, sharing one request log. Port 0 picks a
// free port (tests); the origins are built from the ports actually bound.
import { createHash, randomBytes } from 'node:crypto';
import { makeDeployment, makeFallbackDeployment } from '../src/scenario/origins.ts';
import type { ServerConfig } from './config.ts';
import { NO_RECORD, serve, type ServeDeps } from './serve.ts';
import { createHttpServer, DEFAULT_HTTP_OPTIONS, type HttpOptions } from './http.ts';
import { ConfigCache } from './config-cache.ts';
import { inflateRaw } from './inflate.ts';
import { MemoryRecord, type RequestRecord } from './record.ts';
import { RedisRecord } from './record-redis.ts';
import { createStaticFiles } from './static-files.ts';
import { createSessionIds } from './session-ids.ts';
import { loadPatternEngine } from '../src/policy/origin-pattern.ts';
import { PROBE_LIMITS } from '../src/check/types.ts';
import { answerCheckRoute, type CheckDeps } from './check/endpoints.ts';
import { createRateLimiter } from './check/rate-limit.ts';

export interface Playground {
  deps: ServeDeps;
  appPort: number;
  apiPort: number;
  close(graceMs?: number): Promise<void>;
}

export async function startPlayground(config: ServerConfig, http: HttpOptions = DEFAULT_HTTP_OPTIONS): Promise<Playground> {
  // Before the first request: a pattern must never be "still being checked" here.
  await loadPatternEngine();
  let deps: ServeDeps | null = null;
  const ready = () => {
    if (!deps) throw new Error('the playground is still starting');
    return deps;
  };
  const rateLimiter = createRateLimiter(PROBE_LIMITS.perClientPerMinute);
  const checkDeps = (): CheckDeps => ({ deployment: ready().deployment, fallback: ready().fallback, publicMode: config.publicMode === true, rateLimiter });
  // The check's routes wait for the probe; the others may wait for the shared record.
  const app = createHttpServer((request) => answerCheckRoute(request, checkDeps()) ?? serve('app', request, ready()), http);
  const api = createHttpServer((request) => serve('api', request, ready()), http);
  const appPort = await app.listen(config.appPort, config.host);
  const apiPort = await api.listen(config.apiPort, config.host).catch(async (error: unknown) => {
    await app.close(0);
    throw error;
  });
  const publicAppPort = config.appPublicPort ?? appPort;
  const publicApiPort = config.apiPublicPort ?? apiPort;
  const record: RequestRecord = config.redisUrl ? new RedisRecord({ url: config.redisUrl }) : new MemoryRecord();
  // The first requests are recorded when Redis is there; when it is not, the playground serves anyway (and says so).
  if (record instanceof RedisRecord) await record.ready(3000).catch(() => undefined);
  deps = {
    deployment: makeDeployment(config.site, publicAppPort, publicApiPort),
    fallback: makeFallbackDeployment(publicAppPort, publicApiPort),
    record,
    // Replaced per request by the session's prepared view when the record is shared (serve.ts).
    log: record.view ?? NO_RECORD,
    live: record,
    sessions: createSessionIds(config.sessionSecret ? createHash('sha256').update(config.sessionSecret).digest() : undefined),
    inflateRaw,
    configs: new ConfigCache(),
    newCookieValue: () => randomBytes(18).toString('base64url'),
    staticFiles: createStaticFiles(config.staticDir),
  };
  return {
    deps,
    appPort,
    apiPort,
    close: async (graceMs) => {
      await Promise.all([app.close(graceMs), api.close(graceMs)]);
      // After the answers in progress: what they recorded is stored before the connection goes.
      await record.close();
    },
  };
}
