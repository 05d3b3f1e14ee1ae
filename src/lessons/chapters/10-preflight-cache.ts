// Chapter: Preflight caching.
// Lessons (ids are stable: they are in links): preflight-cache-max-age.
import { PREFLIGHT_MAX_AGE } from '../../engine/max-age.ts';
import type { Chapter, Lesson } from '../types.ts';
import { ALLOWS_APP_PUT, JSON_PUT, policyLesson, rawLesson, rawResponse } from '../lesson-parts.ts';

/** "Chromium 7200 s, Firefox 86400 s, Safari 600 s": each browser's cap, from the one table. */
const CAPS = PREFLIGHT_MAX_AGE.map((b) => `${b.browser} ${b.capSeconds} s`).join(', ');
/** The browsers that keep a preflight answer when the header is absent, and for how long. */
const WITHOUT_HEADER = PREFLIGHT_MAX_AGE.map((b) => (b.absentSeconds > 0 ? `${b.browser} keeps it ${b.absentSeconds} s` : `${b.browser} not at all`)).join(', ');

const preflightCacheMaxAge: Lesson = {
  id: 'preflight-cache-max-age',
  title: 'One preflight, then none: Access-Control-Max-Age',
  story:
    'Every save in Omar\'s dashboard costs two round trips: DevTools shows an OPTIONS before each PUT, and on the ' +
    'office VPN each one takes 300 ms. Someone set "Access-Control-Max-Age: 0" while debugging, so that CORS ' +
    'changes would show at once, and it shipped. Nothing fails; it is just slow.',
  goal: 'Let the browser reuse the preflight answer, so a second save goes out without an OPTIONS.',
  hints: [
    'Press Send twice and compare the timeline: is there an OPTIONS both times?',
    'The browser keeps a preflight answer for as long as its Access-Control-Max-Age says; 0 means "do not keep it".',
    'The header counts only on the preflight\'s answer: on the actual response it does nothing.',
    `Set Max-Age to 600 (ten minutes). Asking for more gets capped: ${CAPS}.`,
  ],
  start: policyLesson('Every PUT is preflighted (Max-Age 0)', JSON_PUT, { ...ALLOWS_APP_PUT, maxAge: 0 }),
  solution: policyLesson('The preflight answer is kept for ten minutes', JSON_PUT, { ...ALLOWS_APP_PUT, maxAge: 600 }),
  startsWith: { outcome: 'ok' },
  check: [
    { label: 'The second save sends no preflight', from: 'app', runs: 2, expect: { outcome: 'ok', preflight: 'none' } },
  ],
  rule:
    'A successful preflight answer is cached per origin and URL for Access-Control-Max-Age seconds, and requests it ' +
    `covers go out without a new OPTIONS. Each browser caps the value (${CAPS}); without the header ${WITHOUT_HEADER}. ` +
    '0 or a negative value means no caching, and the header counts only on the preflight\'s answer.',
  spec: { title: 'Fetch: CORS-preflight cache', href: 'https://fetch.spec.whatwg.org/#cors-preflight-cache' },
  configure: {
    express: [
      'app.use(cors({',
      "  origin: ['https://app.example.com'],",
      "  methods: ['GET', 'PUT'],",
      "  allowedHeaders: ['Content-Type'],",
      '  maxAge: 600, // seconds, sent on the preflight\'s answer',
      '}));',
    ].join('\n'),
    fastapi: [
      'app.add_middleware(',
      '    CORSMiddleware,',
      '    allow_origins=["https://app.example.com"],',
      '    allow_methods=["GET", "PUT"],',
      '    allow_headers=["Content-Type"],',
      '    max_age=600,  # Starlette sends 600 when max_age is not set',
      ')',
    ].join('\n'),
    spring: [
      'config.setAllowedOrigins(Arrays.asList("https://app.example.com"));',
      'config.setAllowedMethods(Arrays.asList("GET", "PUT"));',
      'config.setAllowedHeaders(Arrays.asList("Content-Type"));',
      'config.setMaxAge(600L); // seconds, sent on the preflight\'s answer',
    ].join('\n'),
    go: [
      '// Inside the preflight branch (OPTIONS with Access-Control-Request-Method), not on the actual response.',
      'h.Set("Access-Control-Max-Age", "600")',
    ].join('\n'),
    nginx: [
      'if ($request_method = OPTIONS) {',
      '    add_header Access-Control-Allow-Origin $cors_allow_origin always;',
      '    add_header Access-Control-Allow-Methods "GET, PUT" always;',
      '    add_header Access-Control-Allow-Headers "Content-Type" always;',
      '    add_header Access-Control-Max-Age 600 always;',
      '    return 204;',
      '}',
    ].join('\n'),
  },
  teaches: [],
};

/**
 * A tempting wrong answer, for the test that it does not pass: Max-Age 600 on
 * the actual response only, while the preflight's answer still says 0.
 */
export const MAX_AGE_ON_ACTUAL_ONLY = rawLesson(
  'Max-Age on the actual response only',
  JSON_PUT,
  rawResponse(204, ['Access-Control-Allow-Origin', '{app}'], ['Access-Control-Allow-Methods', 'GET, PUT'], ['Access-Control-Allow-Headers', 'Content-Type'], ['Access-Control-Max-Age', '0']),
  rawResponse(200, ['Access-Control-Allow-Origin', '{app}'], ['Access-Control-Max-Age', '600']),
);

export const preflightCache: Chapter = {
  id: 'preflight-cache',
  title: 'Preflight caching',
  lessons: [preflightCacheMaxAge],
};
