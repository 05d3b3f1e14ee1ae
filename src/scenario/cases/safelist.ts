// Simple or preflighted: methods, safelisted request headers and their value
// rules (chromium-cors.md §1.2–1.4). Under the base policy a non-safelisted
// header is refused by the preflight, which names it: proof it was unsafe.
import type { ScenarioCase } from './types.ts';
import { fails, headerCase, headerRefused, methodRefused, ok, policyCase, repeat, text, typeError } from './helpers.ts';

const methods: ScenarioCase[] = [
  policyCase('method-get-simple', 'A GET with no headers is a simple request.', {}, {}, ok()),
  policyCase('method-head-simple', 'A HEAD is a simple request.', { method: 'HEAD' }, {}, ok()),
  policyCase('method-post-text-simple', 'A POST with a string body is a simple request.', { method: 'POST', body: text() }, {}, ok()),
  policyCase('method-get-lowercase', '"get" is normalized to GET and stays simple.', { method: 'get' }, {}, ok()),
  policyCase('method-post-mixed-case', '"pOsT" is normalized to POST and stays simple.', { method: 'pOsT', body: text() }, {}, ok()),
  policyCase('method-put-refused', 'PUT needs a preflight, and GET, HEAD, POST do not allow it.', { method: 'PUT' }, {}, methodRefused('PUT')),
  policyCase('method-delete-lowercase-refused', '"delete" is normalized to DELETE before the check.', { method: 'delete' }, {}, methodRefused('DELETE')),
  policyCase('method-patch-refused', 'PATCH is not safelisted.', { method: 'PATCH' }, {}, methodRefused('PATCH')),
  policyCase('method-patch-lowercase-vs-upper', '"patch" is not normalized, and PATCH in the list does not match it.', { method: 'patch' }, { allowMethods: { type: 'list', values: ['PATCH'] } }, methodRefused('patch')),
  policyCase('method-patch-lowercase-allowed', '"patch" is allowed by "patch" written the same way.', { method: 'patch' }, { allowMethods: { type: 'list', values: ['patch'] } }, ok(true)),
  policyCase('method-put-lowercase-normalized', '"put" becomes PUT, so PUT in the list allows it.', { method: 'put' }, { allowMethods: { type: 'list', values: ['PUT'] } }, ok(true)),
  policyCase('method-delete-vs-lowercase-list', 'DELETE is not allowed by "delete": the comparison is case-sensitive.', { method: 'DELETE' }, { allowMethods: { type: 'list', values: ['delete'] } }, methodRefused('DELETE')),
  policyCase('method-put-allowed', 'PUT allowed by name passes after a preflight.', { method: 'PUT' }, { allowMethods: { type: 'list', values: ['GET', 'PUT'] } }, ok(true)),
  policyCase('method-custom-allowed', 'A custom method allowed by the same spelling passes.', { method: 'CHICKEN' }, { allowMethods: { type: 'list', values: ['CHICKEN'] } }, ok(true)),
  policyCase('method-star-no-credentials', 'Access-Control-Allow-Methods: * allows PUT without credentials.', { method: 'PUT' }, { allowMethods: { type: 'any' } }, ok(true)),
  policyCase('method-get-always-allowed', 'A preflighted GET passes even when the list only says "get".', { headers: [['X-Custom', '1']] }, { allowMethods: { type: 'list', values: ['get'] }, allowHeaders: { type: 'list', values: ['X-Custom'] } }, ok(true)),
  policyCase('method-post-always-allowed', 'A preflighted POST passes with an empty method list.', { method: 'POST', body: text(), headers: [['X-Custom', '1']] }, { allowMethods: { type: 'list', values: [] }, allowHeaders: { type: 'list', values: ['X-Custom'] } }, ok(true)),
  policyCase('method-connect-forbidden', 'CONNECT is a forbidden method: fetch() throws.', { method: 'CONNECT' }, {}, typeError()),
  policyCase('method-trace-lowercase-forbidden', '"trace" is forbidden in any case.', { method: 'trace' }, {}, typeError()),
  policyCase('method-track-forbidden', 'TRACK is forbidden.', { method: 'TRACK' }, {}, typeError()),
  policyCase('method-invalid-token', 'A method with a space is not a valid token.', { method: 'GE T' }, {}, typeError()),
  policyCase('method-get-with-body', 'A GET cannot have a body.', { body: text() }, {}, typeError()),
  policyCase('method-head-with-body', 'A HEAD cannot have a body.', { method: 'HEAD', body: text() }, {}, typeError()),
];

const standardHeaders: ScenarioCase[] = [
  headerCase('accept-json-simple', 'Accept: application/json is safelisted.', [['Accept', 'application/json']], ok()),
  headerCase('accept-quote-unsafe', 'A double quote in Accept is an unsafe byte.', [['Accept', 'text/"x"']], headerRefused('accept')),
  headerCase('accept-at-unsafe', 'An @ in Accept is an unsafe byte.', [['Accept', 'a@b']], headerRefused('accept')),
  headerCase('accept-128-bytes', 'An Accept value of exactly 128 bytes is still safelisted.', [['Accept', repeat('a', 128)]], ok()),
  headerCase('accept-129-bytes', 'An Accept value over 128 bytes is not safelisted.', [['Accept', repeat('a', 129)]], headerRefused('accept')),
  headerCase('accept-language-simple', 'A usual Accept-Language is safelisted.', [['Accept-Language', 'en-US,en;q=0.9']], ok()),
  headerCase('accept-language-at', 'An @ is not allowed in Accept-Language.', [['Accept-Language', 'en@x']], headerRefused('accept-language')),
  headerCase('accept-language-underscore', 'An underscore is not allowed in Accept-Language.', [['Accept-Language', 'en_US']], headerRefused('accept-language')),
  headerCase('content-language-simple', 'Content-Language: de-DE is safelisted.', [['Content-Language', 'de-DE']], ok()),
  headerCase('content-language-slash', 'A slash is not allowed in Content-Language.', [['Content-Language', 'de/DE']], headerRefused('content-language')),
  headerCase('content-type-text-plain', 'Content-Type: text/plain is safelisted.', [['Content-Type', 'text/plain']], ok(), { method: 'POST', body: text() }),
  headerCase('content-type-charset-param', 'Parameters are allowed: text/plain;charset=utf-8.', [['Content-Type', 'text/plain;charset=utf-8']], ok(), { method: 'POST', body: text() }),
  headerCase('content-type-mixed-case', 'The essence is compared case-insensitively: Text/Plain;x.', [['Content-Type', 'Text/Plain;x']], ok(), { method: 'POST', body: text() }),
  headerCase('content-type-trailing-semicolon', 'text/plain; with an empty parameter part is safelisted.', [['Content-Type', 'text/plain;']], ok(), { method: 'POST', body: text() }),
  headerCase('content-type-urlencoded', 'application/x-www-form-urlencoded is safelisted.', [['Content-Type', 'application/x-www-form-urlencoded']], ok(), { method: 'POST', body: text('a=1') }),
  headerCase('content-type-multipart', 'multipart/form-data is safelisted.', [['Content-Type', 'multipart/form-data; boundary=x']], ok(), { method: 'POST', body: text('--x--') }),
  headerCase('content-type-json', 'application/json is not safelisted.', [['Content-Type', 'application/json']], headerRefused('content-type'), { method: 'POST', body: text('{}') }),
  headerCase('content-type-text-html', 'text/html is not safelisted.', [['Content-Type', 'text/html']], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('content-type-space-in-essence', '"text /plain" does not parse as a MIME type.', [['Content-Type', 'text /plain']], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('content-type-trailing-comma', '"text/plain," is not a safelisted essence.', [['Content-Type', 'text/plain,']], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('content-type-quoted-param', 'A quoted parameter contains an unsafe byte.', [['Content-Type', 'text/plain; charset="utf-8"']], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('content-type-long-param', 'A 129-byte Content-Type is not safelisted even with a good essence.', [['Content-Type', `text/plain;a=${repeat('b', 116)}`]], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('content-type-duplicate-joined', 'Two Content-Type lines are joined ("text/plain, x/x") and no longer safelisted.', [['Content-Type', 'text/plain'], ['Content-Type', 'x/x']], headerRefused('content-type'), { method: 'POST', body: text() }),
  headerCase('accept-duplicate-joined-ok', 'Two Accept lines joined with ", " stay safelisted.', [['Accept', 'text/plain'], ['Accept', 'application/json']], ok()),
  headerCase('range-open', 'Range: bytes=0- is safelisted.', [['Range', 'bytes=0-']], ok()),
  headerCase('range-closed', 'Range: bytes=0-99 is safelisted.', [['Range', 'bytes=0-99']], ok()),
  headerCase('range-capital-b', 'Range: Bytes=0- is not safelisted in Chromium (observed).', [['Range', 'Bytes=0-']], headerRefused('range')),
  headerCase('range-suffix', 'A suffix range bytes=-500 is not safelisted.', [['Range', 'bytes=-500']], headerRefused('range')),
  headerCase('range-two-ranges', 'Two ranges are not safelisted.', [['Range', 'bytes=0-1,3-4']], headerRefused('range')),
  headerCase('range-reversed', 'A range whose start is after its end is not safelisted.', [['Range', 'bytes=200-100']], headerRefused('range')),
  headerCase('range-with-space', 'Whitespace inside a range is not safelisted.', [['Range', 'bytes= 0-']], headerRefused('range')),
];

const otherHeaders: ScenarioCase[] = [
  headerCase('custom-header-refused', 'A custom X- header needs a preflight.', [['X-Custom', '1']], headerRefused('x-custom')),
  headerCase('authorization-refused', 'Authorization needs a preflight and must be allowed.', [['Authorization', 'Bearer t']], headerRefused('authorization')),
  headerCase('cache-control-refused', 'Cache-Control set by script is not safelisted.', [['Cache-Control', 'no-cache']], headerRefused('cache-control')),
  headerCase('if-none-match-refused', 'If-None-Match set by script is not safelisted.', [['If-None-Match', '"x"']], headerRefused('if-none-match')),
  headerCase('two-headers-one-named', 'With two refused headers the message names one of them (Blink hash-table order; x-zeta in Chromium 156).', [['X-Zeta', '1'], ['X-Alpha', '1']], { ...fails('HeaderDisallowedByPreflightResponse', 'x-zeta', true), failedParameterOneOf: ['x-alpha', 'x-zeta'] }),
  policyCase('header-allowed-case-insensitive', 'Allowed header names compare case-insensitively.', { headers: [['X-Custom', '1']] }, { allowHeaders: { type: 'list', values: ['x-CUSTOM'] } }, ok(true)),
  policyCase('header-allowed-by-star', 'Access-Control-Allow-Headers: * allows a custom header without credentials.', { headers: [['X-Custom', '1']] }, { allowHeaders: { type: 'any' } }, ok(true)),
  policyCase('authorization-covered-by-star', 'Chromium lets * cover Authorization without credentials (observed).', { headers: [['Authorization', 'Bearer t']] }, { allowHeaders: { type: 'any' } }, ok(true)),
  policyCase('header-mirror-allowed', 'A server that mirrors Access-Control-Request-Headers allows any header.', { headers: [['X-Custom', '1'], ['X-Other', '2']] }, { allowHeaders: { type: 'mirror' } }, ok(true)),
  headerCase('hint-dpr-valid', 'Chromium safelists DPR with a number.', [['DPR', '2']], ok()),
  headerCase('hint-dpr-invalid', 'DPR with a non-number is not safelisted.', [['DPR', 'abc']], headerRefused('dpr')),
  headerCase('hint-dpr-empty', 'An empty DPR is not safelisted.', [['DPR', '']], headerRefused('dpr')),
  headerCase('hint-width-valid', 'Width with digits is safelisted.', [['Width', '100']], ok()),
  headerCase('hint-width-decimal', 'Width must be an integer.', [['Width', '1.5']], headerRefused('width')),
  headerCase('hint-viewport-width', 'Viewport-Width with digits is safelisted.', [['Viewport-Width', '800']], ok()),
  headerCase('hint-device-memory', 'Device-Memory with a decimal is safelisted.', [['Device-Memory', '0.5']], ok()),
  headerCase('hint-downlink', 'Downlink with a decimal is safelisted.', [['Downlink', '1.5']], ok()),
  headerCase('hint-rtt', 'RTT with digits is safelisted.', [['RTT', '50']], ok()),
  headerCase('hint-rtt-decimal', 'RTT must be an integer.', [['RTT', '5.5']], headerRefused('rtt')),
  headerCase('hint-ect-valid', 'ECT: 4g is safelisted.', [['ECT', '4g']], ok()),
  headerCase('hint-ect-invalid', 'ECT: 5g is not a connection type.', [['ECT', '5g']], headerRefused('ect')),
  headerCase('hint-save-data-on', 'Save-Data: on is safelisted.', [['Save-Data', 'on']], ok()),
  headerCase('hint-save-data-off', 'Save-Data: off is not safelisted.', [['Save-Data', 'off']], headerRefused('save-data')),
  headerCase('hint-intervention', 'Intervention with a short value is safelisted.', [['Intervention', 'x']], ok()),
  headerCase('total-1024-bytes-ok', 'Safelisted values adding up to exactly 1024 bytes stay safelisted.', totalHeaders(false), ok()),
  headerCase('total-over-1024-bytes', 'Past 1024 bytes in total every safelisted header becomes unsafe; Chromium names one of them.', totalHeaders(true), { ...fails('HeaderDisallowedByPreflightResponse', 'viewport-width', true), failedParameterOneOf: ['accept', 'accept-language', 'content-language', 'device-memory', 'dpr', 'intervention', 'rtt', 'viewport-width', 'width'] }),
];

/** Eight 128-byte safelisted values (1024 bytes); one more byte tips them all over. */
function totalHeaders(over: boolean): [string, string][] {
  const digits = repeat('1', 128);
  const lines: [string, string][] = [
    ['Accept', repeat('a', 128)], ['Accept-Language', repeat('a', 128)], ['Content-Language', repeat('a', 128)],
    ['Intervention', repeat('a', 128)], ['DPR', digits], ['Width', digits], ['Viewport-Width', digits], ['RTT', digits],
  ];
  return over ? [...lines, ['Device-Memory', '1']] : lines;
}

const forbidden: ScenarioCase[] = [
  headerCase('forbidden-user-agent-dropped', 'User-Agent is silently dropped in Chromium and causes no preflight.', [['User-Agent', 'test']], ok()),
  headerCase('forbidden-cookie-dropped', 'Cookie cannot be set by script and is dropped.', [['Cookie', 'a=b']], ok()),
  headerCase('forbidden-sec-prefix-dropped', 'Any Sec- header is dropped.', [['Sec-Custom', '1']], ok()),
  headerCase('forbidden-proxy-prefix-dropped', 'Any Proxy- header is dropped.', [['Proxy-Custom', '1']], ok()),
  headerCase('forbidden-referer-dropped', 'Referer is dropped.', [['Referer', 'http://example.com/']], ok()),
  headerCase('forbidden-origin-dropped', 'Origin set by script is dropped.', [['Origin', 'http://example.com']], ok()),
  headerCase('forbidden-accept-encoding-dropped', 'Accept-Encoding is dropped.', [['Accept-Encoding', 'identity']], ok()),
  headerCase('method-override-trace-dropped', 'X-HTTP-Method-Override naming TRACE is forbidden and dropped.', [['X-HTTP-Method-Override', 'TRACE']], ok()),
  headerCase('method-override-put-refused', 'X-HTTP-Method-Override naming PUT is an ordinary unsafe header.', [['X-HTTP-Method-Override', 'PUT']], headerRefused('x-http-method-override')),
  headerCase('invalid-header-name', 'A header name with a space makes fetch() throw.', [['X Bad', '1']], typeError()),
  headerCase('invalid-header-value', 'A header value with a line break makes fetch() throw.', [['X-Bad', 'a\nb']], typeError()),
  headerCase('invalid-header-name-empty', 'An empty header name makes fetch() throw.', [['', '1']], typeError()),
];

const bodies: ScenarioCase[] = [
  policyCase('body-json-string-text-plain', 'A JSON string body gets text/plain;charset=UTF-8 and stays simple.', { method: 'POST', body: { type: 'json', text: '{"a":1}' } }, {}, ok()),
  policyCase('body-urlencoded', 'URLSearchParams bodies get the urlencoded type and stay simple.', { method: 'POST', body: { type: 'urlencoded', fields: [['a', '1']] } }, {}, ok()),
  policyCase('body-multipart', 'FormData bodies get multipart/form-data and stay simple.', { method: 'POST', body: { type: 'multipart', fields: [['a', '1']] } }, {}, ok()),
  policyCase('body-json-with-json-type', 'Declaring Content-Type: application/json makes the POST preflighted.', { method: 'POST', body: { type: 'json', text: '{}' }, headers: [['Content-Type', 'application/json']] }, {}, headerRefused('content-type')),
  policyCase('body-json-type-allowed', 'Content-Type allowed by the preflight lets the JSON POST through.', { method: 'POST', body: { type: 'json', text: '{}' }, headers: [['Content-Type', 'application/json']] }, { allowHeaders: { type: 'list', values: ['Content-Type'] } }, ok(true)),
];

export const SAFELIST_CASES: ScenarioCase[] = [...methods, ...standardHeaders, ...otherHeaders, ...forbidden, ...bodies];
