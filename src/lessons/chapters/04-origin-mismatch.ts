// Chapter: An origin that does not match.
// Lessons (ids are stable: they are in links): wrong-port, localhost-vs-127, trailing-slash, comma-separated-list, allow-origin-not-an-origin.
// Chromium's words are quoted from /work/shared/reference/chromium-cors.md §4.2 (and its "observed" list: no suffix after
// "Have the server send the header with a valid value.").
import type { Chapter, Framework, Lesson, Probe } from '../types.ts';
import { ATTACKER_IS_REFUSED, policyLesson } from '../lesson-parts.ts';

const APP_READS: Probe = { label: 'The app reads the data', from: 'app', expect: { outcome: 'ok' } };
const ADMIN_READS: Probe = { label: 'The admin front end reads the data', from: 'admin', expect: { outcome: 'ok' } };
const SIBLING_IS_REFUSED: Probe = { label: 'Another subdomain of the site (user content) is refused', from: 'sibling', expect: { outcome: 'cors-error' } };
const CHECK_SPEC = { title: 'Fetch: CORS check', href: 'https://fetch.spec.whatwg.org/#concept-cors-check' };

/** The configuration that allows exactly these origins, each answered with itself (a list, echoed, with Vary: Origin). */
function allowList(origins: string[], note = ''): Record<Framework, string> {
  const js = origins.map((o) => `'${o}'`).join(', ');
  const quoted = origins.map((o) => `"${o}"`).join(', ');
  const slash = note && ` // ${note}`;
  return {
    express: `app.use(cors({ origin: [${js}] }));${slash}`,
    fastapi: `app.add_middleware(CORSMiddleware, allow_origins=[${quoted}])${note && `  # ${note}`}`,
    spring: `registry.addMapping("/api/**").allowedOrigins(${quoted});${slash}`,
    go: `cors.New(cors.Options{AllowedOrigins: []string{${quoted}}})${slash}`,
    nginx: [
      'map $http_origin $cors_origin {',
      ...origins.map((o) => `    "${o}" $http_origin;`),
      '}',
      `add_header Access-Control-Allow-Origin $cors_origin always;${note && `  # ${note}`}`,
      'add_header Vary Origin always;',
    ].join('\n'),
  };
}

const wrongPort: Lesson = {
  id: 'wrong-port',
  title: 'The right host, the wrong port',
  story:
    'Ana moved the front end from the old dev server on port 3000 to Vite, and every request to the API now fails. ' +
    "The console says: \"The 'Access-Control-Allow-Origin' header has a value '…:3000' that is not equal to the supplied origin. " +
    'Have the server send the header with a valid value." The server still names the old address.',
  goal: "Make the server allow the app's origin exactly as the browser sends it, port included.",
  hints: [
    'Compare the Origin request header with the Access-Control-Allow-Origin answer in the wire detail, character by character.',
    'An origin is scheme, host and port. Port 3000 and the app\'s port are two different origins, even on the same host.',
    'Set the allowed origin to the app itself: the {app} token is the app\'s origin wherever the playground runs.',
  ],
  start: policyLesson('The server still allows the old dev server on port 3000', {}, { allowOrigin: { type: 'fixed', origin: 'http://app.{site}:3000' } }),
  solution: policyLesson("The server allows the app's own origin", {}, { allowOrigin: { type: 'fixed', origin: '{app}' } }),
  startsWith: { outcome: 'cors-error', corsError: 'AllowOriginMismatch' },
  check: [APP_READS, ATTACKER_IS_REFUSED],
  rule:
    'The browser compares Access-Control-Allow-Origin with the request\'s origin byte for byte: scheme, host and port. ' +
    'A different port is a different origin, so the value must be exactly the Origin the page sent.',
  spec: CHECK_SPEC,
  configure: allowList(['https://app.example.com:5173']),
  teaches: ['AllowOriginMismatch', 'PreflightAllowOriginMismatch'],
};

const localhostVs127: Lesson = {
  id: 'localhost-vs-127',
  title: 'Same machine, another name: a different origin',
  story:
    "Ben's .env file sets the allowed origin to http://127.0.0.1 on the app's port, because that is where the app runs. But the browser " +
    "tab shows the app under a host name, and every request fails: \"The 'Access-Control-Allow-Origin' header has a value 'http://127.0.0.1:…' " +
    'that is not equal to the supplied origin. Have the server send the header with a valid value." Same machine, same port: what is unequal?',
  goal: 'Make the server allow the app by the origin the browser actually sends.',
  hints: [
    'Look at the Origin header the browser sent: it carries the host name in the address bar, not the address it resolves to.',
    'The browser compares the two as text. It never asks which address a name resolves to.',
    'localhost, 127.0.0.1 and app.playground.localhost all reach this machine and are three different origins. Allow {app}.',
  ],
  start: policyLesson('The server allows 127.0.0.1 on the app\'s port', {}, { allowOrigin: { type: 'fixed', origin: 'http://127.0.0.1:{app-port}' } }),
  solution: policyLesson('The server allows the app as the browser names it', {}, { allowOrigin: { type: 'fixed', origin: '{app}' } }),
  startsWith: { outcome: 'cors-error', corsError: 'AllowOriginMismatch' },
  check: [APP_READS, ATTACKER_IS_REFUSED],
  rule:
    'An origin is compared as text, host name included: the browser never looks at the IP address behind it. ' +
    'http://localhost:5173 and http://127.0.0.1:5173 are different origins; list each one a page is really served from.',
  spec: { title: 'HTML: origins (the serialization the browser sends)', href: 'https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin' },
  configure: allowList(['http://localhost:5173', 'http://127.0.0.1:5173']),
  teaches: [],
};

const trailingSlash: Lesson = {
  id: 'trailing-slash',
  title: 'One trailing slash too many',
  story:
    "Chloé copied the front end's address from the browser's address bar into the server's configuration. The value looks " +
    "right, yet the console says: \"The 'Access-Control-Allow-Origin' header has a value '…/' that is not equal to the supplied origin. " +
    'Have the server send the header with a valid value."',
  goal: 'Send the app\'s origin with nothing after the port.',
  hints: [
    'Read the value in the console message to its last character.',
    'An origin has no path: not even "/". The address bar shows a URL, the Origin header an origin.',
    'Set the allowed origin to {app}, without the slash.',
  ],
  start: policyLesson('The configured origin ends with a slash', {}, { allowOrigin: { type: 'fixed', origin: '{app}/' } }),
  solution: policyLesson('The configured origin is the bare origin', {}, { allowOrigin: { type: 'fixed', origin: '{app}' } }),
  startsWith: { outcome: 'cors-error', corsError: 'AllowOriginMismatch' },
  check: [APP_READS, ATTACKER_IS_REFUSED],
  rule:
    'Access-Control-Allow-Origin must be the serialized origin, scheme://host[:port], exactly as the Origin header carries it. ' +
    'A trailing slash, a path, upper-case letters or an explicit default port all make it a different string, and the check fails.',
  spec: CHECK_SPEC,
  configure: allowList(['https://app.example.com'], 'no trailing slash'),
  teaches: [],
};

const commaSeparatedList: Lesson = {
  id: 'comma-separated-list',
  title: 'Two origins in one header value',
  story:
    'Dev wants both the app and the admin front end to read the API, so he wrote both origins into the one configured value, ' +
    "separated by a comma. Now neither works: \"The 'Access-Control-Allow-Origin' header contains multiple values '…, …', but only one is allowed. " +
    'Have the server send the header with a valid value."',
  goal: 'Let the app and the admin front end both read the data, and no one else.',
  hints: [
    'Access-Control-Allow-Origin holds one origin (or *), never a list.',
    'The server must pick the value per request: the caller\'s Origin when it is on its list, nothing otherwise.',
    'Use a list of allowed origins ({app} and {admin}) instead of one fixed value: the middleware answers each caller with its own origin.',
  ],
  start: policyLesson('Both origins are written into one fixed value', {}, { allowOrigin: { type: 'fixed', origin: '{app}, {admin}' } }),
  solution: policyLesson('An allow-list: each caller gets its own origin back', {}, { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] } }),
  startsWith: { outcome: 'cors-error', corsError: 'MultipleAllowOriginValues' },
  check: [APP_READS, ADMIN_READS, ATTACKER_IS_REFUSED],
  rule:
    'Access-Control-Allow-Origin carries a single origin, `*` or `null`; a comma or a space makes it "multiple values" and the check fails. ' +
    'To allow several origins, keep the list on the server, echo the request\'s Origin when it is on the list, and send Vary: Origin.',
  spec: { title: 'Fetch: HTTP new-header syntax (Access-Control-Allow-Origin = origin-or-null / "*")', href: 'https://fetch.spec.whatwg.org/#http-new-header-syntax' },
  configure: allowList(['https://app.example.com', 'https://admin.example.com']),
  teaches: [],
};

const allowOriginNotAnOrigin: Lesson = {
  id: 'allow-origin-not-an-origin',
  title: 'A wildcard subdomain is not an origin',
  story:
    'Elif wanted every front end of the company to read the API, so the server sends Access-Control-Allow-Origin: *.playground.localhost. ' +
    "The browser refuses it: \"The 'Access-Control-Allow-Origin' header contains the invalid value '*.playground.localhost'. " +
    'Have the server send the header with a valid value."',
  goal: 'Let the app and the admin front end read the data, while the user-content subdomain of the same site stays refused.',
  hints: [
    'Browsers understand exactly three kinds of value: one origin, `*`, or `null`. There is no pattern syntax.',
    'Even if the browser accepted it, *.playground.localhost would also trust evil.playground.localhost, where users host their own pages.',
    'List the trusted origins by name: {app} and {admin}.',
  ],
  start: policyLesson('The server sends a wildcard subdomain', {}, { allowOrigin: { type: 'fixed', origin: '*.{site}' } }),
  solution: policyLesson('The server lists the trusted front ends by name', {}, { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] } }),
  startsWith: { outcome: 'cors-error', corsError: 'InvalidAllowOriginValue' },
  check: [APP_READS, ADMIN_READS, SIBLING_IS_REFUSED],
  rule:
    'Access-Control-Allow-Origin is one serialized origin, `*` or `null`: a value that is not a URL, such as *.example.com, is invalid. ' +
    'Match subdomains on the server (a list, or an anchored pattern with escaped dots) and send back the single origin that matched.',
  spec: CHECK_SPEC,
  configure: allowList(['https://app.example.com', 'https://admin.example.com']),
  teaches: ['InvalidAllowOriginValue', 'PreflightInvalidAllowOriginValue'],
};

export const originMismatch: Chapter = {
  id: 'origin-mismatch',
  title: 'An origin that does not match',
  lessons: [wrongPort, localhostVs127, trailingSlash, commaSeparatedList, allowOriginNotAnOrigin],
};
