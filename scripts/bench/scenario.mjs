// The scenario every HTTP benchmark serves: what a real API's CORS middleware
// is configured with (two allowed front ends, a method and header allow-list,
// credentials, exposed headers, a max-age), as our policy server gets it (a
// config segment in the URL) and as the requests a browser would send.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { makeDeployment } from '../../build/server/src/scenario/origins.js';
import { resolveServerSide } from '../../build/server/src/scenario/resolve.js';
import { encodeServerSide } from '../../build/server/src/scenario/wire.js';
import { apiUrl } from '../../build/server/src/scenario/api-path.js';
import { DEFAULT_POLICY } from '../../build/server/src/scenario/defaults.js';

export const SITE = 'playground.localhost';

export const POLICY = {
  ...DEFAULT_POLICY,
  allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] },
  allowMethods: { type: 'list', values: ['GET', 'POST', 'PUT', 'DELETE'] },
  allowHeaders: { type: 'list', values: ['Content-Type', 'Authorization', 'X-Requested-With'] },
  exposeHeaders: ['X-Request-Id'],
  allowCredentials: true,
  maxAge: 600,
};

/** A session id of the form the page made before the server issued them (enough for bare and Express). */
export const madeUpSessionId = () => randomBytes(16).toString('base64url');

function getJson(port, host, path) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      })
      .on('error', reject);
  });
}

/**
 * `count` session ids as a tab gets them: from the app host's GET /__session
 * when the server issues (and checks) them, else made up as pages once did.
 */
export async function sessionIds(appPort, count) {
  const d = makeDeployment(SITE, appPort);
  const host = new URL(d.app).host;
  const ids = [];
  for (let i = 0; i < count; i++) {
    const { status, body } = await getJson(appPort, host, '/__session');
    if (status === 404) return Array.from({ length: count }, madeUpSessionId);
    if (status !== 200) throw new Error(`GET /__session answered ${status}: ${body}`);
    ids.push(JSON.parse(body).session);
  }
  return ids;
}

/** Everything a load generator needs to hit one server the way a browser would. */
export async function benchTarget(appPort, apiPort, path = '/api/items/42?view=full') {
  const d = makeDeployment(SITE, appPort, apiPort);
  const config = await encodeServerSide(resolveServerSide({ type: 'policy', policy: POLICY }, d));
  const host = new URL(d.api).host;
  const common = { host, origin: d.app, accept: '*/*', 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'same-site', 'user-agent': 'bench' };
  return {
    deployment: d,
    /** The request target for one session (its own record, as each tab has). */
    target: (session) => new URL(apiUrl(d.api, session, config, path)).pathname + new URL(apiUrl(d.api, session, config, path)).search,
    preflight: { method: 'OPTIONS', headers: { ...common, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' } },
    actual: { method: 'GET', headers: { ...common, cookie: 'pg_session=abc' } },
  };
}
