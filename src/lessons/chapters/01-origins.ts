// Chapter: Origins: what CORS protects, and what it does not.
// Lessons (ids are stable: they are in links): same-or-cross-origin, embed-vs-read, curl-sees-no-cors.
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../../scenario/types.ts';

const APP_ONLY: Policy = { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] } };
const scenario = (title: string, request: Partial<ScenarioRequest>, policy: Policy = APP_ONLY): Scenario => ({
  version: 1,
  title,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy },
});

const ALLOW_APP = {
  express: "app.use(cors({ origin: 'https://app.example.com' }));",
  fastapi: "app.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'])",
  spring: 'config.setAllowedOrigins(List.of("https://app.example.com"));',
  go: 'if r.Header.Get("Origin") == "https://app.example.com" {\n\tw.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")\n\tw.Header().Add("Vary", "Origin")\n}',
  nginx: "map $http_origin $allowed_origin { 'https://app.example.com' $http_origin; default ''; }\nadd_header Access-Control-Allow-Origin $allowed_origin always;\nadd_header Vary Origin always;",
};

const sameOrCrossOrigin: Lesson = {
  id: 'same-or-cross-origin',
  title: 'Same origin or cross-origin?',
  story:
    'The front end is served from http://app.playground.localhost:5173 and the API from http://api.playground.localhost:8787. “It is all our own site”, thinks a developer, and adds mode: "same-origin" to the fetch() call to be safe. Now nothing is sent at all, and the console says “Fetch API cannot load … Request mode is "same-origin" but the URL\'s origin is not same as the request origin”.',
  goal: 'Let the app read the data from the API, which already allows the app’s origin.',
  hints: [
    'An origin is three things: the scheme, the host and the port. Two URLs are same-origin only when all three are equal.',
    'app.playground.localhost:5173 and api.playground.localhost:8787 differ in host and in port: the same site, but two origins.',
    'mode: "same-origin" refuses every other origin before anything is sent. Use the default, mode: "cors", and let the server’s CORS headers decide.',
  ],
  start: scenario('Lesson: mode "same-origin" to another origin', { mode: 'same-origin' }),
  solution: scenario('Lesson solved: a CORS request to the API', { mode: 'cors' }),
  startsWith: { outcome: 'network-error' },
  check: [
    { label: 'The app reads the data from the API', from: 'app', expect: { outcome: 'ok' } },
    { label: 'A page on the API’s own origin may use mode "same-origin"', from: 'same-origin', request: { mode: 'same-origin' }, expect: { outcome: 'ok', preflight: 'none' } },
  ],
  rule:
    'An origin is a scheme, a host and a port; a URL is same-origin with the page only when all three match, so another subdomain or another port is already cross-origin (while still the same site). Cross-origin requests need mode "cors" and the server’s permission; mode "same-origin" makes the browser refuse them before sending anything (Chromium names this DisallowedByMode).',
  spec: { title: 'HTML: origins, same origin', href: 'https://html.spec.whatwg.org/multipage/browsers.html#same-origin' },
  configure: ALLOW_APP,
  teaches: ['DisallowedByMode'],
};

const embedVsRead: Lesson = {
  id: 'embed-vs-read',
  title: 'Embedding works across origins; reading does not',
  story:
    'An attacker’s page on another site points an <img> at the API, posts a <form> to it and loads it as a <script>. The browser sends all of these, with no CORS check at all: the web has always let pages embed and post across origins. So is the API’s data exposed?',
  goal: 'From the attacker’s page, switch from the <img> to fetch() and see what CORS really protects: reading the answer.',
  hints: [
    'An <img>, a <script> and a form post are “no-cors” requests: they are sent, and the answer is used (shown, run, navigated to), but page script never reads its bytes.',
    'fetch() is the way script reads an answer. That is what the server’s Access-Control-Allow-Origin has to allow.',
    'Set “What the page uses” to fetch() and send from the attacker’s origin: the API does not allow it, so the read is blocked.',
  ],
  start: scenario('Lesson: the attacker’s page embeds the API', { from: 'cross-site', via: 'img' }),
  solution: scenario('Lesson solved: the attacker’s page tries to read with fetch()', { from: 'cross-site' }),
  startsWith: { outcome: 'opaque' },
  check: [
    { label: 'An <img> on the attacker’s page loads the API’s image', from: 'cross-site', request: { via: 'img' }, expect: { outcome: 'opaque', channelEvent: 'load' } },
    { label: 'A form on the attacker’s page posts to the API, which receives it', from: 'cross-site', request: { via: 'form', method: 'POST', body: { type: 'urlencoded', fields: [['amount', '100']] } }, expect: { outcome: 'opaque', channelEvent: 'load' } },
    { label: 'fetch() on the attacker’s page cannot read the answer', from: 'cross-site', expect: { outcome: 'cors-error' } },
  ],
  rule:
    'The same-origin policy does not stop a page from sending requests to other origins: <img>, <script>, <link> and form posts go out with the user’s cookies (as SameSite allows) and no CORS check. What it stops is reading the answer; CORS is how a server lets chosen origins read. So CORS does not protect the server from requests (use CSRF tokens and SameSite cookies for that): it protects the answer.',
  spec: { title: 'Fetch: the CORS protocol', href: 'https://fetch.spec.whatwg.org/#http-cors-protocol' },
  configure: ALLOW_APP,
  teaches: [],
};

const curlSeesNoCors: Lesson = {
  id: 'curl-sees-no-cors',
  title: 'Why curl never sees CORS',
  story:
    '“It works with curl!” The developer runs curl -i -H "Origin: http://app.playground.localhost:5173" against the API and gets 200 with the data; the browser shows “No \'Access-Control-Allow-Origin\' header is present on the requested resource”. Open the wire detail after Send: the server’s record shows it received the request and answered 200 too. The answer is the same; only the browser refuses to hand it to the page.',
  goal: 'Let the app read the data in the browser, and only the app: fix it on the server, where curl would see the new header too.',
  hints: [
    'curl has no page and no origin to protect: it sends Origin only if you add it, and never checks any Access-Control-* header. The browser does, on behalf of the user.',
    'The server answered 200 both times; what is missing is Access-Control-Allow-Origin naming the page’s origin.',
    'Allow the app’s origin ({app}) in the server’s allow list. Do not allow every origin: the attacker’s page must stay blocked.',
  ],
  start: scenario('Lesson: it works in curl, not in the browser', {}, DEFAULT_POLICY),
  solution: scenario('Lesson solved: the server allows the app', {}, APP_ONLY),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  check: [
    { label: 'The app reads the data in the browser', from: 'app', expect: { outcome: 'ok' } },
    { label: 'The attacker’s page still cannot read it', from: 'cross-site', expect: { outcome: 'cors-error' } },
  ],
  rule:
    'CORS is enforced by the browser, not by the server: the server answers every request the same way, and the browser decides whether the calling page may read the answer, from the Access-Control-* headers. curl, Postman and server-to-server calls have no page to protect, so they never see a CORS error; a fix is always a header the server sends (or not calling across origins at all).',
  spec: { title: 'Fetch: CORS check', href: 'https://fetch.spec.whatwg.org/#concept-cors-check' },
  configure: ALLOW_APP,
  teaches: ['MissingAllowOriginHeader'],
};

export const origins: Chapter = {
  id: 'origins',
  title: 'Origins: what CORS protects, and what it does not',
  lessons: [sameOrCrossOrigin, embedVsRead, curlSeesNoCors],
};
