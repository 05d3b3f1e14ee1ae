// A pasted error's scenario must make the engine (and, in e2e/check-ui.spec.ts,
// the real browser) fail with the same CorsError and the same parameter.
import { describe, expect, it } from 'vitest';
import { predictScenario } from '../../engine/test-support.ts';
import { parseScenario } from '../../scenario/parse.ts';
import { recognisePastedError } from './recognise.ts';
import { pathOf, reproduce } from './reproduce.ts';
import { plainWords } from './words.ts';

const head = (origin = 'http://localhost:3000') => `Access to fetch at 'http://localhost:8080/api/items' from origin '${origin}' has been blocked by CORS policy: `;
const PRE = "Response to preflight request doesn't pass access control check: ";

// [pasted reason, the CorsError the engine must predict for the scenario, its failed parameter (after token resolution: "" when none)]
const CASES: Array<[string, string, string]> = [
  ["No 'Access-Control-Allow-Origin' header is present on the requested resource.", 'MissingAllowOriginHeader', ''],
  ["The 'Access-Control-Allow-Origin' header has a value 'http://localhost:3001' that is not equal to the supplied origin.", 'AllowOriginMismatch', 'http://localhost:3001'],
  ["The 'Access-Control-Allow-Origin' header contains the invalid value '*.example.com'.", 'InvalidAllowOriginValue', '*.example.com'],
  ["The 'Access-Control-Allow-Origin' header contains multiple values 'http://localhost:3000, http://localhost:3000', but only one is allowed.", 'MultipleAllowOriginValues', 'http://localhost:3000, http://localhost:3000'],
  ["The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.", 'WildcardOriginNotAllowed', ''],
  ["The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.", 'InvalidAllowCredentials', ''],
  ["The value of the 'Access-Control-Allow-Credentials' header in the response is 'yes' which must be 'true' when the request's credentials mode is 'include'.", 'InvalidAllowCredentials', 'yes'],
  [PRE + 'It does not have HTTP ok status.', 'PreflightInvalidStatus', ''],
  [PRE + 'Redirect is not allowed for a preflight request.', 'PreflightDisallowedRedirect', ''],
  [PRE + "No 'Access-Control-Allow-Origin' header is present on the requested resource.", 'PreflightMissingAllowOriginHeader', ''],
  [PRE + "The 'Access-Control-Allow-Origin' header has a value 'https://example.com' that is not equal to the supplied origin.", 'PreflightAllowOriginMismatch', 'https://example.com'],
  [PRE + "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.", 'PreflightWildcardOriginNotAllowed', ''],
  [PRE + "The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.", 'PreflightInvalidAllowCredentials', ''],
  ['Cannot parse Access-Control-Allow-Methods response header field in preflight response.', 'InvalidAllowMethodsPreflightResponse', ''],
  ['Cannot parse Access-Control-Allow-Headers response header field in preflight response.', 'InvalidAllowHeadersPreflightResponse', ''],
  ['Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response.', 'MethodDisallowedByPreflightResponse', 'DELETE'],
  ['Request header field x-api-key is not allowed by Access-Control-Allow-Headers in preflight response.', 'HeaderDisallowedByPreflightResponse', 'x-api-key'],
  ["Redirect location 'http://user:pass@localhost:8081/next' contains a username and password, which is disallowed for cross-origin requests.", 'RedirectContainsCredentials', ''],
  // Local Network Access (Chrome 142+), as Chromium 156 printed them.
  ['Permission was denied for this request to access the `loopback` address space.', 'LocalNetworkAccessPermissionDenied', ''],
  ['Request had a target IP address space of `local` yet the resource is in address space `loopback`.', 'InvalidLocalNetworkAccess', ''],
  ['Request had a target IP address space of `public` yet the resource is in address space `loopback`.', 'InvalidLocalNetworkAccess', ''],
  ['The request client is not a secure context and the resource is in more-private address space `loopback`.', 'InsecureLocalNetwork', ''],
];

describe('reproduce', () => {
  it.each(CASES)('%s', (reason, corsError, parameter) => {
    const r = recognisePastedError(head() + reason);
    if (!r.ok) throw new Error(r.message);
    const scenario = reproduce(r.error);
    expect(scenario).not.toBeNull();
    // The scenario is valid as a link carries it.
    expect(parseScenario(JSON.stringify(scenario)).ok).toBe(true);
    expect(scenario!.request.path).toBe('/api/items');
    const p = predictScenario(scenario!);
    expect(p.corsError).toBe(corsError);
    expect(p.failedParameter).toBe(parameter);
    expect(plainWords(r.error.errors, r.error.name, r.error.params)).not.toBe(corsError);
  });

  it('comes from the null origin when the message says so, and reproduces a Firefox and a Safari message', () => {
    const fromNull = recognisePastedError(head('null') + "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    expect(fromNull.ok && reproduce(fromNull.error)!.request.from).toBe('null');
    const firefox = recognisePastedError("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:8080/v1/me. (Reason: Did not find method in CORS header 'Access-Control-Allow-Methods').");
    expect(firefox.ok && predictScenario(reproduce(firefox.error)!).corsError).toBe('MethodDisallowedByPreflightResponse');
    const safari = recognisePastedError('[Error] Preflight response is not successful. Status code: 401');
    const s = safari.ok ? reproduce(safari.error)! : null;
    expect(s?.server.type === 'raw' && s.server.preflight.status).toBe(401);
    expect(predictScenario(s!).corsError).toBe('PreflightInvalidStatus');
  });

  it('reads the address spaces of a Local Network Access message, and places the page in public to reproduce a denial', () => {
    const invalid = recognisePastedError(head() + 'Request had a target IP address space of `public` yet the resource is in address space `loopback`.');
    expect(invalid.ok && invalid.error.params).toMatchObject({ target: 'public', space: 'loopback' });
    expect(invalid.ok && reproduce(invalid.error)!.request.targetAddressSpace).toBe('public');
    const denied = recognisePastedError(head() + 'Permission was denied for this request to access the `loopback` address space.');
    expect(denied.ok && denied.error.params.space).toBe('loopback');
    expect(denied.ok && reproduce(denied.error)!.network).toEqual({ page: 'public', permission: 'denied' });
  });

  it('has no scenario for what the playground cannot produce', () => {
    const scheme = recognisePastedError(head() + 'Cross origin requests are only supported for protocol schemes: http, https.');
    expect(scheme.ok && reproduce(scheme.error)).toBeNull();
  });

  it('takes the path and query of the first URL of a redirect', () => {
    expect(pathOf('http://localhost:8080/a/b?c=d#e')).toBe('/a/b?c=d');
    expect(pathOf('not a url')).toBe('/api/data');
    const r = recognisePastedError("Access to fetch at 'https://api.test/v2/' (redirected from 'http://api.test/v2?x=1') from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    expect(r.ok && reproduce(r.error)!.request.path).toBe('/v2?x=1');
  });
});
