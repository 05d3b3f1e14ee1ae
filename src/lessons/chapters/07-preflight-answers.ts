// Chapter: How the preflight is answered.
// Lessons (ids are stable: they are in links): preflight-401, redirected-preflight.
import type { HeaderList, ScenarioRequest } from '../../scenario/types.ts';
import type { Chapter, Lesson } from '../types.ts';
import { ALLOWS_APP_PUT, ATTACKER_IS_REFUSED, JSON_PUT, policyLesson, rawLesson, rawResponse } from '../lesson-parts.ts';

const WITH_TOKEN: Partial<ScenarioRequest> = { ...JSON_PUT, headers: [['Content-Type', 'application/json'], ['Authorization', 'Bearer demo-token']] };
const ALLOWS_TOKEN = { ...ALLOWS_APP_PUT, allowHeaders: { type: 'list' as const, values: ['Content-Type', 'Authorization'] } };

const preflight401: Lesson = {
  id: 'preflight-401',
  title: 'An auth layer answers the preflight with 401',
  story:
    'Priya protected the API with a token check in front of every route. Her front end sends the token in an ' +
    'Authorization header, yet every save now fails, and the console says: "Response to preflight request ' +
    'doesn\'t pass access control check: It does not have HTTP ok status." Curl with the token works fine.',
  goal: 'Make the app\'s PUT with its token succeed, while the token check stays on the actual requests.',
  hints: [
    'Look at the wire detail: which request did the server answer with 401, the OPTIONS or the PUT?',
    'The browser sends the preflight on its own, without your Authorization header and without cookies: it cannot pass a token check.',
    'The preflight must get a status from 200 to 299. Let the CORS layer answer OPTIONS before the auth layer runs.',
    'In the policy, set the preflight status back to 204.',
  ],
  start: policyLesson('The auth layer answers the preflight 401', WITH_TOKEN, { ...ALLOWS_TOKEN, preflightStatus: 401 }),
  solution: policyLesson('The preflight is answered before the auth check', WITH_TOKEN, { ...ALLOWS_TOKEN, preflightStatus: 204 }),
  startsWith: { outcome: 'cors-error', corsError: 'PreflightInvalidStatus' },
  check: [
    { label: 'The app saves with its token (after a successful preflight)', from: 'app', expect: { outcome: 'ok', preflight: 'sent' } },
    ATTACKER_IS_REFUSED,
  ],
  rule:
    'A preflight succeeds only when it passes the CORS check and its status is an ok status, 200 to 299. ' +
    'The browser sends it without credentials and without the request\'s own headers, so authentication must ' +
    'never apply to it: answer OPTIONS before the auth layer runs, and protect the actual request instead.',
  spec: { title: 'Fetch: CORS-preflight fetch (the response must have an ok status)', href: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch' },
  configure: {
    express: [
      "// cors() answers every preflight itself (204) and ends it there,",
      "// so the token check below only ever sees actual requests.",
      'app.use(cors({',
      "  origin: ['https://app.example.com'],",
      "  methods: ['GET', 'PUT'],",
      "  allowedHeaders: ['Content-Type', 'Authorization'],",
      '}));',
      'app.use(requireBearerToken);',
    ].join('\n'),
    fastapi: [
      '# The middleware added last runs first: CORS answers preflights before auth sees them.',
      'app.add_middleware(TokenAuthMiddleware)',
      'app.add_middleware(',
      '    CORSMiddleware,',
      '    allow_origins=["https://app.example.com"],',
      '    allow_methods=["GET", "PUT"],',
      '    allow_headers=["Content-Type", "Authorization"],',
      ')',
    ].join('\n'),
    spring: [
      '// Spring Security: its CorsFilter (from your CorsConfigurationSource bean) runs before authentication',
      '// and answers the preflight; OPTIONS needs no token.',
      'http.cors(Customizer.withDefaults())',
      '    .authorizeHttpRequests(auth -> auth',
      '        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()',
      '        .anyRequest().authenticated());',
    ].join('\n'),
    go: [
      '// cors wraps the token check, not the other way round: it answers a preflight',
      '// (OPTIONS with Access-Control-Request-Method) with 204 and returns before requireToken runs.',
      'http.ListenAndServe("127.0.0.1:8080", cors(requireToken(api)))',
    ].join('\n'),
    nginx: [
      'location /api/ {',
      '    # "if ... return" runs in the rewrite phase, before auth_request (access phase).',
      '    if ($request_method = OPTIONS) {',
      '        add_header Access-Control-Allow-Origin "https://app.example.com" always;',
      '        add_header Access-Control-Allow-Methods "GET, PUT" always;',
      '        add_header Access-Control-Allow-Headers "Content-Type, Authorization" always;',
      '        return 204;',
      '    }',
      '    auth_request /auth;',
      '    add_header Access-Control-Allow-Origin "https://app.example.com" always;',
      '    proxy_pass http://127.0.0.1:3000;',
      '}',
    ].join('\n'),
  },
  teaches: ['PreflightInvalidStatus'],
};

// The old path answers every request, OPTIONS included, with a 308 to the new one.
const MOVED: HeaderList[number] = ['Location', '{api}/api/v2/items/1'];
const APP_ORIGIN: HeaderList[number] = ['Access-Control-Allow-Origin', '{app}'];
const ALLOW_PUT_LINES: HeaderList = [APP_ORIGIN, ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'Content-Type']];

const redirectedPreflight: Lesson = {
  id: 'redirected-preflight',
  title: 'A preflight that is redirected',
  story:
    'The team moved the API to /api/v2 and made the old paths answer 308 with a Location to the new ones. Plain ' +
    'GETs still work, following the redirect, but saving an item now fails with "Response to preflight request ' +
    'doesn\'t pass access control check: Redirect is not allowed for a preflight request."',
  goal: 'Make the app\'s PUT succeed while the old path keeps redirecting the actual request.',
  hints: [
    'Open the wire detail: the OPTIONS got the 308, not only the PUT.',
    'A browser never follows a redirect on a preflight: any 3xx with a Location fails it, whatever its CORS headers say.',
    'A redirect of the actual request is allowed after a successful preflight; the browser then preflights again at the new URL if it needs to.',
    'In the raw preflight lines, answer 204 and remove the Location line; leave the 308 on the actual response.',
  ],
  start: rawLesson('The old path redirects the preflight too', JSON_PUT, rawResponse(308, ...ALLOW_PUT_LINES, MOVED), rawResponse(308, APP_ORIGIN, MOVED)),
  solution: rawLesson('The preflight is answered; only the PUT is redirected', JSON_PUT, rawResponse(204, ...ALLOW_PUT_LINES), rawResponse(308, APP_ORIGIN, MOVED)),
  startsWith: { outcome: 'cors-error', corsError: 'PreflightDisallowedRedirect' },
  check: [{ label: 'The app saves through the redirect (after a successful preflight)', from: 'app', expect: { outcome: 'ok', preflight: 'sent' } }],
  rule:
    'A preflight must be answered where it is sent: a redirect in answer to it is a failure, never followed. ' +
    'The actual request may be redirected (each hop is CORS-checked, and a new preflight is made at the new URL ' +
    'when needed), but the simplest fix is for the front end to call the final URL.',
  spec: { title: 'Fetch: CORS-preflight fetch (a redirect is not an ok status)', href: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch' },
  configure: {
    express: [
      '// cors() comes first and ends every preflight with 204: the redirect below only sees actual requests.',
      "app.use(cors({ origin: ['https://app.example.com'], methods: ['GET', 'PUT'] }));",
      "app.use('/api/items', (req, res) => res.redirect(308, '/api/v2/items' + req.url));",
    ].join('\n'),
    fastapi: [
      '# CORSMiddleware answers preflights before routing, so no route or redirect_slashes redirect sees them.',
      'app.add_middleware(',
      '    CORSMiddleware,',
      '    allow_origins=["https://app.example.com"],',
      '    allow_methods=["GET", "PUT"],',
      '    allow_headers=["Content-Type"],',
      ')',
      '',
      '@app.api_route("/api/items/{rest:path}", methods=["GET", "PUT"])',
      'async def moved(rest: str) -> Response:',
      '    return RedirectResponse(f"/api/v2/items/{rest}", status_code=308)',
    ].join('\n'),
    spring: [
      '// The CorsFilter (registered for "/**") answers the preflight before any controller',
      '// or redirect rule runs; only the actual request reaches the redirect.',
      'source.registerCorsConfiguration("/**", config);',
      'return new CorsFilter(source);',
    ].join('\n'),
    go: [
      '// cors answers the preflight (204) and returns; only actual requests reach the redirect.',
      'moved := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {',
      '\trest := strings.TrimPrefix(r.URL.Path, "/api/items/")',
      '\thttp.Redirect(w, r, "/api/v2/items/"+rest, http.StatusPermanentRedirect)',
      '})',
      'http.Handle("/api/items/", cors(moved))',
    ].join('\n'),
    nginx: [
      'location ~ ^/api/items/(.*)$ {',
      '    if ($request_method = OPTIONS) {   # answer the preflight here: never redirect it',
      '        add_header Access-Control-Allow-Origin "https://app.example.com" always;',
      '        add_header Access-Control-Allow-Methods "GET, PUT" always;',
      '        add_header Access-Control-Allow-Headers "Content-Type" always;',
      '        return 204;',
      '    }',
      '    # The 308 itself is CORS-checked too.',
      '    add_header Access-Control-Allow-Origin "https://app.example.com" always;',
      '    return 308 /api/v2/items/$1$is_args$args;',
      '}',
    ].join('\n'),
  },
  teaches: ['PreflightDisallowedRedirect'],
};

export const preflightAnswers: Chapter = {
  id: 'preflight-answers',
  title: 'How the preflight is answered',
  lessons: [preflight401, redirectedPreflight],
};
