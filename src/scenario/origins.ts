// Where each role lives on one deployment, and how the role tokens of a
// scenario ({app}, {api}, …) become real origins there.
import type { OriginRole, ScenarioRequest } from './types.ts';
import { PROXY_PREFIX } from './api-path.ts';

/** Serialized origins (scheme://host[:port]) of one running playground. */
export interface Deployment {
  /** The registrable "site" the app and API share, e.g. "playground.localhost". */
  site: string;
  app: string;
  admin: string;
  sibling: string;
  crossSite: string;
  /** The policy server. */
  api: string;
  /** A second API origin, the target of "other-origin" redirects. */
  api2: string;
  /** True when *.localhost names do not resolve and plain loopback names stand in. */
  fallback: boolean;
}

export const DEFAULT_SITE = 'playground.localhost';
export const DEFAULT_APP_PORT = 5173;
export const DEFAULT_API_PORT = 8787;

export function makeDeployment(site = DEFAULT_SITE, appPort = DEFAULT_APP_PORT, apiPort = DEFAULT_API_PORT): Deployment {
  return {
    site,
    app: `http://app.${site}:${appPort}`,
    admin: `http://admin.${site}:${appPort}`,
    sibling: `http://evil.${site}:${appPort}`,
    crossSite: `http://evil.localhost:${appPort}`,
    api: `http://api.${site}:${apiPort}`,
    api2: `http://api2.${site}:${apiPort}`,
    fallback: false,
  };
}

/**
 * For browsers that do not resolve *.localhost: localhost and 127.0.0.1 are
 * still two origins. Roles that need a third host name share one of these and
 * the page says so.
 */
export function makeFallbackDeployment(appPort = DEFAULT_APP_PORT, apiPort = DEFAULT_API_PORT): Deployment {
  return {
    site: 'localhost',
    app: `http://localhost:${appPort}`,
    admin: `http://127.0.0.1:${appPort}`,
    sibling: `http://127.0.0.1:${appPort}`,
    crossSite: `http://127.0.0.1:${appPort}`,
    api: `http://127.0.0.1:${apiPort}`,
    api2: `http://localhost:${apiPort}`,
    fallback: true,
  };
}

/** The origin of the runner page for a role, as the browser serializes it. */
export function pageOrigin(role: OriginRole, d: Deployment): string {
  switch (role) {
    case 'app':
    case 'same-origin':
      return d.app;
    case 'admin':
      return d.admin;
    case 'sibling':
      return d.sibling;
    case 'cross-site':
      return d.crossSite;
    case 'null':
      return 'null';
  }
}

/** Where the runner page is loaded from (a sandboxed frame still loads from a URL). */
export function runnerHost(role: OriginRole, d: Deployment): string {
  return role === 'null' ? d.app : pageOrigin(role, d);
}

/**
 * The origin the request is sent to. A same-origin experiment targets the
 * page's own origin: the app port answers API paths too, so no HTML is ever
 * served from the API origin.
 */
export function targetOrigin(role: OriginRole, d: Deployment): string {
  return role === 'same-origin' ? d.app : d.api;
}

/**
 * Where the request's API URL starts: the target origin, or the app origin's
 * /proxy/ route (request.proxy), which forwards to the API whatever page calls it.
 */
export function requestBase(request: Pick<ScenarioRequest, 'from' | 'proxy'>, d: Deployment): string {
  return request.proxy ? d.app + PROXY_PREFIX : targetOrigin(request.from, d);
}

const TOKENS: Record<string, (d: Deployment) => string> = {
  '{app}': (d) => d.app,
  '{admin}': (d) => d.admin,
  '{sibling}': (d) => d.sibling,
  '{cross-site}': (d) => d.crossSite,
  '{api}': (d) => d.api,
  '{api2}': (d) => d.api2,
  '{site}': (d) => d.site,
  // host:port alone, to write a URL with user-info: http://user:pass@{api2-host}/next
  '{api-host}': (d) => d.api.replace(/^[a-z]+:\/\//, ''),
  '{api2-host}': (d) => d.api2.replace(/^[a-z]+:\/\//, ''),
  // The app's port alone, to write the app's address under another name: http://127.0.0.1:{app-port}
  '{app-port}': (d) => /:(\d+)$/.exec(d.app)?.[1] ?? '80',
};

/**
 * Replaces role tokens with this deployment's origins. `{origin}` (the
 * request's Origin header, for raw responses) is left for the server.
 */
export function resolveTokens(text: string, d: Deployment): string {
  return text.replace(/\{[a-z0-9-]+\}/g, (token) => TOKENS[token]?.(d) ?? token);
}

/** The reverse of resolveTokens for origins, so a scenario saved from the page stays portable. */
export function tokenizeOrigins(text: string, d: Deployment): string {
  let out = text;
  for (const [token, origin] of Object.entries(TOKENS)) {
    if (token === '{site}' || token.endsWith('-host}') || token.endsWith('-port}')) continue;
    out = out.split(origin(d)).join(token);
  }
  return out;
}
