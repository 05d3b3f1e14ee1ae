// Where the three browser engines differ in the CORS decision, as one table:
// each rule asks its row (FetchContext.engine) instead of testing an engine
// by name. Every difference was seen in the real browser on this machine
// (Firefox ESR 153.8, WebKitGTK 2.50.6: Safari's WebCore loader) against the
// playground's server; the case named is in src/scenario/cases/ (engines.ts
// unless said otherwise). Where a row says nothing, the engines agree and the
// one rule in the file that owns it applies.
import type { CacheMode } from '../scenario/types.ts';
import type { BrowserEngine } from './types.ts';

export interface PreflightCacheRules {
  /** Cache modes for which the browser does not look the preflight up (it sends one). */
  skipLookup: readonly CacheMode[];
  /** Cache modes for which a new preflight answer is not stored. */
  skipStore: readonly CacheMode[];
  /** True: an entry made with credentials also serves a request without them. False: credentials are part of the key. */
  credentialedServesAll: boolean;
  /** True: a new answer's methods and headers are added to the entry. False: the new answer replaces it. */
  merges: boolean;
  /** A cached "*" (methods or headers) covers another method or header without credentials. */
  wildcardCovers: boolean;
  /** Methods a cached entry covers without listing them. */
  methodsCovered: readonly string[];
  /** A cached answer that does not cover the request is erased (Chromium) or kept beside the new one. */
  erasesOnMiss: boolean;
  /** A preflight that fails erases what the cache held for its URL (both credentials modes). */
  erasesOnFailure: boolean;
}

export interface EngineRules {
  engine: BrowserEngine;
  /** The browser people know: what explanations and the console heading name. */
  browser: 'Chromium' | 'Firefox' | 'Safari';
  /** Chromium's own client hints (DPR, Width, Save-Data…) count as CORS-safelisted request headers. */
  safelistsClientHints: boolean;
  /** A simple Range header's "bytes" unit matches in any case ("Bytes=0-" is safelisted). */
  rangeUnitIgnoresCase: boolean;
  /** A User-Agent set from script is dropped (a forbidden header); else it is sent and needs a preflight. */
  dropsScriptUserAgent: boolean;
  preflightCache: PreflightCacheRules;
  /** The Origin of a preflight sent after a redirect to another origin: "null" (tainted) or still the page's. */
  preflightOriginAfterRedirect: 'tainted' | 'page';
  /** What fetch() rejects with for every network error, CORS included. */
  failedToFetch: string;
  /**
   * A ReadableStream request body (duplex "half"): streamed; turned into the string "[object ReadableStream]"
   * (not a BodyInit there); or refused by fetch() before anything is sent.
   */
  streamBody: 'stream' | 'stringify' | 'refuse';
  /**
   * Cookies an answer sets for a host whose base domain is not the page's are refused (the default
   * "no third-party" accept policy, where each *.localhost host is its own base domain).
   */
  refusesThirdPartyCookieStorage: boolean;
  /** A Secure cookie set by an http://…localhost answer is stored (localhost counts as a secure context). */
  storesSecureCookieOverHttpLocalhost: boolean;
  /** The site a sandboxed frame (opaque origin) has for SameSite: none (every request cross-site) or its top page's. */
  sandboxedSiteForCookies: 'opaque' | 'top';
  httpCache: HttpCacheRules;
  /**
   * Local Network Access (local-network.ts), checked before every hop; null: not modelled. Chromium's
   * --ip-address-space-overrides switch and Firefox's network.lna.address_space.*.override preferences
   * place a page in another address space on one machine; WebKitGTK has no such setting here.
   */
  localNetworkAccess: LocalNetworkRules | null;
}

/** Where the engines' Local Network Access differs (local-network.ts). */
export interface LocalNetworkRules {
  /** fetch()'s targetAddressSpace must name the resource's real space (a Chromium option). */
  checksTargetAddressSpace: boolean;
  /** A page that is not a secure context is refused outright; else it asks for the permission as any page does. */
  refusesInsecurePages: boolean;
}

/** Where the HTTP cache for actual responses differs (http-cache.ts, http-cache-fetch.ts). */
export interface HttpCacheRules {
  /** An answer that fails the CORS check is stored all the same (and served to the next request). */
  storesCorsFailures: boolean;
  /** Requests with and without credentials have entries of their own. */
  keyedByCredentials: boolean;
  /** Whose site partitions the cache: the frame's (and its top page's), or the top page's alone. */
  partition: 'frame' | 'top';
  /** A stored answer whose Vary does not fit is revalidated with its validators; else a plain request goes. */
  revalidatesVaryMismatch: boolean;
  /** only-if-cached with nothing stored is a network error; else the request goes to the server. */
  onlyIfCachedMissFails: boolean;
}

const CHROMIUM_HTTP_CACHE: HttpCacheRules = {
  // Observed in Chromium 156: http-cache-failed-not-stored, http-cache-credentials-share-an-entry.
  storesCorsFailures: false,
  keyedByCredentials: false,
  // Observed in Chromium 156: http-cache-cross-site-partition, http-cache-304-other-origin-fails, http-cache-only-if-cached-miss.
  partition: 'frame',
  revalidatesVaryMismatch: true,
  onlyIfCachedMissFails: true,
};

const CHROMIUM: EngineRules = {
  engine: 'chromium',
  browser: 'Chromium',
  safelistsClientHints: true,
  // Chromium ≠ spec (observed: Chromium 156, case range-capital-b): the unit is case-sensitive.
  rangeUnitIgnoresCase: false,
  dropsScriptUserAgent: true,
  preflightCache: {
    skipLookup: ['no-store', 'no-cache', 'reload'],
    skipStore: ['no-store'],
    credentialedServesAll: true,
    merges: false,
    wildcardCovers: true,
    methodsCovered: ['GET', 'HEAD', 'POST'],
    erasesOnMiss: true,
    erasesOnFailure: false,
  },
  preflightOriginAfterRedirect: 'tainted',
  failedToFetch: 'Failed to fetch',
  streamBody: 'stream',
  storesSecureCookieOverHttpLocalhost: true,
  refusesThirdPartyCookieStorage: false,
  sandboxedSiteForCookies: 'opaque',
  httpCache: CHROMIUM_HTTP_CACHE,
  // Observed in Chromium 156 with --ip-address-space-overrides (cases in local-network.ts).
  localNetworkAccess: { checksTargetAddressSpace: true, refusesInsecurePages: true },
};

const GECKO: EngineRules = {
  engine: 'gecko',
  browser: 'Firefox',
  // Gecko ≠ Chromium: only the Fetch standard's safelist (observed: Firefox 153, case engines-client-hint-dpr).
  safelistsClientHints: false,
  rangeUnitIgnoresCase: false,
  // Gecko ≠ Chromium: User-Agent is not forbidden; it goes out and needs a preflight (observed: Firefox 153, case engines-user-agent-refused).
  dropsScriptUserAgent: false,
  preflightCache: {
    // Gecko ≠ Chromium: only LOAD_BYPASS_CACHE (no-store, reload) skips the lookup; no-cache uses it
    // (observed: Firefox 153, case engines-cache-no-cache-uses-entry).
    skipLookup: ['no-store', 'reload'],
    // Gecko ≠ Chromium: a preflight made under no-store is stored all the same (observed: Firefox 153, case engines-cache-no-store-stores).
    skipStore: [],
    // Gecko ≠ Chromium: the key holds the credentials mode (nsPreflightCache::GetEntry) (observed: Firefox 153, case engines-cache-credentials-downgrade).
    credentialedServesAll: false,
    // Gecko ≠ Chromium: each token is added to the entry with its own expiry (observed: Firefox 153, case engines-cache-methods-accumulate).
    merges: true,
    // Gecko ≠ Chromium: a cached "*" is a literal token (CORSCacheEntry::CheckRequest) (observed: Firefox 153, case engines-cache-star-method).
    wildcardCovers: false,
    // Gecko ≠ Chromium: HEAD must be listed in a cached entry (observed: Firefox 153, case engines-cache-head-relisted).
    methodsCovered: ['GET', 'POST'],
    erasesOnMiss: false,
    // Gecko ≠ Chromium: a refused preflight drops the URL's entry, so the next PUT asks again
    // (observed: Firefox 153, case cache-hit-and-fail-refused).
    erasesOnFailure: true,
  },
  // Gecko ≠ Chromium: the preflight after a cross-origin redirect still carries the page's Origin; only the
  // request itself says "null" (observed: Firefox 153, case engines-redirect-preflight-page-origin).
  preflightOriginAfterRedirect: 'page',
  failedToFetch: 'NetworkError when attempting to fetch resource.',
  // Gecko ≠ Chromium: no streaming uploads; the stream is stringified, so a POST is a simple text/plain request
  // of 23 bytes (observed: Firefox 153, cases body-stream-forced-preflight, body-stream-no-cors, body-stream-keepalive).
  streamBody: 'stringify',
  storesSecureCookieOverHttpLocalhost: true,
  refusesThirdPartyCookieStorage: false,
  sandboxedSiteForCookies: 'opaque',
  httpCache: {
    // Gecko ≠ Chromium: the cache keeps an answer whatever CORS makes of it, so the app's request after the
    // admin's failed one is handed that answer and fails too (observed: Firefox 153, http-cache-failed-not-stored).
    storesCorsFailures: true,
    // Gecko ≠ Chromium: anonymous loads have entries of their own, so a credentialed GET after an anonymous
    // one reaches the server (observed: Firefox 153, http-cache-credentials-share-an-entry).
    keyedByCredentials: true,
    partition: 'frame',
    revalidatesVaryMismatch: true,
    onlyIfCachedMissFails: true,
  },
  // Firefox 153 ESR's Local Network Access is on by default (observed with network.lna.address_space.*.override
  // placing the page, and permissions.default.loopback-network for the user's answer: e2e/engines/firefox-lna.spec.ts).
  // As Chromium's: a public page needs the permission for loopback, a private one does not, nothing is sent when
  // refused. Gecko ≠ Chromium: targetAddressSpace is not a Firefox option (ignored), and a page that is not a
  // secure context is asked for the permission like any other (seen once with network.dns.localDomains naming
  // the page: granted, its GET went).
  localNetworkAccess: { checksTargetAddressSpace: false, refusesInsecurePages: false },
};

const WEBKIT: EngineRules = {
  engine: 'webkit',
  browser: 'Safari',
  // WebKit ≠ Chromium: only the Fetch standard's safelist (observed: WebKitGTK 2.50, case engines-client-hint-dpr).
  safelistsClientHints: false,
  // WebKit ≠ Chromium: "Bytes=0-" is a simple range, no preflight (observed: WebKitGTK 2.50, case range-capital-b).
  rangeUnitIgnoresCase: true,
  // WebKit ≠ Chromium: User-Agent set from script is sent and preflighted (observed: WebKitGTK 2.50, case engines-user-agent-refused).
  dropsScriptUserAgent: false,
  preflightCache: {
    ...CHROMIUM.preflightCache,
    // WebKit ≠ Chromium: the preflight cache ignores the request's cache mode: no-store, no-cache and
    // reload all use a cached answer and store a new one (observed: WebKitGTK 2.50, cases
    // engines-cache-no-store-uses-entry, engines-cache-reload-uses-entry, engines-cache-no-cache-uses-entry).
    skipLookup: [],
    skipStore: [],
    // WebKit ≠ Chromium: an entry that does not cover a request stays; only a new answer replaces it
    // (observed: WebKitGTK 2.50, case cache-hit-and-fail-refused: the PUT after a refused DELETE is not preflighted).
    erasesOnMiss: false,
  },
  preflightOriginAfterRedirect: 'tainted',
  failedToFetch: 'Load failed',
  // WebKit ≠ Chromium: fetch() rejects a ReadableStream body with NotSupportedError "ReadableStream uploading is
  // not supported" and sends nothing (observed: WebKitGTK 2.50, body-stream-forced-preflight, body-stream-same-origin).
  streamBody: 'refuse',
  // WebKit ≠ Chromium: the SameSite=None; Secure login cookie from http://api…localhost is never stored, so
  // never sent (observed: WebKitGTK 2.50, case cookie-none-sibling).
  storesSecureCookieOverHttpLocalhost: false,
  // WebKit ≠ Chromium: with WebKitGTK's default accept policy (no third-party) the API's login cookie, set by its
  // answer to the app page's fetch(), is never stored: app.… and api.….localhost are different base domains to it
  // (observed: WebKitGTK 2.50, cookie-lax-app; with the policy set to "always" the cookie goes).
  refusesThirdPartyCookieStorage: true,
  // WebKit ≠ Chromium: a sandboxed frame's requests are same-site when its top page is, so a SameSite=Lax
  // cookie goes (observed: WebKitGTK 2.50, case cookie-lax-null, with the cookie policy set to "always"; under
  // the default policy the cookie is never stored, so the table cannot show it).
  sandboxedSiteForCookies: 'top',
  httpCache: {
    ...CHROMIUM_HTTP_CACHE,
    // WebKit ≠ Chromium: the cache is partitioned by the top page alone, so a cross-site frame in the app's page
    // is handed the app's stored answer (observed: WebKitGTK 2.50, http-cache-cross-site-partition).
    partition: 'top',
    // WebKit ≠ Chromium: under a Vary that does not fit, a plain request goes, not a conditional one, and the
    // server's full answer passes (observed: WebKitGTK 2.50, http-cache-304-other-origin-fails).
    revalidatesVaryMismatch: false,
    // WebKit ≠ Chromium: only-if-cached with nothing stored asks the server (observed: WebKitGTK 2.50,
    // http-cache-only-if-cached-miss).
    onlyIfCachedMissFails: false,
  },
  // Not modelled: WebKit's Local Network Access (if any) cannot be placed in another address space here.
  localNetworkAccess: null,
};

export const ENGINE_RULES: Readonly<Record<BrowserEngine, EngineRules>> = { chromium: CHROMIUM, gecko: GECKO, webkit: WEBKIT };

export function rulesFor(engine: BrowserEngine | undefined): EngineRules {
  return ENGINE_RULES[engine ?? 'chromium'];
}
