// Attack lessons about whom the server trusts: anyone (reflection), the
// sandboxed `null` origin, every subdomain of the site. Each starts on the
// attacker's side and is fixed on the server's.
import type { Lesson } from '../../types.ts';
import { ADMIN_READS, APP_READS, blocked, credentialed, FETCH_CREDENTIALS, NAMED_ORIGINS, TRUSTED_ONLY } from './shared.ts';

export const reflectAnyOrigin: Lesson = {
  id: 'reflect-any-origin',
  title: 'Reflecting any origin, with credentials',
  story:
    'The API echoes whatever Origin it is sent into Access-Control-Allow-Origin and adds Access-Control-Allow-Credentials: true, so that "CORS never gets in the way". ' +
    'You are the attacker: your page on evil.playground.localhost (user content on the same site) calls the API with credentials: \'include\'. ' +
    'The user is logged in, their browser sends the cookie, the server names your origin, and your script reads their name, e-mail and balance.',
  goal: 'Fix the server so that the app and the admin front end still read the user’s data and the untrusted page reads nothing.',
  hints: [
    'The browser did everything right: it asked the server, and the server said yes to this origin.',
    'An allowed origin must be decided by the server from a list of origins it trusts, not copied from the request.',
    'Allow the origins {app} and {admin} by name (a list), keep credentials, and keep Vary: Origin.',
  ],
  start: credentialed('The API reflects any origin, with credentials', 'sibling', { allowOrigin: { type: 'reflect' } }),
  solution: credentialed('The API allows its two front ends by name', 'sibling', TRUSTED_ONLY),
  startsWith: { outcome: 'ok', leak: true },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling'), blocked('cross-site')],
  rule:
    'With credentials the browser hands the answer to script only when Access-Control-Allow-Origin names the page’s origin and Access-Control-Allow-Credentials is true, so a server that echoes the Origin has said yes to every page. ' +
    'Decide the allowed origin on the server, from a fixed list, and send Vary: Origin.',
  spec: FETCH_CREDENTIALS,
  configure: NAMED_ORIGINS,
  teaches: [],
};

export const trustedNullOrigin: Lesson = {
  id: 'trusted-null-origin',
  title: 'Trusting the null origin',
  story:
    'The API allows the app, and also "null", because a file:// page used during development sent Origin: null. ' +
    'You are the attacker: any page can create an origin of null with a sandboxed iframe (sandbox="allow-scripts", without allow-same-origin), a data: URL or a redirect. ' +
    'Your sandboxed page calls the API with credentials and the browser lets its script read the answer. ' +
    'This Chromium does not send the user’s cookie from a sandboxed frame (its requests count as cross-site and third-party cookies are blocked); a browser that allows third-party cookies sends a SameSite=None one, and then the script reads the user’s data.',
  goal: 'Fix the server so that the app still reads the user’s data and the sandboxed page is refused.',
  hints: [
    '"null" is not one origin: it is what every sandboxed frame, data: document and tainted redirect sends.',
    'Nothing the server trusts can be proven to come from a "null" page, so "null" can never be an allowed origin.',
    'Remove "null" from the allowed origins; allow {app} and {admin} by name.',
  ],
  start: credentialed('The API trusts the null origin', 'null', { allowOrigin: { type: 'list', origins: ['{app}', 'null'] } }),
  solution: credentialed('The API allows its two front ends by name', 'null', TRUSTED_ONLY),
  startsWith: { outcome: 'ok', leak: false },
  login: 'None',
  check: [APP_READS, blocked('null')],
  rule:
    'A sandboxed iframe, a data: URL document and a request redirected across origins all send Origin: null, and Access-Control-Allow-Origin: null with credentials lets all of them read the answer. ' +
    'Never allow "null"; serve development pages from a real origin (http://localhost:3000) and allow that one.',
  spec: { title: 'HTML: sandboxed origin browsing context flag (an opaque origin, serialized "null")', href: 'https://html.spec.whatwg.org/multipage/browsers.html#sandboxed-origin-browsing-context-flag' },
  configure: NAMED_ORIGINS,
  teaches: [],
};

export const trustedSiblingSubdomain: Lesson = {
  id: 'trusted-sibling-subdomain',
  title: 'Trusting every subdomain of the site',
  story:
    'The API trusts every origin on its site with the pattern ^http://[a-z0-9-]+\\.playground\\.localhost(:\\d+)?$: "all our subdomains are ours". ' +
    'But evil.playground.localhost serves what users upload. You are the attacker: you upload a page there. ' +
    'It is on the same site as the API, so SameSite=Lax does not hold the cookie back, the pattern matches, and your script reads the user’s data.',
  goal: 'Fix the server so that the app and the admin front end read the data and the user-content subdomain reads nothing.',
  hints: [
    'SameSite is about sites, not origins: every subdomain of playground.localhost gets the user’s Lax cookie.',
    'A subdomain you do not control (user content, a forgotten staging host, a taken-over DNS name) is an attacker’s origin.',
    'Name the trusted front ends: a list with {app} and {admin}, or the pattern ^({app}|{admin})$.',
  ],
  start: credentialed('The API trusts every subdomain of its site', 'sibling', { allowOrigin: { type: 'pattern', pattern: '^http://[a-z0-9-]+\\.{site}(:\\d+)?$' } }),
  solution: credentialed('The API allows its two front ends by name', 'sibling', TRUSTED_ONLY),
  startsWith: { outcome: 'ok', leak: true },
  login: 'Lax',
  check: [APP_READS, ADMIN_READS, blocked('sibling')],
  rule:
    'Cookies are scoped by site: a page on any subdomain of the site sends the user’s SameSite=Lax and Strict cookies with credentials: \'include\'. ' +
    'CORS is the only thing that keeps such a page from reading the answer, so trust named origins, never "any subdomain".',
  spec: FETCH_CREDENTIALS,
  configure: NAMED_ORIGINS,
  teaches: [],
};
