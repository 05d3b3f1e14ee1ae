// Attack lessons about origin patterns that match more than their author
// meant: an unanchored start (endsWith), an unanchored end (startsWith) and an
// unescaped dot. Patterns are written as src/policy/pattern-syntax.ts reads
// them; tokens ({app}, {site}) stand for escaped literal text.
import type { Framework, Lesson } from '../../types.ts';
import { ADMIN_READS, APP_READS, blocked, credentialed, FETCH_CORS_CHECK } from './shared.ts';

/** The two front ends, exactly: anchored at both ends, dots escaped (the tokens are). */
const EXACT = '^({app}|{admin})$';

/** The safe pattern (or better, a set) in every framework. */
const EXACT_MATCH: Record<Framework, string> = {
  express: `const trusted = new Set(['https://app.example.com', 'https://admin.example.com']);
app.use(cors({
  origin: (origin, callback) => callback(null, trusted.has(origin)), // exact, not endsWith / startsWith
  credentials: true,
}));`,
  fastapi: `app.add_middleware(
    CORSMiddleware,
    # Starlette matches the whole origin (fullmatch); dots escaped
    allow_origin_regex=r"https://(app|admin)\\.example\\.com",
    allow_credentials=True,
)`,
  spring: `// exact origins, not patterns such as "https://*example.com"
config.setAllowedOrigins(List.of("https://app.example.com", "https://admin.example.com"));
config.setAllowCredentials(true);`,
  go: `var trusted = map[string]bool{"https://app.example.com": true, "https://admin.example.com": true}
c := cors.New(cors.Options{
    AllowOriginFunc:  func(origin string) bool { return trusted[origin] },
    AllowCredentials: true,
})`,
  nginx: `map $http_origin $cors_origin {
    default                                  "";
    "~^https://(app|admin)\\.example\\.com$" $http_origin;  # anchored, dots escaped
}
add_header Access-Control-Allow-Origin      $cors_origin always;
add_header Access-Control-Allow-Credentials true always;
add_header Vary                             Origin always;`,
};

const PATTERN_RULE_TAIL = 'Compare the Origin with a set of exact origins; if it must be a pattern, anchor it at both ends (^…$), escape every dot, and test it against lookalikes.';

export const suffixMatch: Lesson = {
  id: 'suffix-match',
  title: 'A suffix match: endsWith(\'playground.localhost\')',
  story:
    'The API trusts an origin when it ends with its site: the pattern playground\\.localhost(:\\d+)?$, the same test as origin.endsWith(\'playground.localhost\'). ' +
    'It matches http://evilplayground.localhost, a site anyone could register (on the web: notexample.com for example.com), and every subdomain, user content included. ' +
    'You are the attacker on evil.playground.localhost: the user’s cookie goes (same site), the pattern matches, and your script reads the user’s data.',
  goal: 'Fix the pattern so that only the app and the admin front end read the data.',
  hints: [
    'What does the pattern require before "playground"? Nothing: not a dot, not "://".',
    'Adding a dot in front (\\.playground\\.localhost$) stops evilplayground.localhost but still trusts every subdomain, the attacker’s included.',
    'Match the two origins exactly: ^({app}|{admin})$ (or a list with {app} and {admin}).',
  ],
  start: credentialed('The API trusts origins that end with its site', 'sibling', { allowOrigin: { type: 'pattern', pattern: '{site}(:\\d+)?$' } }),
  solution: credentialed('The API matches its two front ends exactly', 'sibling', { allowOrigin: { type: 'pattern', pattern: EXACT } }),
  startsWith: { outcome: 'ok', leak: true },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling'), blocked('cross-site')],
  rule: `The browser compares Access-Control-Allow-Origin with the page’s origin exactly; which origins get that header is the server’s decision alone, and a suffix test lets in every host that merely ends the same way. ${PATTERN_RULE_TAIL}`,
  spec: FETCH_CORS_CHECK,
  configure: EXACT_MATCH,
  teaches: [],
};

// The attacker's origins for the next two lessons are on another site; the six
// pages the playground runs from do not include them, so their checks are about
// what the learner must add (the admin front end) without opening a hole, and
// the review beside the pattern names the lookalike the browser cannot visit here.
const LOOKALIKE_NOTE = 'This playground runs requests from six pages only, none on that host, so the check cannot visit it: the security review beside the pattern names the origins it also allows. Make it silent.';

export const prefixMatch: Lesson = {
  id: 'prefix-match',
  title: 'A prefix match: startsWith(\'http://app.playground.localhost\')',
  story:
    'The API trusts the app with the pattern ^http://app\\.playground\\.localhost, the same test as origin.startsWith(\'http://app.playground.localhost\'), and the admin front end now needs access too. ' +
    'Nothing ends the pattern, so it also matches http://app.playground.localhost.evil.localhost, a host on the attacker’s own site (on the web: https://example.com.evil.net), which reads every answer the app can. ' +
    LOOKALIKE_NOTE,
  goal: 'Let the admin front end read the data too, with a pattern that matches the two front ends and nothing else.',
  hints: [
    'The admin page is refused today: its origin does not start with http://app.',
    'A pattern without $ lets anything follow: a longer host name on someone else’s domain, another port.',
    'Anchor both ends: ^({app}|{admin})$.',
  ],
  start: credentialed('The API trusts origins that start like its app', 'admin', { allowOrigin: { type: 'pattern', pattern: '^http://app\\.{site}' } }),
  solution: credentialed('The API matches its two front ends exactly', 'admin', { allowOrigin: { type: 'pattern', pattern: EXACT } }),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling'), blocked('cross-site'), blocked('null')],
  rule: `A serialized origin is scheme://host[:port] and nothing else, so a test that does not end at the port lets any longer host name through. ${PATTERN_RULE_TAIL}`,
  spec: { title: 'HTML: the serialization of an origin', href: 'https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin' },
  configure: EXACT_MATCH,
  teaches: [],
};

export const unescapedDot: Lesson = {
  id: 'unescaped-dot',
  title: 'An unescaped dot in the pattern',
  story:
    'The API trusts the app with the pattern ^http://app.playground.localhost(:\\d+)?$, copied from the origin as it reads, and the admin front end now needs access too. ' +
    'In a regular expression "." matches any character, so the pattern also matches http://app-playground.localhost and http://appxplayground.localhost: other sites, which anyone could register (on the web: wwwXexample.com for www.example.com). ' +
    LOOKALIKE_NOTE,
  goal: 'Let the admin front end read the data too, with a pattern whose dots match only dots.',
  hints: [
    'The admin page is refused today: the pattern names only the app.',
    'Every "." in a pattern must be written \\. to mean a dot; tokens such as {site} and {app} are escaped for you.',
    'Use ^({app}|{admin})$, or ^http://(app|admin)\\.{site}(:\\d+)?$.',
  ],
  start: credentialed('The API trusts its app with an unescaped pattern', 'admin', { allowOrigin: { type: 'pattern', pattern: '^http://app.playground.localhost(:\\d+)?$' } }),
  solution: credentialed('The API matches its two front ends exactly', 'admin', { allowOrigin: { type: 'pattern', pattern: EXACT } }),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling'), blocked('cross-site'), blocked('null')],
  rule: `An origin pattern is a regular expression, where "." is any character: an unescaped dot turns one host name into a family of lookalikes on other sites. ${PATTERN_RULE_TAIL}`,
  spec: FETCH_CORS_CHECK,
  configure: EXACT_MATCH,
  teaches: [],
};
