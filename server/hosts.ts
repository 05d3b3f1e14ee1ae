// Which origin a request was sent to, read from its Host header, and the
// origins a redirect may point at. The Host value ends up in URLs and in
// Location headers, so only plain host[:port] forms are accepted.
import type { Deployment } from '../src/scenario/origins.ts';
import type { HeaderList } from '../src/scenario/types.ts';

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** "http://<host>" for a well-formed Host header, else null. */
export function requestOrigin(headers: HeaderList): string | null {
  const host = headerValue(headers, 'host');
  return host !== undefined && HOST.test(host) ? `http://${host.toLowerCase()}` : null;
}

export interface Deployments {
  deployment: Deployment;
  fallback: Deployment;
}

/** Which of the two deployments an origin belongs to (the fallback's names are plain loopback ones). */
export function deploymentOf(origin: string, { deployment, fallback }: Deployments): Deployment {
  const fallbackOrigins = [fallback.app, fallback.admin, fallback.sibling, fallback.crossSite, fallback.api, fallback.api2];
  return fallbackOrigins.includes(origin) ? fallback : deployment;
}

/** The origins the login cookie may be set from: the playground's own front end. */
export function appOrigins({ deployment, fallback }: Deployments): string[] {
  return [deployment.app, fallback.app];
}

/**
 * Whether a request was sent to the app origin itself (normal or fallback),
 * as opposed to another role's host name on the same port (admin., evil., …).
 * `origin` is what requestOrigin made of the Host header.
 */
export function isAppOrigin(origin: string, deps: Deployments): boolean {
  return appOrigins(deps).includes(origin);
}
