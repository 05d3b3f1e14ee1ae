// Chapter: no-cors and opaque responses.
// Lessons (ids are stable: they are in links): no-cors-is-opaque.
import type { Chapter, Lesson } from '../types.ts';
import { ATTACKER_IS_REFUSED, policyLesson } from '../lesson-parts.ts';

const PROFILE = { path: '/api/profile' };

const noCorsIsOpaque: Lesson = {
  id: 'no-cors-is-opaque',
  title: '"Just use no-cors" does not give you the data',
  story:
    'Kim\'s fetch() failed with "No \'Access-Control-Allow-Origin\' header is present on the requested resource." ' +
    'An answer online said: add mode: \'no-cors\'. Now the console is quiet and the promise resolves, but ' +
    'response.status is 0, response.type is "opaque", and the body is empty: response.json() throws.',
  goal: 'Make the app really read the profile, and keep other sites from reading it.',
  hints: [
    'Look at what JavaScript got: type "opaque", status 0, no headers, no body. The server did answer: see the timeline.',
    'no-cors does not switch the browser\'s protection off: it asks for a response script cannot look into. It is for things like caching an image, never for reading data.',
    'Reading a cross-origin response needs the server\'s permission, and only the server can give it: that is CORS.',
    'Set the request\'s mode back to "cors" and let the policy allow the app\'s origin.',
  ],
  start: policyLesson('The request asks for an opaque response', { ...PROFILE, mode: 'no-cors' }, { allowOrigin: { type: 'none' } }),
  solution: policyLesson('A CORS request the server allows', { ...PROFILE, mode: 'cors' }, { allowOrigin: { type: 'list', origins: ['{app}'] } }),
  startsWith: { outcome: 'opaque' },
  check: [
    { label: 'The app reads the profile', from: 'app', expect: { outcome: 'ok' } },
    ATTACKER_IS_REFUSED,
  ],
  rule:
    'A no-cors request to another origin gives an opaque response: status 0, no headers, no body, whatever the ' +
    'server sent; no CORS check runs, so there is no error, and no data either. To read a cross-origin response, ' +
    'send a cors request and have the server allow your origin with Access-Control-Allow-Origin.',
  spec: { title: 'Fetch: opaque filtered response', href: 'https://fetch.spec.whatwg.org/#concept-filtered-response-opaque' },
  configure: {
    express: [
      "// The client: fetch(url) (mode 'cors' is the default), never mode: 'no-cors'.",
      "app.use(cors({ origin: ['https://app.example.com'] }));",
    ].join('\n'),
    fastapi: [
      "# The client: fetch(url) (mode 'cors' is the default), never mode: 'no-cors'.",
      'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])',
    ].join('\n'),
    spring: [
      "// The client: fetch(url) (mode 'cors' is the default), never mode: 'no-cors'.",
      'config.setAllowedOrigins(Arrays.asList("https://app.example.com"));',
    ].join('\n'),
    go: [
      "// The client: fetch(url) (mode 'cors' is the default), never mode: 'no-cors'.",
      'var allowedOrigins = map[string]bool{"https://app.example.com": true}',
    ].join('\n'),
    nginx: [
      '# The client: fetch(url) (mode \'cors\' is the default), never mode: \'no-cors\'.',
      'map $http_origin $cors_allow_origin {',
      '    default "";',
      '    "https://app.example.com" $http_origin;',
      '}',
      'add_header Access-Control-Allow-Origin $cors_allow_origin always;',
    ].join('\n'),
  },
  teaches: [],
};

export const noCors: Chapter = {
  id: 'no-cors',
  title: 'no-cors and opaque responses',
  lessons: [noCorsIsOpaque],
};
