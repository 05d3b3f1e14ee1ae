// Chapter: Methods and headers the preflight must allow.
// Lessons (ids are stable: they are in links): method-not-allowed, patch-is-case-sensitive, header-not-allowed.
// Chromium's words and rules: /work/shared/reference/chromium-cors.md §1.2 (methods), §1.5 (Authorization and `*`,
// where Chromium ≠ spec), §2.3 and §7.8 (wildcards with credentials), §4.2 (messages).
import type { Policy, ScenarioRequest } from '../../scenario/types.ts';
import type { Chapter, Lesson, Probe } from '../types.ts';
import { ATTACKER_IS_REFUSED, policyLesson } from '../lesson-parts.ts';

const APP_ONLY: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}'] } };
const APP_AFTER_PREFLIGHT: Probe = { label: 'The app gets its answer, after a successful preflight', from: 'app', expect: { outcome: 'ok', preflight: 'sent' } };
const PREFLIGHT_SPEC = { title: 'Fetch: CORS-preflight fetch (methods and headers the answer must allow)', href: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch-0' };

const DELETE_ITEM: Partial<ScenarioRequest> = { path: '/api/items/1', method: 'DELETE' };

const methodNotAllowed: Lesson = {
  id: 'method-not-allowed',
  title: 'A method the preflight does not allow',
  story:
    'Reading items works, so Iris added a delete button: fetch(url, { method: "DELETE" }). The server never sees the DELETE. ' +
    'The console says: "Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response." ' +
    'She did not send any OPTIONS request, so where does a preflight come from?',
  goal: 'Let the app delete an item, with the attacker\'s site still refused.',
  hints: [
    'Look at the wire detail: before the DELETE, the browser sent an OPTIONS request on its own. That is the preflight.',
    'Only GET, HEAD and POST are "simple" methods. Any other method is asked about first, with Access-Control-Request-Method.',
    'The preflight\'s answer lists the allowed methods in Access-Control-Allow-Methods. Add DELETE to the policy\'s methods.',
  ],
  start: policyLesson('The policy allows only the simple methods', DELETE_ITEM, { ...APP_ONLY, allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST'] } }),
  solution: policyLesson('The policy allows DELETE too', DELETE_ITEM, { ...APP_ONLY, allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST', 'DELETE'] } }),
  startsWith: { outcome: 'cors-error', corsError: 'MethodDisallowedByPreflightResponse' },
  check: [APP_AFTER_PREFLIGHT, ATTACKER_IS_REFUSED],
  rule:
    'A cross-origin request whose method is not GET, HEAD or POST is preflighted: the browser first sends OPTIONS with ' +
    'Access-Control-Request-Method, and sends the request itself only if Access-Control-Allow-Methods in the answer lists that method. ' +
    'The list must parse: one element that is not a token fails the whole preflight ("Cannot parse Access-Control-Allow-Methods response header field in preflight response.").',
  spec: PREFLIGHT_SPEC,
  configure: {
    express: "app.use(cors({ origin: ['https://app.example.com'], methods: ['GET', 'HEAD', 'POST', 'DELETE'] }));",
    fastapi: 'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["GET", "HEAD", "POST", "DELETE"])',
    spring: 'registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowedMethods("GET", "HEAD", "POST", "DELETE");',
    go: 'cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowedMethods: []string{"GET", "HEAD", "POST", "DELETE"}})',
    nginx: 'add_header Access-Control-Allow-Methods "GET, HEAD, POST, DELETE" always;  # in the OPTIONS answer',
  },
  teaches: ['MethodDisallowedByPreflightResponse', 'InvalidAllowMethodsPreflightResponse'],
};

const PATCH_ITEM = (method: string): Partial<ScenarioRequest> => ({
  path: '/api/items/1', method, headers: [['Content-Type', 'text/plain']], body: { type: 'text', text: 'name=lamp' },
});
const ALLOWS_PATCH: Partial<Policy> = { ...APP_ONLY, allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST', 'PATCH'] } };

const patchIsCaseSensitive: Lesson = {
  id: 'patch-is-case-sensitive',
  title: '`patch` is not `PATCH`',
  story:
    'The server allows PATCH, and Jonas\'s code calls fetch(url, { method: "patch" }). Every update fails: ' +
    '"Method patch is not allowed by Access-Control-Allow-Methods in preflight response." ' +
    'DELETE and PUT written in lower case work fine, which makes it even stranger.',
  goal: 'Make the app\'s update go through, without allowing more than it needs.',
  hints: [
    'Look at Access-Control-Request-Method in the preflight: which spelling did the browser send?',
    'fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT. Every other method is sent exactly as written, and methods are compared case-sensitively.',
    'Fix the caller: write the method as PATCH.',
  ],
  start: policyLesson('The app sends "patch"; the server allows "PATCH"', PATCH_ITEM('patch'), ALLOWS_PATCH),
  solution: policyLesson('The app sends "PATCH"', PATCH_ITEM('PATCH'), ALLOWS_PATCH),
  startsWith: { outcome: 'cors-error', corsError: 'MethodDisallowedByPreflightResponse' },
  check: [APP_AFTER_PREFLIGHT, ATTACKER_IS_REFUSED],
  rule:
    'fetch() normalizes only DELETE, GET, HEAD, OPTIONS, POST and PUT to upper case; patch stays patch. ' +
    'Access-Control-Allow-Methods is matched case-sensitively, so PATCH does not allow patch: write non-standard methods in upper case.',
  spec: { title: 'Fetch: normalize a method', href: 'https://fetch.spec.whatwg.org/#concept-method-normalize' },
  configure: {
    express: "app.use(cors({ origin: ['https://app.example.com'], methods: ['GET', 'POST', 'PATCH'] })); // and fetch(url, { method: 'PATCH' })",
    fastapi: 'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["GET", "POST", "PATCH"])  # client: method: "PATCH"',
    spring: 'registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowedMethods("GET", "POST", "PATCH"); // client: "PATCH"',
    go: 'cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowedMethods: []string{"GET", "POST", "PATCH"}}) // client: "PATCH"',
    nginx: 'add_header Access-Control-Allow-Methods "GET, POST, PATCH" always;  # client: method "PATCH"',
  },
  teaches: [],
};

const WITH_TOKEN: Partial<ScenarioRequest> = { headers: [['Authorization', 'Bearer demo-token']], credentials: 'include' };
const CREDENTIALED_APP: Partial<Policy> = { ...APP_ONLY, allowCredentials: true };

const headerNotAllowed: Lesson = {
  id: 'header-not-allowed',
  title: 'Authorization is not covered by `*`',
  story:
    'Kai\'s API allows every request header with Access-Control-Allow-Headers: *. The app calls it with credentials: "include" (for the session cookie) and a token in ' +
    'Authorization, and the console says: "Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response." ' +
    'Isn\'t * supposed to mean everything?',
  goal: 'Let the app send its Authorization header with its cookie, and keep the attacker\'s site refused.',
  hints: [
    'The request carries a header that is not safelisted, so the browser asks first: see Access-Control-Request-Headers in the preflight.',
    'With credentials: "include", every `*` in a CORS answer is just a name, no longer a wildcard. And the standard never lets `*` cover Authorization, even without credentials.',
    'Name the header: put Authorization in the policy\'s allowed headers instead of `*`.',
  ],
  start: policyLesson('The policy allows headers with *', WITH_TOKEN, { ...CREDENTIALED_APP, allowHeaders: { type: 'any' } }),
  solution: policyLesson('The policy names Authorization', WITH_TOKEN, { ...CREDENTIALED_APP, allowHeaders: { type: 'list', values: ['Authorization'] } }),
  startsWith: { outcome: 'cors-error', corsError: 'HeaderDisallowedByPreflightResponse' },
  check: [APP_AFTER_PREFLIGHT, ATTACKER_IS_REFUSED],
  rule:
    'A request header that is not CORS-safelisted needs its name in Access-Control-Allow-Headers. `*` is a wildcard only for requests without credentials, ' +
    'and the standard never lets it cover Authorization (Chromium still does without credentials, with a DevTools deprecation warning), so list Authorization by name. ' +
    'A list with an element that is not a token fails the whole preflight ("Cannot parse Access-Control-Allow-Headers response header field in preflight response.").',
  spec: { title: 'Fetch: CORS non-wildcard request-header name', href: 'https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name' },
  configure: {
    express: "app.use(cors({ origin: ['https://app.example.com'], credentials: true, allowedHeaders: ['Authorization', 'Content-Type'] }));",
    fastapi: 'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True, allow_headers=["Authorization", "Content-Type"])',
    spring: 'registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowCredentials(true).allowedHeaders("Authorization", "Content-Type");',
    go: 'cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true, AllowedHeaders: []string{"Authorization", "Content-Type"}})',
    nginx: 'add_header Access-Control-Allow-Headers "Authorization, Content-Type" always;  # in the OPTIONS answer',
  },
  teaches: ['HeaderDisallowedByPreflightResponse', 'InvalidAllowHeadersPreflightResponse'],
};

export const methodsAndHeaders: Chapter = {
  id: 'methods-and-headers',
  title: 'Methods and headers the preflight must allow',
  lessons: [methodNotAllowed, patchIsCaseSensitive, headerNotAllowed],
};
