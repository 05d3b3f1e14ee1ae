// Chapter: Response headers script can read.
// Lessons (ids are stable: they are in links): expose-headers.
import type { Chapter, Lesson } from '../types.ts';
import { policyLesson } from '../lesson-parts.ts';

const PAGE = { path: '/api/items?page=1' };
const LISTS_ITEMS = { allowOrigin: { type: 'list' as const, origins: ['{app}'] }, extraHeaders: [['X-Total-Count', '42']] as [string, string][] };

const exposeHeaders: Lesson = {
  id: 'expose-headers',
  title: 'A response header JavaScript cannot read',
  story:
    'Ana\'s API pages its item list and sends the total in an X-Total-Count header, so the front end can draw ' +
    '"page 1 of 5". The request succeeds and the items arrive, DevTools shows "X-Total-Count: 42" in the response, ' +
    'yet response.headers.get(\'X-Total-Count\') returns null. There is no error in the console at all.',
  goal: 'Let the app\'s JavaScript read X-Total-Count.',
  hints: [
    'Compare what the server sent with the "Readable headers" JavaScript got: which ones are missing?',
    'Across origins, script sees only a few response headers by default (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma); the server must name any other.',
    'The header that names them is Access-Control-Expose-Headers, on the actual response (not the preflight).',
    'Add X-Total-Count to the policy\'s exposed headers.',
  ],
  start: policyLesson('The total is sent but not exposed', PAGE, { ...LISTS_ITEMS, exposeHeaders: [] }),
  solution: policyLesson('The total is exposed to the app', PAGE, { ...LISTS_ITEMS, exposeHeaders: ['X-Total-Count'] }),
  startsWith: { outcome: 'ok' },
  check: [
    {
      label: 'The app reads X-Total-Count',
      from: 'app',
      expect: { outcome: 'ok', readableHeader: { name: 'X-Total-Count', readable: true } },
    },
  ],
  rule:
    'A cross-origin response shows script only its CORS-safelisted headers (Cache-Control, Content-Language, ' +
    'Content-Length, Content-Type, Expires, Last-Modified, Pragma) plus those named in Access-Control-Expose-Headers. ' +
    '"*" exposes them all, but only for requests without credentials; with credentials list them by name ' +
    '(Set-Cookie is never exposed).',
  spec: { title: 'Fetch: Access-Control-Expose-Headers', href: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers' },
  configure: {
    express: "app.use(cors({ origin: ['https://app.example.com'], exposedHeaders: ['X-Total-Count'] }));",
    fastapi: [
      'app.add_middleware(',
      '    CORSMiddleware,',
      '    allow_origins=["https://app.example.com"],',
      '    expose_headers=["X-Total-Count"],',
      ')',
    ].join('\n'),
    spring: [
      'config.setAllowedOrigins(Arrays.asList("https://app.example.com"));',
      'config.setExposedHeaders(Arrays.asList("X-Total-Count"));',
    ].join('\n'),
    go: [
      '// On the actual response, next to Access-Control-Allow-Origin (not only on the preflight).',
      'h.Set("Access-Control-Expose-Headers", "X-Total-Count")',
    ].join('\n'),
    nginx: [
      'add_header Access-Control-Allow-Origin $cors_allow_origin always;',
      'add_header Access-Control-Expose-Headers "X-Total-Count" always;',
    ].join('\n'),
  },
  teaches: [],
};

export const exposedHeaders: Chapter = {
  id: 'exposed-headers',
  title: 'Response headers script can read',
  lessons: [exposeHeaders],
};
