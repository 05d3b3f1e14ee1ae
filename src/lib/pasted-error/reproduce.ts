// A scenario that makes the real browser fail the same way as a pasted error:
// the request it implies, and raw server lines that break the same rule. One
// row per error (data); an error the playground cannot produce has no row.
import type { CorsErrorName } from '../../engine/types.ts';
import type { AddressSpace, HeaderList, NetworkPlacement, RawResponse, Scenario, ScenarioRequest } from '../../scenario/types.ts';
import { ADDRESS_SPACES, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { ErrorParams, PastedError } from './recognise.ts';

type Row = { request?: Partial<ScenarioRequest>; preflight?: RawResponse; actual?: RawResponse; network?: NetworkPlacement };
type Build = (p: ErrorParams) => Row;

const line = (name: string, value: string): [string, string] => [name, value];
const acao = (v: string) => line('Access-Control-Allow-Origin', v);
const acam = (v: string) => line('Access-Control-Allow-Methods', v);
const acac = (v: string) => line('Access-Control-Allow-Credentials', v);
const answer = (status: number, ...headers: HeaderList): RawResponse => ({ status, headers });
/** An answer that passes for whoever asks: the failure is elsewhere. */
const ALLOWED = answer(200, acao('{origin}'));
/** A request that must be preflighted, and a preflight answer allowing it but for `broken`. */
const PUT = { method: 'PUT' };
const preflightWith = (...headers: HeaderList): Row => ({ request: PUT, preflight: answer(204, ...headers), actual: ALLOWED });
const withCredentials = { credentials: 'include' as const };
const credentialsLine = (p: ErrorParams) => (p.value ? [acac(p.value)] : []);

export const REPRODUCTIONS: Partial<Record<CorsErrorName, Build>> = {
  MissingAllowOriginHeader: () => ({ actual: answer(200) }),
  AllowOriginMismatch: (p) => ({ actual: answer(200, acao(p.value ?? 'https://another.example')) }),
  InvalidAllowOriginValue: (p) => ({ actual: answer(200, acao(p.value ?? 'not an origin')) }),
  MultipleAllowOriginValues: (p) => ({ actual: answer(200, acao(p.value ?? '{origin}, https://another.example')) }),
  WildcardOriginNotAllowed: () => ({ request: withCredentials, actual: answer(200, acao('*')) }),
  InvalidAllowCredentials: (p) => ({ request: withCredentials, actual: answer(200, acao('{origin}'), ...credentialsLine(p)) }),
  PreflightMissingAllowOriginHeader: () => preflightWith(acam('PUT')),
  PreflightAllowOriginMismatch: (p) => preflightWith(acao(p.value ?? 'https://another.example'), acam('PUT')),
  PreflightInvalidAllowOriginValue: (p) => preflightWith(acao(p.value ?? 'not an origin'), acam('PUT')),
  PreflightMultipleAllowOriginValues: (p) => preflightWith(acao(p.value ?? '{origin}, https://another.example'), acam('PUT')),
  PreflightWildcardOriginNotAllowed: () => ({ ...preflightWith(acao('*'), acam('PUT')), request: { ...PUT, ...withCredentials } }),
  PreflightInvalidAllowCredentials: (p) => ({ ...preflightWith(acao('{origin}'), acam('PUT'), ...credentialsLine(p)), request: { ...PUT, ...withCredentials } }),
  PreflightInvalidStatus: (p) => ({ request: PUT, preflight: answer(Number(p.status ?? 404), acao('{origin}'), acam('PUT')), actual: ALLOWED }),
  PreflightDisallowedRedirect: () => ({ request: PUT, preflight: answer(301, acao('{origin}'), line('Location', '{api}/elsewhere')), actual: ALLOWED }),
  InvalidAllowMethodsPreflightResponse: () => preflightWith(acao('{origin}'), acam('PUT, Bad method')),
  InvalidAllowHeadersPreflightResponse: () => ({
    request: { headers: [['X-Custom', '1']] },
    preflight: answer(204, acao('{origin}'), line('Access-Control-Allow-Headers', 'X-Custom, bad header')),
    actual: ALLOWED,
  }),
  MethodDisallowedByPreflightResponse: (p) => ({ request: { method: p.method ?? 'PUT' }, preflight: answer(204, acao('{origin}'), acam('GET, HEAD, POST')), actual: ALLOWED }),
  HeaderDisallowedByPreflightResponse: (p) => ({ request: { headers: [[p.header ?? 'X-Custom', '1']] }, preflight: answer(204, acao('{origin}')), actual: ALLOWED }),
  RedirectContainsCredentials: () => ({ actual: answer(302, acao('*'), line('Location', 'http://user:pass@{api2-host}/next')) }),
  // Local Network Access: the API is on loopback here, so the page is placed in public (the model
  // says so; the real run shows it only in a Chromium started with the override switch).
  LocalNetworkAccessPermissionDenied: () => ({ network: { page: 'public', permission: 'denied' } }),
  InsecureLocalNetwork: () => ({ network: { page: 'public', permission: 'denied', secureContext: false } }),
  InvalidLocalNetworkAccess: (p) => ({ request: { targetAddressSpace: wrongSpace(p.target) } }),
};

/** The pasted target space when it is one and is not loopback (the API's space here), else "local". */
function wrongSpace(target: string | undefined): AddressSpace {
  return ADDRESS_SPACES.find((s) => s === target && s !== 'loopback') ?? 'local';
}

/** Failures that are not CorsErrors but that a request alone reproduces. */
const OTHER_REPRODUCTIONS: Record<string, Build> = {
  'same-origin-mode': () => ({ request: { mode: 'same-origin' }, actual: ALLOWED }),
  'no-cors-redirect-mode': () => ({ request: { mode: 'no-cors', redirect: 'error' }, actual: ALLOWED }),
};

const MAX_PATH = 512;

/** The URL's path and query, as the scenario keeps it ("/api/data" when the URL cannot be read). */
export function pathOf(url: string | undefined): string {
  try {
    const u = new URL(url ?? '');
    const path = u.pathname + u.search;
    return path.length <= MAX_PATH ? path : DEFAULT_REQUEST.path;
  } catch {
    return DEFAULT_REQUEST.path;
  }
}

// Raw lines may not hold control characters: a pasted value loses them.
const clean = (p: ErrorParams): ErrorParams =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.replace(/[\u0000-\u001f\u007f]/g, '')])) as ErrorParams;

/** The scenario, or null when the playground cannot make this failure happen (its row says why not). */
export function reproduce(found: PastedError): Scenario | null {
  const error = found.errors[0];
  const build = error ? REPRODUCTIONS[error] : OTHER_REPRODUCTIONS[found.name];
  if (!build) return null;
  const params = clean(found.params);
  const row = build(params);
  const request: ScenarioRequest = {
    ...DEFAULT_REQUEST,
    from: params.origin === 'null' ? 'null' : 'app',
    // The request went to the first URL; a redirect took it to the one named first.
    path: pathOf(params.redirectedFrom ?? params.url),
    ...row.request,
  };
  return {
    version: 1,
    title: `Reproduces a pasted ${found.browser === 'chromium' ? 'Chrome' : found.browser === 'firefox' ? 'Firefox' : 'Safari'} error: ${error ?? found.name}`,
    request,
    server: { type: 'raw', preflight: row.preflight ?? answer(204, acao('{origin}')), actual: row.actual ?? ALLOWED },
    ...(row.network ? { network: row.network } : {}),
  };
}
