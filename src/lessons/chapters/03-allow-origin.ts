// Chapter: Access-Control-Allow-Origin missing.
// Lessons (ids are stable: they are in links): missing-allow-origin, cors-on-error-responses.
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Policy, Scenario } from '../../scenario/types.ts';

const scenario = (title: string, policy: Partial<Policy>): Scenario => ({
  version: 1,
  title,
  request: DEFAULT_REQUEST,
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});
const APP_ONLY: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}'] } };
const attackerBlocked = { label: 'The attacker’s site still cannot read it', from: 'cross-site', expect: { outcome: 'cors-error' } } as const;

const missingAllowOrigin: Lesson = {
  id: 'missing-allow-origin',
  title: 'No Access-Control-Allow-Origin',
  story:
    `The front end on app.playground.localhost fetches /api/data from the API on api.playground.localhost. The server answers 200 with the data, the Network tab shows it, and yet the page gets “TypeError: Failed to fetch” and the console says: “No 'Access-Control-Allow-Origin' header is present on the requested resource.”`,
  goal: 'Let the app read the data, and only the app: another site must stay blocked.',
  hints: [
    'The browser did send the request and got the answer; it withholds it from the page because the API did not say the app’s origin may read it.',
    'The server names who may read with Access-Control-Allow-Origin: one exact origin (or *, which means everyone).',
    'In the policy, allow the origin list with just the app’s origin, {app}.',
  ],
  start: scenario('Lesson: the API sends no Access-Control-Allow-Origin', {}),
  solution: scenario('Lesson solved: the API allows the app’s origin', APP_ONLY),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  check: [{ label: 'The app reads the data', from: 'app', expect: { outcome: 'ok', status: 200 } }, attackerBlocked],
  rule:
    `A cross-origin response reaches the page only if it carries Access-Control-Allow-Origin with the page’s exact origin (or *, for requests without credentials). Without it Chromium blocks the response with “No 'Access-Control-Allow-Origin' header is present on the requested resource.”; after a preflight the same words follow “Response to preflight request doesn't pass access control check:”. The server must send it; nothing in the page can.`,
  spec: { title: 'Fetch: CORS check', href: 'https://fetch.spec.whatwg.org/#cors-check' },
  configure: {
    express: "import cors from 'cors';\napp.use(cors({ origin: ['https://app.example.com'] }));",
    fastapi: "from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'])",
    spring: 'CorsConfiguration config = new CorsConfiguration();\nconfig.setAllowedOrigins(List.of("https://app.example.com"));',
    go: 'if r.Header.Get("Origin") == "https://app.example.com" {\n\tw.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")\n\tw.Header().Add("Vary", "Origin")\n}',
    nginx: 'map $http_origin $allowed_origin { "https://app.example.com" $http_origin; default ""; }\nadd_header Access-Control-Allow-Origin $allowed_origin always;\nadd_header Vary Origin always;',
  },
  teaches: ['MissingAllowOriginHeader', 'PreflightMissingAllowOriginHeader'],
};

const corsOnErrorResponses: Lesson = {
  id: 'cors-on-error-responses',
  title: 'CORS headers on error responses too',
  story:
    'The API allows the app’s origin, and reading works while you are logged in. When the session has expired the API answers 401, and the app should say “please log in again”. Instead it gets “Failed to fetch”, and the console blames a missing Access-Control-Allow-Origin: the error handler answers before the CORS middleware has added its headers.',
  goal: 'Let the app read the 401 itself (its status), so it can react to it; keep other sites blocked.',
  hints: [
    'JavaScript never sees the status of a response that fails the CORS check: the 401 is hidden behind a CORS error.',
    'The CORS headers must be on every response the app may read, error responses included.',
    'Keep the 401, and turn on “CORS headers on error responses” (the middleware runs before the error handler).',
  ],
  start: scenario('Lesson: a 401 without CORS headers', { ...APP_ONLY, actualStatus: 401, corsOnErrors: false }),
  solution: scenario('Lesson solved: the 401 carries the CORS headers', { ...APP_ONLY, actualStatus: 401, corsOnErrors: true }),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  check: [{ label: 'The app reads the 401', from: 'app', expect: { outcome: 'ok', status: 401 } }, attackerBlocked],
  rule:
    'The CORS check looks at the headers of every response, whatever its status: a 401, 404 or 500 without Access-Control-Allow-Origin is blocked like any other, and the page learns only “Failed to fetch”, never the status. Put the CORS middleware first, so error handlers, auth layers and gateways answer with its headers too.',
  spec: { title: 'Fetch: CORS check (it does not look at the status)', href: 'https://fetch.spec.whatwg.org/#cors-check' },
  configure: {
    express: "app.use(cors({ origin: ['https://app.example.com'] })); // first, before auth and routes\napp.use(requireLogin); // its 401 now carries the CORS headers",
    fastapi: "# Add CORSMiddleware last: Starlette runs the last one added first (outermost),\n# so HTTPException(401) answers go through it\napp.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'])",
    spring: '// Register the CorsFilter ahead of Spring Security\'s filters\nhttp.cors(Customizer.withDefaults()); // Spring Security applies CORS before authentication',
    go: 'handler := withCORS(requireLogin(api)) // CORS wraps everything, errors included',
    nginx: '# "always" adds the header to 4xx and 5xx answers too\nadd_header Access-Control-Allow-Origin $allowed_origin always;',
  },
  teaches: ['MissingAllowOriginHeader'],
};

export const allowOrigin: Chapter = {
  id: 'allow-origin',
  title: 'Access-Control-Allow-Origin missing',
  lessons: [missingAllowOrigin, corsOnErrorResponses],
};
