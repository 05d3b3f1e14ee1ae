// Attack lessons beyond "who is trusted": a preflight that mirrors whatever
// is asked, a shared cache without Vary: Origin, and what SameSite and
// third-party cookie blocking do (and do not do) against the attacker.
import type { Lesson } from '../../types.ts';
import { ADMIN_READS, APP_READS, blocked, credentialed, NAMED_ORIGINS, TRUSTED_ONLY } from './shared.ts';

/** A state-changing request with a custom header: preflighted. */
const PUT_JSON = {
  method: 'PUT',
  headers: [['Content-Type', 'application/json'], ['X-Requested-With', 'fetch']] as [string, string][],
  body: { type: 'json' as const, text: '{"email":"attacker@evil.example"}' },
};

export const mirroredPreflightWithCredentials: Lesson = {
  id: 'mirrored-preflight-with-credentials',
  title: 'A preflight that says yes to everything, with credentials',
  story:
    'The API answers every preflight by echoing it: the Origin into Access-Control-Allow-Origin, Access-Control-Request-Method into Allow-Methods, Access-Control-Request-Headers into Allow-Headers, with credentials. ' +
    'You are the attacker on evil.playground.localhost: you send a PUT that changes the user’s e-mail, with a JSON body and a custom header. ' +
    'The preflight comes back "yes", the PUT goes with the user’s cookie, and your script even reads the answer.',
  goal: 'Fix the server so the app can still PUT, the untrusted page cannot, and the API offers browsers only the methods and headers it needs.',
  hints: [
    'A preflight is the server’s chance to refuse before anything changes; a mirror never refuses.',
    'Three things are mirrored here: the origin, the methods, the headers. All three should come from lists.',
    'Allow {app} and {admin} by name; methods GET, PUT; headers Content-Type, X-Requested-With.',
  ],
  start: credentialed('The API mirrors every preflight, with credentials', 'sibling', {
    allowOrigin: { type: 'reflect' }, allowMethods: { type: 'mirror' }, allowHeaders: { type: 'mirror' },
  }, PUT_JSON),
  solution: credentialed('The API allows named origins, methods and headers', 'sibling', {
    ...TRUSTED_ONLY, allowMethods: { type: 'list', values: ['GET', 'PUT'] }, allowHeaders: { type: 'list', values: ['Content-Type', 'X-Requested-With'] },
  }, PUT_JSON),
  startsWith: { outcome: 'ok', leak: true },
  login: 'Lax',
  check: [
    { label: 'The app’s PUT goes through its preflight, with the login cookie', from: 'app', request: PUT_JSON, expect: { outcome: 'ok', preflight: 'sent', cookie: 'sent' } },
    blocked('sibling', PUT_JSON),
    { label: 'A DELETE, which the front ends never send, is refused at the preflight', from: 'app', request: { method: 'DELETE' }, expect: { outcome: 'cors-error', preflight: 'sent' } },
  ],
  rule:
    'Access-Control-Allow-Methods and -Headers tell the browser what the server accepts from other origins; echoing the request’s own Access-Control-Request-* means accepting anything. ' +
    'With credentials that lets any allowed origin make state-changing requests as the user: list the origins, the methods and the headers.',
  spec: { title: 'Fetch: CORS-preflight fetch', href: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch' },
  configure: {
    express: `app.use(cors({
  origin: ['https://app.example.com', 'https://admin.example.com'],
  methods: ['GET', 'PUT'],
  allowedHeaders: ['Content-Type', 'X-Requested-With'], // unset, cors mirrors the request's
  credentials: true,
}));`,
    fastapi: `app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_methods=["GET", "PUT"],
    allow_headers=["Content-Type", "X-Requested-With"],  # not ["*"]: it mirrors with credentials
    allow_credentials=True,
)`,
    spring: `config.setAllowedOrigins(List.of("https://app.example.com", "https://admin.example.com"));
config.setAllowedMethods(List.of("GET", "PUT"));
config.setAllowedHeaders(List.of("Content-Type", "X-Requested-With"));
config.setAllowCredentials(true);`,
    go: `c := cors.New(cors.Options{
    AllowedOrigins:   []string{"https://app.example.com", "https://admin.example.com"},
    AllowedMethods:   []string{"GET", "PUT"},
    AllowedHeaders:   []string{"Content-Type", "X-Requested-With"},
    AllowCredentials: true,
})`,
    nginx: `# with the $cors_origin map of the trusted origins
add_header Access-Control-Allow-Origin      $cors_origin always;
add_header Access-Control-Allow-Credentials true always;
add_header Access-Control-Allow-Methods     "GET, PUT" always;
add_header Access-Control-Allow-Headers     "Content-Type, X-Requested-With" always;
add_header Vary                             Origin always;`,
  },
  teaches: [],
};

/** A cacheable answer: what a CDN, a proxy or the browser's own HTTP cache keeps for a minute. */
const CACHEABLE = [['Cache-Control', 'max-age=60']] as [string, string][];

export const missingVaryOrigin: Lesson = {
  id: 'missing-vary-origin',
  title: 'A cached answer without Vary: Origin',
  story:
    'The API allows its two front ends, lets answers be cached for a minute (Cache-Control: max-age=60), and does not send Vary: Origin. ' +
    'The user opens the app: the answer, with Access-Control-Allow-Origin naming the app, goes into the browser’s HTTP cache, which keys by URL and by site, not by Origin. ' +
    'Then the admin front end asks for the same URL: the browser hands it the app’s cached answer and refuses it, because the allowed origin is the app’s. ' +
    'For the attacker this is a lever: a shared cache (a CDN) that stores the answer to the attacker’s own request, made with their Origin, serves it to every user, and the app breaks for all of them. ' +
    '(In this browser an answer that failed its CORS check, or a no-cors load of JSON, is never cached, so the attacker’s page cannot poison the user’s own cache: what you see here is the trusted front ends breaking each other.)',
  goal: 'Make both front ends read the data, one after the other, while the untrusted page stays out.',
  hints: [
    'Run the check and look at the admin’s run: the server never saw its request. The answer came from the cache.',
    'The answer depends on the request’s Origin; a cache must be told so, or it hands one origin’s answer to another.',
    'Turn on Vary: Origin.',
  ],
  start: credentialed('A cacheable answer without Vary: Origin', 'admin', { ...TRUSTED_ONLY, varyOrigin: false, proxyHeaders: CACHEABLE }),
  solution: credentialed('A cacheable answer with Vary: Origin', 'admin', { ...TRUSTED_ONLY, varyOrigin: true, proxyHeaders: CACHEABLE }),
  // Sent once on its own, the admin front end reads: the failure takes two origins in a row, which the check
  // runs (the app first; then the admin front end gets the app's cached answer: AllowOriginMismatch).
  startsWith: { outcome: 'ok' },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling')],
  rule:
    'A response whose Access-Control-Allow-Origin depends on the request’s Origin must say Vary: Origin, or an HTTP cache (the browser’s own, a proxy, a CDN) may serve it to a request from another origin, which then fails or gets the wrong grant. ' +
    'Cache-Control: private keeps user data out of shared caches, but only Vary: Origin keeps one origin’s answer from another.',
  spec: { title: 'Fetch: CORS protocol and HTTP caches', href: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches' },
  configure: {
    ...NAMED_ORIGINS,
    spring: `// Spring's CorsConfiguration adds Vary: Origin, Access-Control-Request-Method and -Headers itself
config.setAllowedOrigins(List.of("https://app.example.com", "https://admin.example.com"));
config.setAllowCredentials(true);`,
    go: `c := cors.New(cors.Options{ // rs/cors adds Vary: Origin on every answer
    AllowedOrigins:   []string{"https://app.example.com", "https://admin.example.com"},
    AllowCredentials: true,
})`,
  },
  teaches: ['AllowOriginMismatch'],
};

export const sameSiteAndThirdPartyCookies: Lesson = {
  id: 'samesite-and-third-party-cookies',
  title: 'What SameSite and third-party cookie blocking stop, and what they do not',
  story:
    'The API reflects any origin with credentials, and its login cookie is SameSite=None; Secure so a partner site can use it. ' +
    'You are the attacker, twice. On your own site (evil.localhost) your script gets an answer, but without the user’s data: this Chromium blocks third-party cookies, so the cookie stays home (a SameSite=Lax cookie would never leave its site either). ' +
    'On evil.playground.localhost, the same site as the API, neither rule applies: the cookie goes and your script reads the user’s data.',
  goal: 'Fix the server so that no untrusted page reads the data, whatever the browser does with cookies.',
  hints: [
    'Send the attacker’s request from evil.localhost and then from evil.playground.localhost: compare the login cookie in the server’s record.',
    'SameSite compares sites, not origins, and third-party cookie blocking is a browser setting: neither replaces the server’s own decision.',
    'Allow {app} and {admin} by name.',
  ],
  start: credentialed('SameSite=None cookie, reflected origin', 'sibling', { allowOrigin: { type: 'reflect' } }),
  solution: credentialed('SameSite=None cookie, named origins', 'sibling', TRUSTED_ONLY),
  startsWith: { outcome: 'ok', leak: true },
  login: 'None',
  check: [
    APP_READS,
    blocked('sibling'),
    { label: 'The attacker’s site gets no cookie from this browser (third-party cookies blocked) and is refused', from: 'cross-site', expect: { outcome: 'cors-error', cookie: 'not-sent', readsPrivateData: false } },
  ],
  rule:
    'SameSite=Lax (the default) keeps a cookie off requests from other sites, and browsers that block third-party cookies hold back SameSite=None ones too; neither looks at origins within a site, and third-party cookies are still allowed in many browsers. ' +
    'A credentialed API must still allow only origins it trusts.',
  spec: { title: 'Cookies (RFC 6265bis): the SameSite attribute', href: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#name-the-samesite-attribute' },
  configure: NAMED_ORIGINS,
  teaches: [],
};
