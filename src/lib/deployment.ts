// Which origins this playground uses. The server says where the roles live
// (/__env); if this page is not on the app origin and the API name does not
// resolve, the loopback fallback is used and the page says what that costs.
import { makeDeployment, type Deployment } from '../scenario/origins.ts';
import type { EnvResponse } from './server-api.ts';

export interface DeploymentChoice {
  deployment: Deployment;
  /** Set when the page should tell the learner something about the origins. */
  notice: null | { kind: 'fallback'; shared: SharedOrigin[] } | { kind: 'move'; appUrl: string } | { kind: 'no-server'; error: string };
}

const ROLE_LABELS: [keyof Deployment, string][] = [
  ['app', 'the app'],
  ['admin', 'the admin front end'],
  ['sibling', 'the same-site origin'],
  ['crossSite', 'the cross-site attacker'],
  ['api', 'the API'],
  ['api2', 'the second API'],
];

export interface SharedOrigin {
  origin: string;
  roles: string[];
}

/** The origins that more than one role uses in this deployment. */
export function sharedOrigins(d: Deployment): SharedOrigin[] {
  const byOrigin = new Map<string, string[]>();
  for (const [key, label] of ROLE_LABELS) {
    const origin = String(d[key]);
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), label]);
  }
  return [...byOrigin.entries()].filter(([, roles]) => roles.length > 1).map(([origin, roles]) => ({ origin, roles }));
}

export interface DiscoverDeps {
  pageOrigin: string;
  env: () => Promise<EnvResponse>;
  /** Resolves true when the API answers its /__ping from this page. */
  ping: (api: string) => Promise<boolean>;
}

export async function discoverDeployment(deps: DiscoverDeps): Promise<DeploymentChoice> {
  let env: EnvResponse;
  try {
    env = await deps.env();
  } catch (e) {
    return { deployment: makeDeployment(), notice: { kind: 'no-server', error: (e as Error).message } };
  }
  if (deps.pageOrigin === env.deployment.app) return { deployment: env.deployment, notice: null };
  if (await deps.ping(env.deployment.api)) {
    return { deployment: env.deployment, notice: { kind: 'move', appUrl: env.deployment.app + '/' } };
  }
  return { deployment: env.fallback, notice: { kind: 'fallback', shared: sharedOrigins(env.fallback) } };
}

export async function pingApi(api: string): Promise<boolean> {
  try {
    const response = await fetch(`${api}/__ping`, { cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}
