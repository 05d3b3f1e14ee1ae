// Chapter: Cookies and credentials.
// Lessons (ids are stable: they are in links): wildcard-with-credentials, allow-credentials-missing, allow-credentials-true-case.
// Chromium's words: /work/shared/reference/chromium-cors.md §2.1 and §4.2. The victim is logged in (SameSite=Lax) for every
// probe: the app must read the data with the cookie, and the user-content subdomain (same site, so the cookie goes too) must not.
import type { ScenarioRequest } from '../../scenario/types.ts';
import type { Chapter, Lesson, Probe } from '../types.ts';
import { policyLesson, rawLesson, rawResponse } from '../lesson-parts.ts';

const WITH_COOKIE: Partial<ScenarioRequest> = { credentials: 'include' };

const APP_READS_WITH_COOKIE: Probe = {
  label: "The app reads the user's data with the login cookie", from: 'app', expect: { outcome: 'ok', cookie: 'sent' },
};
/** The sibling origin is on the same site: the browser sends it the user's cookie, so only CORS keeps the data from it. */
const SIBLING_READS_NOTHING: Probe = {
  label: "A page on the user-content subdomain cannot read the user's data", from: 'sibling', expect: { outcome: 'cors-error', readsPrivateData: false },
};
const CREDENTIALS_SPEC = { title: 'Fetch: CORS protocol and credentials', href: 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials' };
const APP_WITH_CREDENTIALS = { allowOrigin: { type: 'list' as const, origins: ['{app}'] }, allowCredentials: true };

const CONFIGURE_CREDENTIALS = {
  express: "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
  fastapi: 'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)',
  spring: 'registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowCredentials(true);',
  go: 'cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true})',
  nginx: [
    'map $http_origin $cors_origin { "https://app.example.com" $http_origin; }',
    'add_header Access-Control-Allow-Origin $cors_origin always;',
    'add_header Access-Control-Allow-Credentials true always;',
    'add_header Vary Origin always;',
  ].join('\n'),
};

const wildcardWithCredentials: Lesson = {
  id: 'wildcard-with-credentials',
  title: '`*` and cookies do not mix',
  story:
    'The API answers Access-Control-Allow-Origin: * and the public pages work. Then Farid added credentials: "include" so the ' +
    "account page gets the user's session, and it broke: \"The value of the 'Access-Control-Allow-Origin' header in the response must not be " +
    "the wildcard '*' when the request's credentials mode is 'include'.\"",
  goal: "Let the app read the logged-in user's data with the cookie, and nobody else.",
  hints: [
    'With credentials, `*` is never enough: the browser wants to see which origin the server trusts with the user\'s data.',
    'Replace the wildcard by the app\'s origin, and say that credentials are allowed.',
    'Allow {app} by name (a list) and turn on Access-Control-Allow-Credentials: true. Do not reflect every Origin: that trusts everyone, with cookies.',
  ],
  start: policyLesson('The API answers * with credentials allowed', WITH_COOKIE, { allowOrigin: { type: 'any' }, allowCredentials: true }),
  solution: policyLesson('The API names the app and allows credentials', WITH_COOKIE, APP_WITH_CREDENTIALS),
  startsWith: { outcome: 'cors-error', corsError: 'WildcardOriginNotAllowed' },
  check: [APP_READS_WITH_COOKIE, SIBLING_READS_NOTHING],
  login: 'Lax',
  rule:
    'A request with credentials: "include" is readable only if Access-Control-Allow-Origin names its origin (`*` is refused) and ' +
    'Access-Control-Allow-Credentials is `true`. Name each trusted origin; never answer every Origin with itself and credentials.',
  spec: CREDENTIALS_SPEC,
  configure: CONFIGURE_CREDENTIALS,
  teaches: ['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'],
};

const allowCredentialsMissing: Lesson = {
  id: 'allow-credentials-missing',
  title: 'The cookie went, the answer was refused',
  story:
    "Gwen's app sends the session cookie with credentials: \"include\"; the server sees it and answers 200 with the user's data. " +
    "Yet fetch() rejects: \"The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' " +
    "when the request's credentials mode is 'include'.\"",
  goal: "Let the app read the user's data with the login cookie.",
  hints: [
    'The request reached the server with its cookie (see the wire detail): sending is not the problem, reading the answer is.',
    'For a credentialed request the browser needs a second yes from the server, beside the origin.',
    'Allow credentials in the policy: Access-Control-Allow-Credentials: true.',
  ],
  start: policyLesson('The API allows the app but not credentials', WITH_COOKIE, { allowOrigin: { type: 'list', origins: ['{app}'] }, allowCredentials: false }),
  solution: policyLesson('The API allows the app with credentials', WITH_COOKIE, APP_WITH_CREDENTIALS),
  startsWith: { outcome: 'cors-error', corsError: 'InvalidAllowCredentials' },
  check: [APP_READS_WITH_COOKIE, SIBLING_READS_NOTHING],
  login: 'Lax',
  rule:
    'Cookies go with a cross-origin request when its credentials mode is "include", but the answer reaches script only if it also ' +
    'carries Access-Control-Allow-Credentials: true. A missing header means no: the request has still happened on the server.',
  spec: CREDENTIALS_SPEC,
  configure: CONFIGURE_CREDENTIALS,
  teaches: ['InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'],
};

const APP_ONLY = ['Access-Control-Allow-Origin', '{app}'] as [string, string];

const allowCredentialsTrueCase: Lesson = {
  id: 'allow-credentials-true-case',
  title: '`True` is not `true`',
  story:
    'Hugo writes the CORS headers by hand in a Python handler, and Python spells booleans with a capital letter. ' +
    "The server sends the header, yet the console says: \"The value of the 'Access-Control-Allow-Credentials' header in the response is 'True' " +
    "which must be 'true' when the request's credentials mode is 'include'.\"",
  goal: 'Make the hand-written answer let the app read the data with its cookie.',
  hints: [
    'The header is there. Read its value as the browser does: byte for byte.',
    'The only accepted value is the lower-case word true; True, TRUE, "true" and 1 all fail.',
    'In the raw response, change Access-Control-Allow-Credentials to true.',
  ],
  start: rawLesson('A hand-written answer says True', WITH_COOKIE, rawResponse(204), rawResponse(200, APP_ONLY, ['Access-Control-Allow-Credentials', 'True'])),
  solution: rawLesson('A hand-written answer says true', WITH_COOKIE, rawResponse(204), rawResponse(200, APP_ONLY, ['Access-Control-Allow-Credentials', 'true'])),
  startsWith: { outcome: 'cors-error', corsError: 'InvalidAllowCredentials' },
  check: [APP_READS_WITH_COOKIE, SIBLING_READS_NOTHING],
  login: 'Lax',
  rule:
    'Access-Control-Allow-Credentials has exactly one valid value, `true`, compared case-sensitively. ' +
    'Anything else, including True from a language\'s boolean, counts as absent and the credentialed answer is refused.',
  spec: { title: 'Fetch: HTTP new-header syntax (Access-Control-Allow-Credentials = %s"true")', href: 'https://fetch.spec.whatwg.org/#http-new-header-syntax' },
  configure: {
    express: "res.set('Access-Control-Allow-Credentials', 'true'); // the string, not String(True)",
    fastapi: 'response.headers["Access-Control-Allow-Credentials"] = "true"  # not str(True)',
    spring: 'response.setHeader("Access-Control-Allow-Credentials", "true"); // or .allowCredentials(true)',
    go: 'w.Header().Set("Access-Control-Allow-Credentials", "true") // exactly this lower-case string',
    nginx: 'add_header Access-Control-Allow-Credentials true always;',
  },
  teaches: [],
};

export const credentials: Chapter = {
  id: 'credentials',
  title: 'Cookies and credentials',
  lessons: [wildcardWithCredentials, allowCredentialsMissing, allowCredentialsTrueCase],
};
