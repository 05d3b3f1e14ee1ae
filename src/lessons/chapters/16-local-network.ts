// Chapter: Local Network Access (Chromium 142+).
// Lessons (ids are stable: they are in links): local-network-access.
//
// The playground's pages really are on loopback, like its API, so a normal browser never applies
// Local Network Access to them: the lesson's scenario places the page in public (the model then
// predicts Chromium's check), and its Check probes only what any Chromium really checks on
// loopback too, a targetAddressSpace that is not the API's. The permission half is explained, and
// reproduced in a Chromium started with --ip-address-space-overrides (e2e project chromium-lna).
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { AddressSpace, NetworkPlacement, Scenario } from '../../scenario/types.ts';

const scenario = (title: string, network: NetworkPlacement, targetAddressSpace: AddressSpace): Scenario => ({
  version: 1,
  title,
  request: { ...DEFAULT_REQUEST, targetAddressSpace },
  // The API allows the app: ordinary CORS is not the problem here.
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'list', origins: ['{app}'] } } },
  network,
});

const NOTHING_TO_CONFIGURE = 'No response header lifts Local Network Access (Access-Control-Allow-Private-Network no longer does anything).';

const localNetworkAccess: Lesson = {
  id: 'local-network-access',
  title: 'A public page calling localhost: Local Network Access',
  story:
    'Your front end is deployed on a public site; in development it calls the API on http://localhost:8080, and since Chrome 142 that fails with “Permission was denied for this request to access the `loopback` address space.” A blog said to add targetAddressSpace: \'local\' to the fetch() call, and now the console says "Request had a target IP address space of `local` yet the resource is in address space `loopback`." The API’s CORS headers are fine: this check happens before anything is sent. (Check runs in your own browser, where this page is really on loopback like the API: it can check the targetAddressSpace, not the permission, which only a Chromium started with --ip-address-space-overrides shows.)',
  goal: 'Make the public page’s call reach the loopback API: name the address space the API is really in, and have the user allow the access.',
  hints: [
    'Read the message: it names the address space the API is really in. localhost and 127.0.0.1 are "loopback"; 192.168.x.x and .local names are "local".',
    'targetAddressSpace must name that space exactly, or be left out; a wrong one is refused whatever the page’s space.',
    'Set targetAddressSpace to "loopback", and under “Where the page is” let the user grant the permission (Chrome asks “Access other apps and services on this device”).',
  ],
  start: scenario('Lesson: a public page calls localhost with the wrong targetAddressSpace', { page: 'public', permission: 'denied' }, 'local'),
  solution: scenario('Lesson solved: the right address space, and the permission granted', { page: 'public', permission: 'granted' }, 'loopback'),
  startsWith: { outcome: 'cors-error', corsError: 'InvalidLocalNetworkAccess' },
  check: [
    // What any Chromium checks even with the page on loopback (as yours really is): the target space.
    { label: 'The app reaches the API, naming its real address space', from: 'app', request: {}, expect: { outcome: 'ok' } },
    { label: 'Naming the wrong space ("public") is still refused, before anything is sent', from: 'app', request: { targetAddressSpace: 'public' }, expect: { outcome: 'cors-error', preflight: 'none' } },
  ],
  rule:
    'Chromium refuses a public page’s request to a local or loopback address unless the user grants Local Network Access (denied: LocalNetworkAccessPermissionDenied; a page that is not a secure context may not ask at all: InsecureLocalNetwork), and nothing is sent, not even a preflight. A targetAddressSpace that is not the server’s real space is refused too (InvalidLocalNetworkAccess). No server header changes this: serve the page from the same network in development, or have users grant the permission.',
  spec: { title: 'Local Network Access (WICG): the permission and targetAddressSpace', href: 'https://wicg.github.io/local-network-access/' },
  configure: {
    express: `// ${NOTHING_TO_CONFIGURE}\n// In development, serve the front end from localhost too (the same address space):\napp.use(express.static('dist')); // http://localhost:8080/ and its API: no LNA check`,
    fastapi: `# ${NOTHING_TO_CONFIGURE}\n# In development, serve the front end from localhost too:\napp.mount('/', StaticFiles(directory='dist', html=True))`,
    spring: `# ${NOTHING_TO_CONFIGURE}\n# In development, serve the front end from localhost too: put the build in\n# src/main/resources/static/ and open http://localhost:8080/`,
    go: `// ${NOTHING_TO_CONFIGURE}\n// In development, serve the front end from localhost too:\nhttp.Handle("/", http.FileServer(http.Dir("dist")))`,
    nginx: `# ${NOTHING_TO_CONFIGURE}\n# In development, serve the front end and the API from one local origin:\nlocation / { root /srv/app/dist; }\nlocation /api/ { proxy_pass http://127.0.0.1:8080/; }`,
  },
  teaches: ['LocalNetworkAccessPermissionDenied', 'InvalidLocalNetworkAccess', 'InsecureLocalNetwork'],
};

export const localNetwork: Chapter = {
  id: 'local-network',
  title: 'Local Network Access',
  lessons: [localNetworkAccess],
};
