// Chapter: Simple requests and preflights.
// Lessons (ids are stable: they are in links): make-it-simple, what-forces-a-preflight.
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../../scenario/types.ts';

/** The API allows the app's origin and the three safelisted methods, and no request header at all. */
const APP_ONLY: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] } };
const scenario = (title: string, request: Partial<ScenarioRequest>): Scenario => ({
  version: 1,
  title,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: APP_ONLY },
});

const jsonPost: Partial<ScenarioRequest> = { method: 'POST', path: '/api/notes', body: { type: 'json', text: '{"note":"hello"}' } };

const makeItSimple: Lesson = {
  id: 'make-it-simple',
  title: 'Make the request simple',
  story:
    'The front end posts a note to the API with Content-Type: application/json. The API’s CORS middleware allows the app’s origin, but nobody told it about request headers, and the console says the preflight failed. You cannot change the server today.',
  goal: 'Get the note to the API from the app, with no preflight at all, by changing only the request.',
  hints: [
    'A request that is “simple” (a CORS-safelisted method and only safelisted headers) is sent without asking the server first.',
    'Content-Type is safelisted only for three values: application/x-www-form-urlencoded, multipart/form-data and text/plain.',
    'Keep the JSON body, but send it as Content-Type: text/plain (the server then parses the text itself).',
  ],
  start: scenario('Lesson: a JSON POST that needs a preflight', { ...jsonPost, headers: [['Content-Type', 'application/json']] }),
  solution: scenario('Lesson solved: the same POST as text/plain', { ...jsonPost, headers: [['Content-Type', 'text/plain']] }),
  startsWith: { outcome: 'cors-error', corsError: 'HeaderDisallowedByPreflightResponse' },
  check: [{ label: 'The app posts the note without a preflight', from: 'app', expect: { outcome: 'ok', preflight: 'none' } }],
  rule:
    'A cross-origin request is sent straight away only when its method is GET, HEAD or POST and every header it sets is CORS-safelisted; Content-Type counts only as application/x-www-form-urlencoded, multipart/form-data or text/plain. Anything else makes the browser send an OPTIONS preflight first, and the real request waits for its answer.',
  spec: { title: 'Fetch: CORS-safelisted request-header', href: 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header' },
  configure: {
    express: "// Client side: no preflight needed\nfetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(note) });\n// Server: read the text and parse it yourself\napp.post('/api/notes', express.text(), (req, res) => res.json(JSON.parse(req.body)));",
    fastapi: "@app.post('/api/notes')\nasync def notes(request: Request):\n    note = json.loads(await request.body())  # sent as text/plain\n    return note",
    spring: '@PostMapping(path = "/api/notes", consumes = MediaType.TEXT_PLAIN_VALUE)\npublic Note notes(@RequestBody String body) throws IOException {\n    return mapper.readValue(body, Note.class);\n}',
    go: 'http.HandleFunc("/api/notes", func(w http.ResponseWriter, r *http.Request) {\n\tvar note Note\n\tjson.NewDecoder(r.Body).Decode(&note) // text/plain body, JSON inside\n})',
    nginx: '# nothing to add: a simple POST needs no OPTIONS route\nlocation /api/ {\n    add_header Access-Control-Allow-Origin $allowed_origin always;\n    proxy_pass http://app;\n}',
  },
  teaches: ['HeaderDisallowedByPreflightResponse'],
};

const whatForcesAPreflight: Lesson = {
  id: 'what-forces-a-preflight',
  title: 'Find what forces the preflight',
  story:
    'A plain GET of the data fails, and the console talks about a preflight: but a GET should not need one. The request sets three headers that a helper library added. One of them is not on the browser’s safelist.',
  goal: 'Make the GET go out with no preflight by removing only the header that forces it.',
  hints: [
    'Accept and Content-Language are CORS-safelisted when their values are plain; custom X-… headers never are.',
    'Chromium’s message names the header the preflight asked about: look for “Request header field … is not allowed”.',
    'Remove X-Client-Version (or ask the server to allow it, but then a preflight is still sent).',
  ],
  start: scenario('Lesson: a GET that is preflighted', {
    headers: [['Accept', 'application/json'], ['Content-Language', 'en'], ['X-Client-Version', '2.4.1']],
  }),
  solution: scenario('Lesson solved: the GET without the custom header', {
    headers: [['Accept', 'application/json'], ['Content-Language', 'en']],
  }),
  startsWith: { outcome: 'cors-error', corsError: 'HeaderDisallowedByPreflightResponse' },
  check: [{ label: 'The app reads the data without a preflight', from: 'app', expect: { outcome: 'ok', preflight: 'none', status: 200 } }],
  rule:
    'One header that is not CORS-safelisted is enough to turn a GET into a preflighted request: the browser sends OPTIONS with Access-Control-Request-Headers naming it, and the server must list it in Access-Control-Allow-Headers. Custom X-… headers, Authorization and Content-Type: application/json all do this.',
  spec: { title: 'Fetch: CORS-preflight fetch', href: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch' },
  configure: {
    express: "// Either drop the header on the client, or allow it (a preflight still happens):\napp.use(cors({ origin: 'https://app.example.com', allowedHeaders: ['X-Client-Version'] }));",
    fastapi: "app.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'],\n                   allow_headers=['X-Client-Version'])",
    spring: 'config.setAllowedOrigins(List.of("https://app.example.com"));\nconfig.setAllowedHeaders(List.of("X-Client-Version"));',
    go: 'w.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")\nw.Header().Set("Access-Control-Allow-Headers", "X-Client-Version")',
    nginx: "add_header Access-Control-Allow-Origin $allowed_origin always;\nadd_header Access-Control-Allow-Headers 'X-Client-Version' always;",
  },
  teaches: ['HeaderDisallowedByPreflightResponse'],
};

export const simpleOrPreflighted: Chapter = {
  id: 'simple-or-preflighted',
  title: 'Simple requests and preflights',
  lessons: [makeItSimple, whatForcesAPreflight],
};
