// Chapter: Two Access-Control-Allow-Origin values.
// Lessons (ids are stable: they are in links): two-allow-origin-values.
import type { Chapter, Lesson } from '../types.ts';
import { ATTACKER_IS_REFUSED, policyLesson } from '../lesson-parts.ts';

const APP_ONLY = { allowOrigin: { type: 'list' as const, origins: ['{app}'] } };
const ITEMS = { path: '/api/items' };

const twoAllowOriginValues: Lesson = {
  id: 'two-allow-origin-values',
  title: 'The proxy and the app both add CORS',
  story:
    'Sam put nginx in front of the API and, following a blog post, added "add_header Access-Control-Allow-Origin *" ' +
    'there too. The app behind it already answers with the front end\'s origin. Now every call fails with ' +
    '"The \'Access-Control-Allow-Origin\' header contains multiple values \'…, *\', but only one is allowed." ' +
    'Each layer, tested alone, looks right.',
  goal: 'Make the app read the items with exactly one Access-Control-Allow-Origin value, and keep other sites out.',
  hints: [
    'Look at what the server sent back: how many Access-Control-Allow-Origin lines are there?',
    'The browser joins repeated header lines with ", " and then needs the result to equal the page\'s origin exactly: two right answers make one wrong one.',
    'Decide which layer owns CORS and remove it from the other. Removing the app\'s list and keeping the proxy\'s "*" would let every site read the API.',
    'Clear the proxy\'s header lines and keep the app\'s list of allowed origins.',
  ],
  start: policyLesson('nginx and the app both send Access-Control-Allow-Origin', ITEMS, { ...APP_ONLY, proxyHeaders: [['Access-Control-Allow-Origin', '*']] }),
  solution: policyLesson('Only the app sends CORS headers', ITEMS, { ...APP_ONLY, proxyHeaders: [] }),
  startsWith: { outcome: 'cors-error', corsError: 'MultipleAllowOriginValues' },
  check: [
    { label: 'The app reads the items', from: 'app', expect: { outcome: 'ok' } },
    ATTACKER_IS_REFUSED,
  ],
  rule:
    'Access-Control-Allow-Origin takes exactly one value: a single origin, or "*". Repeated lines are combined ' +
    'into one comma-separated value, which never equals an origin, so the check fails even when both lines are ' +
    'right (or both are "*"); the answer to a preflight is checked the same way. Let exactly one layer, the proxy or ' +
    'the application, add CORS headers.',
  spec: { title: 'Fetch: CORS check', href: 'https://fetch.spec.whatwg.org/#cors-check' },
  configure: {
    express: [
      '// The app owns CORS: nginx in front adds no Access-Control-* header of its own.',
      "app.use(cors({ origin: ['https://app.example.com'] }));",
    ].join('\n'),
    fastapi: [
      '# The app owns CORS: nginx in front adds no Access-Control-* header of its own.',
      'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])',
    ].join('\n'),
    spring: [
      '// The app owns CORS: nginx in front adds no Access-Control-* header of its own.',
      'config.setAllowedOrigins(Arrays.asList("https://app.example.com"));',
    ].join('\n'),
    go: [
      '// The app owns CORS: nginx in front adds no Access-Control-* header of its own.',
      'var allowedOrigins = map[string]bool{"https://app.example.com": true}',
    ].join('\n'),
    nginx: [
      'location /api/ {',
      '    # The app behind answers CORS itself: no add_header Access-Control-* here.',
      '    proxy_pass http://127.0.0.1:3000;',
      '    # Or, if nginx owns CORS instead, drop the app\'s copy before adding yours:',
      '    # proxy_hide_header Access-Control-Allow-Origin;',
      '}',
    ].join('\n'),
  },
  teaches: ['MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'],
};

export const twoValues: Chapter = {
  id: 'two-values',
  title: 'Two Access-Control-Allow-Origin values',
  lessons: [twoAllowOriginValues],
};
