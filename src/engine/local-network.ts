// Local Network Access (Chromium 142+, services/network/local_network_access_checker.cc;
// Firefox's netwerk/protocol/http/nsHttpChannel.cpp): before a request leaves for an
// address, the browser compares the page's IP address space with the resource's. Run
// before the preflight and the request of every hop, so a refusal sends nothing at all
// (observed in Chromium 156 and Firefox 153: the server received neither an OPTIONS nor
// the request). Where the engines differ: engine-differences.ts (LocalNetworkRules).
import type { AddressSpace, NetworkPlacement } from '../scenario/types.ts';
import type { FetchContext, FetchOutcome, RequestState } from './context.ts';
import type { CorsError } from './decision.ts';
import { step } from './explain.ts';

/** The three CorsErrors of Local Network Access. */
export type LocalNetworkErrorName = 'LocalNetworkAccessPermissionDenied' | 'InvalidLocalNetworkAccess' | 'InsecureLocalNetwork';
export const LOCAL_NETWORK_ERRORS: readonly LocalNetworkErrorName[] = ['LocalNetworkAccessPermissionDenied', 'InvalidLocalNetworkAccess', 'InsecureLocalNetwork'];

export function isLocalNetworkError(name: string): name is LocalNetworkErrorName {
  return (LOCAL_NETWORK_ERRORS as readonly string[]).includes(name);
}

/** What the check needs beside the request: the page's placement and the one address it covers. */
export interface NetworkEnvironment {
  placement: NetworkPlacement;
  /**
   * The app's port. Every playground name resolves to 127.0.0.1, and the override switch places
   * 127.0.0.1:<app port>, where every page and runner origin is served: a URL on that port is in
   * the page's space; every other port (the API's) stays loopback.
   */
  appPort: string;
}

/** The address space a hop's URL resolves to. */
export function resourceSpace(state: RequestState, env: NetworkEnvironment): AddressSpace {
  return state.url.port === env.appPort ? env.placement.page : 'loopback';
}

/** Chromium's IsLessPublicAddressSpaceLNA: loopback is folded into local, so only public → local/loopback is gated. */
function lessPublic(resource: AddressSpace, page: AddressSpace): boolean {
  return page === 'public' && resource !== 'public';
}

/** The check for one hop: a CORS error (nothing is sent) or null (the hop goes on, or the engine's LNA is not modelled). */
export function localNetworkAccessCheck(state: RequestState, ctx: FetchContext): FetchOutcome | null {
  const rules = ctx.rules.localNetworkAccess;
  if (!rules) return null;
  const env = ctx.network;
  const target = state.request.targetAddressSpace;
  const resource = resourceSpace(state, env);
  const page = env.placement.page;
  const refuse = (error: CorsError): FetchOutcome => ({ kind: 'cors-error', failure: error, detail: '', lastUrl: state.url.href });
  // 1. fetch()'s targetAddressSpace, when given, must name the resource's real space, whatever the
  //    page's (observed: a loopback page with targetAddressSpace "local" is refused too).
  //    Gecko ≠ Chromium: not a Firefox option, so never a reason to refuse (observed: Firefox 153, lna-public-target-public).
  if (target !== undefined && !rules.checksTargetAddressSpace) ctx.trace.push(step('lna-target-ignored', 'info', { target }));
  else if (target !== undefined && target !== resource) {
    ctx.trace.push(step('lna-target', 'fail', { target, resource }));
    return refuse({ name: 'InvalidLocalNetworkAccess', pageSpace: page, resourceSpace: resource, targetSpace: target });
  }
  const said = target !== undefined || ctx.networkSaid;
  // 2. Only a request to a less public space is gated (local → loopback is not, "at present").
  if (!lessPublic(resource, page)) {
    if (said) ctx.trace.push(step('lna-not-gated', 'info', { page, resource }));
    return null;
  }
  // 3. A page that is not a secure context may not reach a more private space at all (Chromium;
  //    Firefox asks for the permission as for any page).
  if (env.placement.secureContext === false && rules.refusesInsecurePages) {
    ctx.trace.push(step('lna-insecure', 'fail', { page, resource }));
    return refuse({ name: 'InsecureLocalNetwork', pageSpace: page, resourceSpace: resource });
  }
  // 4. The page needs the user's permission (headless Chromium does not prompt: denied unless granted).
  if (env.placement.permission === 'denied') {
    ctx.trace.push(step('lna-permission', 'fail', { page, resource }));
    return refuse({ name: 'LocalNetworkAccessPermissionDenied', pageSpace: page, resourceSpace: resource });
  }
  ctx.trace.push(step('lna-permission', 'pass', { page, resource }));
  return null;
}
