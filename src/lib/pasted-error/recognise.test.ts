// Every Chromium CorsError template of reference/chromium-cors.md §4.2 (in the
// forms Chromium 156 and older builds print), every Firefox reason of §5, and
// WebKit's wordings: pasted as a developer copies them, named by hand here.
import { describe, expect, it } from 'vitest';
import { recognisePastedError, type PastedError } from './recognise.ts';

const URL = 'http://localhost:8080/api/items?page=2';
const ORIGIN = 'http://localhost:3000';
const head = `Access to fetch at '${URL}' from origin '${ORIGIN}' has been blocked by CORS policy: `;
const PRE = "Response to preflight request doesn't pass access control check: ";
const S1 = " If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.";
const S2_OLD = " Have the server send the header with a valid value, or, if an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.";
const S2_156 = ' Have the server send the header with a valid value.';

function read(text: string): PastedError {
  const r = recognisePastedError(text);
  if (!r.ok) throw new Error(r.message);
  return r.error;
}

describe('Chromium messages', () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ['Cross origin requests are not allowed by request mode.', 'DisallowedByMode', {}],
    ['The response is invalid.', 'InvalidResponse', {}],
    ["The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.", 'WildcardOriginNotAllowed', {}],
    ["No 'Access-Control-Allow-Origin' header is present on the requested resource." + S1, 'MissingAllowOriginHeader', {}],
    ["No 'Access-Control-Allow-Origin' header is present on the requested resource.", 'MissingAllowOriginHeader', {}],
    ["The 'Access-Control-Allow-Origin' header contains multiple values 'http://localhost:3000, *', but only one is allowed." + S2_OLD, 'MultipleAllowOriginValues', { value: 'http://localhost:3000, *' }],
    ["The 'Access-Control-Allow-Origin' header contains the invalid value ''." + S2_156, 'InvalidAllowOriginValue', { value: '' }],
    ["The 'Access-Control-Allow-Origin' header has a value 'http://localhost:3001' that is not equal to the supplied origin." + S2_156, 'AllowOriginMismatch', { value: 'http://localhost:3001' }],
    ["The 'Access-Control-Allow-Origin' header has a value 'https://app.example.com/' that is not equal to the supplied origin." + S2_OLD, 'AllowOriginMismatch', { value: 'https://app.example.com/' }],
    ["The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.", 'InvalidAllowCredentials', { value: '' }],
    ['Cross origin requests are only supported for protocol schemes: chrome, chrome-extension, chrome-untrusted, data, http, https, isolated-app.', 'CorsDisabledScheme', { scheme: 'chrome, chrome-extension, chrome-untrusted, data, http, https, isolated-app' }],
    ['Cross origin requests are only supported for protocol schemes: http, data, chrome, https.', 'CorsDisabledScheme', { scheme: 'http, data, chrome, https' }],
    [PRE + 'It does not have HTTP ok status.', 'PreflightInvalidStatus', {}],
    [PRE + 'Redirect is not allowed for a preflight request.', 'PreflightDisallowedRedirect', {}],
    [PRE + "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.", 'PreflightWildcardOriginNotAllowed', {}],
    [PRE + "No 'Access-Control-Allow-Origin' header is present on the requested resource." + S1, 'PreflightMissingAllowOriginHeader', {}],
    [PRE + "The 'Access-Control-Allow-Origin' header contains multiple values '*, *', but only one is allowed." + S2_156, 'PreflightMultipleAllowOriginValues', { value: '*, *' }],
    [PRE + "The 'Access-Control-Allow-Origin' header contains the invalid value 'NULL'." + S2_156, 'PreflightInvalidAllowOriginValue', { value: 'NULL' }],
    [PRE + "The 'Access-Control-Allow-Origin' header has a value 'http://localhost:5173' that is not equal to the supplied origin." + S2_OLD, 'PreflightAllowOriginMismatch', { value: 'http://localhost:5173' }],
    [PRE + "The value of the 'Access-Control-Allow-Credentials' header in the response is 'TRUE' which must be 'true' when the request's credentials mode is 'include'.", 'PreflightInvalidAllowCredentials', { value: 'TRUE' }],
    ['Cannot parse Access-Control-Allow-Methods response header field in preflight response.', 'InvalidAllowMethodsPreflightResponse', {}],
    ['Cannot parse Access-Control-Allow-Headers response header field in preflight response.', 'InvalidAllowHeadersPreflightResponse', {}],
    ['Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.', 'MethodDisallowedByPreflightResponse', { method: 'PATCH' }],
    ['Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.', 'HeaderDisallowedByPreflightResponse', { header: 'authorization' }],
    ["Redirect location 'http://user:pass@localhost:8081/next' contains a username and password, which is disallowed for cross-origin requests.", 'RedirectContainsCredentials', { value: 'http://user:pass@localhost:8081/next' }],
    ["Redirect location '' contains a username and password, which is disallowed for cross-origin requests.", 'RedirectContainsCredentials', { value: '' }],
  ];

  it.each(cases)('%s', (reason, error, params) => {
    const found = read(head + reason);
    expect(found.browser).toBe('chromium');
    expect(found.errors).toEqual([error]);
    expect(found.params).toEqual({ url: URL, origin: ORIGIN, ...params });
    expect(found.preflight).toBe(error.startsWith('Preflight') || error.endsWith('PreflightResponse'));
  });

  it('reads the redirect and the null origin, and other kinds of request', () => {
    const found = read("Access to XMLHttpRequest at 'https://api.example.com/v2/' (redirected from 'http://api.example.com/v2') from origin 'null' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    expect(found.params).toEqual({ url: 'https://api.example.com/v2/', redirectedFrom: 'http://api.example.com/v2', origin: 'null' });
    expect(read("Access to script at 'http://cdn.test/a.js' from origin 'http://a.test' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.").errors).toEqual(['MissingAllowOriginHeader']);
  });

  it('finds the message among the other lines DevTools copies, and a message wrapped over two lines', () => {
    const pasted = [
      "index.js:12  Access to fetch at 'http://localhost:8080/login' from origin 'http://localhost:3000' has been blocked by CORS policy: Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response.",
      'index.js:12   DELETE http://localhost:8080/login net::ERR_FAILED',
      'Uncaught (in promise) TypeError: Failed to fetch',
    ].join('\n');
    expect(read(pasted)).toMatchObject({ errors: ['MethodDisallowedByPreflightResponse'], params: { method: 'DELETE', url: 'http://localhost:8080/login' } });
    const wrapped = "Access to fetch at 'http://localhost:8080/api' from origin 'http://localhost:3000' has been blocked by CORS policy:\nRequest header field x-api-key is not allowed by Access-Control-Allow-Headers in preflight response.";
    expect(read(wrapped)).toMatchObject({ errors: ['HeaderDisallowedByPreflightResponse'], params: { header: 'x-api-key' } });
  });

  it('reads the failures that are not CorsErrors', () => {
    expect(read('Fetch API cannot load http://localhost:8080/api. Request mode is "same-origin" but the URL\'s origin is not same as the request origin http://localhost:3000.'))
      .toMatchObject({ errors: [], name: 'same-origin-mode', params: { url: 'http://localhost:8080/api', origin: 'http://localhost:3000' } });
    expect(read('Fetch API cannot load http://localhost:8080/r. Request mode is "no-cors" but the redirect mode is not "follow".').name).toBe('no-cors-redirect-mode');
    expect(read('Fetch API cannot load file:///C:/data.json. URL scheme "file" is not supported.')).toMatchObject({ name: 'unsupported-scheme', params: { scheme: 'file' } });
    expect(read("Access to fetch at 'http://localhost:8080/api' from origin 'https://app.example.com' has been blocked by CORS policy: Permission was denied for this request to access the `loopback` address space.").name).toBe('LocalNetworkAccessPermissionDenied');
  });
});

describe('Firefox messages', () => {
  const banner = (reason: string) => `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:8080/api. (Reason: ${reason}).`;
  const cases: Array<[string, string, string[], Record<string, string>]> = [
    ['CORS disabled', 'CORSDisabled', [], {}],
    ['CORS request did not succeed', 'CORSDidNotSucceed', [], {}],
    ["CORS header 'Origin' cannot be added", 'CORSOriginHeaderNotAdded', [], {}],
    ['CORS request external redirect not allowed', 'CORSExternalRedirectNotAllowed', ['RedirectContainsCredentials'], {}],
    ['CORS request not HTTP', 'CORSRequestNotHttp', ['CorsDisabledScheme'], {}],
    ["CORS header 'Access-Control-Allow-Origin' missing", 'CORSMissingAllowOrigin', ['MissingAllowOriginHeader', 'PreflightMissingAllowOriginHeader'], {}],
    ["CORS header 'Access-Control-Allow-Origin' does not match 'http://localhost:3001'", 'CORSAllowOriginNotMatchingOrigin',
      ['AllowOriginMismatch', 'InvalidAllowOriginValue', 'PreflightAllowOriginMismatch', 'PreflightInvalidAllowOriginValue'], { value: 'http://localhost:3001' }],
    ["Credential is not supported if the CORS header 'Access-Control-Allow-Origin' is '*'", 'CORSNotSupportingCredentials', ['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'], {}],
    ["Did not find method in CORS header 'Access-Control-Allow-Methods'", 'CORSMethodNotFound', ['MethodDisallowedByPreflightResponse'], {}],
    ["expected 'true' in CORS header 'Access-Control-Allow-Credentials'", 'CORSMissingAllowCredentials', ['InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'], {}],
    ['CORS preflight channel did not succeed', 'CORSPreflightDidNotSucceed', ['PreflightInvalidStatus', 'PreflightDisallowedRedirect'], {}],
    ["invalid token 'GET;' in CORS header 'Access-Control-Allow-Methods'", 'CORSInvalidAllowMethod', ['InvalidAllowMethodsPreflightResponse'], { value: 'GET;' }],
    ["invalid token 'x y' in CORS header 'Access-Control-Allow-Headers'", 'CORSInvalidAllowHeader', ['InvalidAllowHeadersPreflightResponse'], { value: 'x y' }],
    ["missing token 'x-api-key' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel", 'CORSMissingAllowHeaderFromPreflight', ['HeaderDisallowedByPreflightResponse'], { header: 'x-api-key' }],
    ["Multiple CORS header 'Access-Control-Allow-Origin' not allowed", 'CORSMultipleAllowOriginNotAllowed', ['MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'], {}],
  ];

  it.each(cases)('%s', (reason, name, errors, params) => {
    const found = read(banner(reason));
    expect(found).toMatchObject({ browser: 'firefox', name, errors, params: { url: 'http://localhost:8080/api', ...params } });
  });

  it('reads the status code newer Firefox adds, and "(null)"', () => {
    const found = read("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://api.playground.localhost:8787/s/x/y. (Reason: CORS header 'Access-Control-Allow-Origin' missing). Status code: 200.");
    expect(found).toMatchObject({ name: 'CORSMissingAllowOrigin', params: { url: 'http://api.playground.localhost:8787/s/x/y', status: '200' } });
    expect(read('Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:9/. (Reason: CORS request did not succeed). Status code: (null).').name).toBe('CORSDidNotSucceed');
  });
});

describe('Safari (WebKit) messages', () => {
  it('reads the reason line and takes the URL from the line after it', () => {
    const pasted = '[Error] Origin http://localhost:3000 is not allowed by Access-Control-Allow-Origin. Status code: 200\n[Error] Fetch API cannot load http://localhost:8080/api/items due to access control checks.';
    expect(read(pasted)).toMatchObject({
      browser: 'webkit', errors: ['MissingAllowOriginHeader', 'AllowOriginMismatch', 'PreflightMissingAllowOriginHeader', 'PreflightAllowOriginMismatch'],
      params: { origin: 'http://localhost:3000', status: '200', url: 'http://localhost:8080/api/items' },
    });
  });

  it.each([
    ['CONSOLE SECURITY ERROR Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.', ['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'], {}],
    ['[Error] Access-Control-Allow-Origin cannot contain more than one origin.', ['MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'], {}],
    ['[Error] Credentials flag is true, but Access-Control-Allow-Credentials is not "true".', ['InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'], {}],
    ['[Error] Preflight response is not successful. Status code: 401', ['PreflightInvalidStatus'], { status: '401' }],
    ['[Error] Method PUT is not allowed by Access-Control-Allow-Methods.', ['MethodDisallowedByPreflightResponse'], { method: 'PUT' }],
    ['[Error] Request header field Content-Type is not allowed by Access-Control-Allow-Headers.', ['HeaderDisallowedByPreflightResponse'], { header: 'Content-Type' }],
  ] as const)('%s', (line, errors, params) => {
    expect(read(line)).toMatchObject({ browser: 'webkit', errors, params });
  });

  it('says that the generic line alone gives no reason', () => {
    expect(read('Fetch API cannot load http://localhost:8080/x due to access control checks.')).toMatchObject({ name: 'AccessControlChecks', errors: [], params: { url: 'http://localhost:8080/x' } });
  });
});

describe('what is not recognised', () => {
  it('refuses an empty paste, the JavaScript error alone and unrelated text, saying why', () => {
    expect(recognisePastedError('   ')).toMatchObject({ ok: false, message: expect.stringContaining('Paste a console message') });
    expect(recognisePastedError('TypeError: Failed to fetch')).toMatchObject({ ok: false, message: expect.stringContaining('console line above it') });
    expect(recognisePastedError('Uncaught ReferenceError: x is not defined\nat main.js:3')).toMatchObject({ ok: false, message: expect.stringContaining('Line 1 starts: "Uncaught ReferenceError') });
  });

  it('reads a huge paste in bounded time', () => {
    const started = Date.now();
    const r = recognisePastedError("Access to fetch at '" + 'a'.repeat(200_000));
    expect(r.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
