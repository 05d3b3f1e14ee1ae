// Both listeners of one playground, sharing one request log. Port 0 picks a
// free port (tests); the origins are built from the ports actually bound.
import { randomBytes } from 'node:crypto';
import { makeDeployment, makeFallbackDeployment } from '../src/scenario/origins.ts';
import type { ServerConfig } from './config.ts';
import { handle, type HandlerDeps } from './handler.ts';
import { createHttpServer, DEFAULT_HTTP_OPTIONS, type HttpOptions } from './http.ts';
import { ConfigCache } from './config-cache.ts';
import { inflateRaw } from './inflate.ts';
import { RequestLog } from './request-log.ts';
import { createStaticFiles } from './static-files.ts';
import { createSessionIds } from './session-ids.ts';
import { loadPatternEngine } from '../src/policy/origin-pattern.ts';
import { PROBE_LIMITS } from '../src/check/types.ts';
import { answerCheckRoute, type CheckDeps } from './check/endpoints.ts';
import { createRateLimiter } from './check/rate-limit.ts';

export interface Playground {
  deps: HandlerDeps;
  appPort: number;
  apiPort: number;
  close(graceMs?: number): Promise<void>;
}

export async function startPlayground(config: ServerConfig, http: HttpOptions = DEFAULT_HTTP_OPTIONS): Promise<Playground> {
  // Before the first request: a pattern must never be "still being checked" here.
  await loadPatternEngine();
  let deps: HandlerDeps | null = null;
  const ready = () => {
    if (!deps) throw new Error('the playground is still starting');
    return deps;
  };
  const rateLimiter = createRateLimiter(PROBE_LIMITS.perClientPerMinute);
  const checkDeps = (): CheckDeps => ({ deployment: ready().deployment, fallback: ready().fallback, publicMode: config.publicMode === true, rateLimiter });
  // The check's routes wait for the probe; every other route answers at once.
  const app = createHttpServer((request) => answerCheckRoute(request, checkDeps()) ?? handle('app', request, ready()), http);
  const api = createHttpServer((request) => handle('api', request, ready()), http);
  const appPort = await app.listen(config.appPort, config.host);
  const apiPort = await api.listen(config.apiPort, config.host).catch(async (error: unknown) => {
    await app.close(0);
    throw error;
  });
  const publicAppPort = config.appPublicPort ?? appPort;
  deps = {
    deployment: makeDeployment(config.site, publicAppPort, apiPort),
    fallback: makeFallbackDeployment(publicAppPort, apiPort),
    log: new RequestLog(),
    sessions: createSessionIds(),
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
    },
  };
}
