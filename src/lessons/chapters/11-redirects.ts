// Chapter: Redirects.
// Lessons (ids are stable: they are in links): redirect-taints-origin.
//
// The scenario cannot give each hop of a redirect its own answer: in raw mode
// the target answers with the same actual lines (status 200, no Location). So
// the lesson keeps one set of lines for both hops, and the learner fixes the
// Location: first its user-info, then the origin it points at.
import type { HeaderList } from '../../scenario/types.ts';
import type { Chapter, Lesson } from '../types.ts';
import { rawLesson, rawResponse } from '../lesson-parts.ts';

const REPORT = { path: '/api/reports/2026-11' };
const APP_ORIGIN: HeaderList[number] = ['Access-Control-Allow-Origin', '{app}'];
const NO_PREFLIGHT = rawResponse(204, APP_ORIGIN);
const redirectTo = (location: string) => rawResponse(302, APP_ORIGIN, ['Location', location]);

const redirectTaintsOrigin: Lesson = {
  id: 'redirect-taints-origin',
  title: 'A redirect to another origin: the origin becomes "null"',
  story:
    'The API answers a report download with a 302 to the storage server, and, as a quick hack, the storage ' +
    'password rides in the Location: http://reports:s3cret@api2…/files/2026-11.json. The front end gets ' +
    '"Redirect location \'\' contains a username and password, which is disallowed for cross-origin requests." ' +
    'And when the password goes, a stranger error takes its place.',
  goal: 'Let the app read the report through the redirect, without opening it to sandboxed pages (origin "null").',
  hints: [
    'First error: a cross-origin request may not be redirected to a URL with user-info (user:pass@). The storage should trust the API by other means; remove "reports:s3cret@" from the Location.',
    'Second error: the header says the app\'s origin and the console says the app\'s origin, yet they are "not equal". Look at the Origin the server received on the second hop.',
    'A redirect to another origin taints the request: from then on it sends Origin: null, which only "*" or a literal "null" matches, and trusting "null" trusts every sandboxed iframe on the web.',
    'Do not cross origins: point the Location back at the API ({api}/files/2026-11.json) and let the API serve the file.',
  ],
  start: rawLesson(
    'The report redirect carries the storage password',
    REPORT,
    NO_PREFLIGHT,
    redirectTo('http://reports:s3cret@{api2-host}/files/2026-11.json'),
  ),
  solution: rawLesson('The report is served from the API\'s own origin', REPORT, NO_PREFLIGHT, redirectTo('{api}/files/2026-11.json')),
  startsWith: { outcome: 'cors-error', corsError: 'RedirectContainsCredentials' },
  check: [
    { label: 'The app reads the report through the redirect', from: 'app', expect: { outcome: 'ok' } },
    { label: 'A sandboxed page (origin "null") is refused', from: 'null', expect: { outcome: 'cors-error' } },
  ],
  rule:
    'A CORS request may not be redirected to a URL with a user name or password. After a redirect to another origin ' +
    '(other than the page\'s own), the request\'s origin is serialized as "null" for the rest of the chain, so ' +
    'the final answer must allow "*" (no credentials) or the literal "null" (with credentials too); rather than ' +
    'trust "null", avoid the cross-origin hop: serve through the API, or have the front end fetch the final URL.',
  spec: { title: 'Fetch: serializing a request origin (redirect-taint)', href: 'https://fetch.spec.whatwg.org/#serializing-a-request-origin' },
  configure: {
    express: [
      '// Serve the file from the API\'s own origin (the API holds the storage credentials), not a redirect to storage.',
      "app.get('/api/reports/:month', cors({ origin: ['https://app.example.com'] }), async (req, res) => {",
      '  res.type(\'application/json\').send(await storage.read(`reports/${req.params.month}.json`));',
      '});',
    ].join('\n'),
    fastapi: [
      '# Serve the file from the API\'s own origin (the API holds the storage credentials), not a redirect to storage.',
      '@app.get("/api/reports/{month}")',
      'async def report(month: str) -> Response:',
      '    return Response(await storage.read(f"reports/{month}.json"), media_type="application/json")',
    ].join('\n'),
    spring: [
      '// Serve the file from the API\'s own origin (the CorsFilter covers "/**"), not a redirect to storage.',
      '@GetMapping(value = "/api/reports/{month}", produces = "application/json")',
      'public byte[] report(@PathVariable String month) { return storage.read("reports/" + month + ".json"); }',
    ].join('\n'),
    go: [
      '// Serve the file from the API\'s own origin (wrapped by cors), not a redirect to storage.',
      'http.Handle("/api/reports/", cors(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Content-Type", "application/json")',
      '\tw.Write(storage.Read("reports/" + path.Base(r.URL.Path) + ".json"))',
      '})))',
    ].join('\n'),
    nginx: [
      'location /api/reports/ {',
      '    add_header Access-Control-Allow-Origin $cors_allow_origin always;',
      '    # Fetch from storage on the server side (nginx sends the credentials), no redirect to the browser.',
      '    proxy_set_header Authorization "Basic <base64 of reports:password>";',
      '    proxy_pass http://storage.internal/files/;',
      '}',
    ].join('\n'),
  },
  teaches: ['RedirectContainsCredentials'],
};

export const redirects: Chapter = {
  id: 'redirects',
  title: 'Redirects',
  lessons: [redirectTaintsOrigin],
};
