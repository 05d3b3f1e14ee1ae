// The scenario format, version 2: one whole experiment (the fetch() call and the
// server's side), independent of host names and ports. Documented in
// docs/scenario-format.md; that document and this file change together.
//
// Origins are written as role tokens ({app}, {admin}, …, see origins.ts) so a
// scenario means the same thing on every deployment.

/** Ordered header lines. Duplicates are allowed and kept in order. */
export type HeaderList = [name: string, value: string][];

/** Where the request comes from: a runner page loaded from that origin. */
export type OriginRole =
  | 'app' //         the playground's own front end: http://app.<site>:<appPort>
  | 'admin' //       a second trusted front end: http://admin.<site>:<appPort>
  | 'sibling' //     an untrusted origin on the same site: http://evil.<site>:<appPort>
  | 'cross-site' //  an attacker on another site: http://evil.localhost:<appPort>
  | 'null' //        a sandboxed iframe (opaque origin, serialized "null")
  | 'same-origin'; // the page and the API share one origin (no CORS at all)

export type RequestMode = 'cors' | 'no-cors' | 'same-origin';
export type CredentialsMode = 'omit' | 'same-origin' | 'include';
export type CacheMode = 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';
export type RedirectMode = 'follow' | 'error' | 'manual';
/**
 * What the page uses to reach the API: fetch(), or an element or API that
 * makes the request for it. img/script/form are no-cors loads (the request
 * goes, page script cannot read the answer); eventsource is a CORS request;
 * a WebSocket handshake gets no CORS check at all (the server decides).
 */
export type Via = 'fetch' | 'img' | 'script' | 'form' | 'eventsource' | 'websocket';

export type RequestBody =
  | { type: 'none' }
  | { type: 'text'; text: string } //  a string body
  | { type: 'json'; text: string } //  a string body holding JSON (no header is added for it)
  | { type: 'urlencoded'; fields: HeaderList } // URLSearchParams
  | { type: 'multipart'; fields: HeaderList } //  FormData
  // Bodies of every other kind fetch() takes (see docs/scenario-format.md, "Request bodies").
  /**
   * new Blob([text], { type }), or a File when `name` is set (a File is a Blob with a name: the
   * same for CORS). The Blob's type is its Content-Type, so it alone decides a preflight.
   */
  | { type: 'blob'; text: string; blobType: string; name?: string }
  /** The UTF-8 bytes of text as an ArrayBuffer (a typed array or a DataView sends the same: no Content-Type). */
  | { type: 'arraybuffer'; text: string }
  /** A ReadableStream of text's UTF-8 bytes, with duplex: 'half' (always preflighted cross-origin). */
  | { type: 'stream'; text: string };

/** Every value of fetch()'s referrerPolicy; '' means the page's own policy. */
export type ReferrerPolicyValue =
  | '' | 'no-referrer' | 'no-referrer-when-downgrade' | 'same-origin' | 'origin' | 'strict-origin'
  | 'origin-when-cross-origin' | 'strict-origin-when-cross-origin' | 'unsafe-url';

export interface ScenarioRequest {
  from: OriginRole;
  /** Path and query on the API, starting with "/". */
  path: string;
  /** As typed: "patch" and "PATCH" are different requests. */
  method: string;
  headers: HeaderList;
  body: RequestBody;
  mode: RequestMode;
  credentials: CredentialsMode;
  cache: CacheMode;
  redirect: RedirectMode;
  /** Absent means 'fetch' (every link made before this field keeps its meaning). */
  via?: Via;
  /** True: the page calls its own app origin's /proxy/ route, which forwards to the API (same origin: no CORS). */
  proxy?: boolean;
  // Request options beyond the CORS ones (absent: fetch()'s default; left out when default, so links stay short).
  /** keepalive: true (the request may outlive the page; its body is limited to 64 KiB). */
  keepalive?: boolean;
  /** referrerPolicy; absent = '' (the page's policy: strict-origin-when-cross-origin here). */
  referrerPolicy?: ReferrerPolicyValue;
  /**
   * referrer: '' (no referrer at all) or a path on the page's own origin ("/checkout?step=2") that the
   * Referer then names instead of the page's URL. Absent = "about:client" (the page's URL).
   */
  referrer?: string;
  /**
   * fetch()'s targetAddressSpace (Chromium's Local Network Access): the address space the page
   * says the API is in. Absent: not said (the usual case). One that is not the API's real space
   * is refused before anything is sent (InvalidLocalNetworkAccess).
   */
  targetAddressSpace?: AddressSpace;
}

/** A whole HTTP response as the server sends it, for raw mode. */
export interface RawResponse {
  status: number;
  /** Values may hold origin tokens ({app}, {origin}, …). */
  headers: HeaderList;
}

export type AllowOrigin =
  | { type: 'none' } //    no Access-Control-Allow-Origin at all
  | { type: 'any' } //     "*"
  | { type: 'reflect' } // echo the request's Origin, whatever it is (dangerous)
  // One origin string, ALWAYS sent whatever the request's Origin is, as Express
  // cors({ origin: 'https://app.example.com' }) does: how "not equal to the
  // supplied origin" happens in real life. A token or a literal.
  | { type: 'fixed'; origin: string }
  | { type: 'list'; origins: string[] } // tokens or literals; "null" allowed
  | { type: 'pattern'; pattern: string }; // a JavaScript RegExp source; {site} expands to the site, escaped

export type AllowList =
  | { type: 'list'; values: string[] }
  | { type: 'any' } //    "*"
  | { type: 'mirror' }; // echo Access-Control-Request-Method / -Headers

export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

/** A server's CORS middleware configuration, as tutorials show it. */
export interface Policy {
  allowOrigin: AllowOrigin;
  allowMethods: AllowList;
  allowHeaders: AllowList;
  exposeHeaders: string[];
  allowCredentials: boolean;
  /** Seconds; null sends no Access-Control-Max-Age. */
  maxAge: number | null;
  /** Add "Vary: Origin" when the allowed origin depends on the request. */
  varyOrigin: boolean;
  preflightStatus: number;
  actualStatus: number;
  /** When false, an actual response with status >= 400 carries no CORS headers (error middleware that runs first). */
  corsOnErrors: boolean;
  /** A reverse proxy in front that adds its own header lines too (to both responses). */
  proxyHeaders: HeaderList;
  /** Extra headers on the actual response (X-* only), e.g. to try Access-Control-Expose-Headers. */
  extraHeaders: HeaderList;
  /** A redirect answered to the actual request (never to the preflight). */
  redirect: null | { status: RedirectStatus; to: 'same-origin' | 'other-origin'; path: string };
  /**
   * The WebSocket endpoint checks the handshake's Origin against allowOrigin
   * (and refuses it with 403 otherwise). Absent or false: it accepts any
   * Origin, as most WebSocket servers do by default (the browser never checks).
   */
  wsCheckOrigin?: boolean;
  /** HTTP caching of the actual response: absent means no caching headers and no 304 (see HttpCachePolicy). */
  httpCache?: HttpCachePolicy;
}

/**
 * How the server lets browsers cache its actual response (200s only; never the
 * preflight, never a redirect). Every scenario's URL is unique per tab and
 * configuration, so a stored answer can only ever be reused by the same
 * experiment in the same tab.
 */
export interface HttpCachePolicy {
  /** The Cache-Control value on the actual response, e.g. "max-age=600", "no-cache", "no-store"; "" for none. */
  cacheControl: string;
  /** Send ETag: "v1", and answer a request whose If-None-Match matches it with 304 Not Modified. */
  etag: boolean;
  /** Send Last-Modified (a fixed date), and answer If-Modified-Since at or after it with 304 (when no If-None-Match came). */
  lastModified: boolean;
  /**
   * The 304 carries the CORS headers too. False (the default): it carries only what RFC 9110
   * asks of a 304 (ETag, Last-Modified, Cache-Control, Vary), as many servers and CDNs answer.
   */
  notModifiedCors: boolean;
}

// --- Scenario version 2: the server side as a sequence (answers by hop and by arrival) ---

/** Which requests an answer row serves; every condition given must hold (none given: every request). */
export interface AnswerWhen {
  /** A preflight (OPTIONS with Access-Control-Request-Method) or any other request. */
  kind?: 'preflight' | 'actual';
  /** The path the request arrives at, without the query: "/b" for the second hop of a chain. */
  path?: string;
  /**
   * The n-th arrival (1 = first) of a request of this kind at this path, in
   * this tab (session), for this server side: counted by the server from its record.
   */
  arrival?: number;
}

/** One row of a raw server's answers: the first row whose `when` holds answers, verbatim (Location included). */
export interface AnswerRow {
  when: AnswerWhen;
  response: RawResponse;
}

export type ServerSide =
  | { type: 'policy'; policy: Policy }
  // `answers` (version 2): rows tried first, in order; a request no row serves gets
  // `preflight` or `actual` as in version 1 (a redirect target: that, as 200, without Location).
  | { type: 'raw'; preflight: RawResponse; actual: RawResponse; answers?: AnswerRow[] };

/**
 * 2 is the current format. A version-1 scenario means exactly the same in
 * version 2 (which only added fields and widened statuses), so it is read as
 * written; only `answers` needs "version": 2 to be read, and whatever version 1
 * could not say is written as 2 (version.ts).
 */
export type ScenarioVersion = 1 | 2;

export interface Scenario {
  version: ScenarioVersion;
  /** Optional title shown to the learner. */
  title?: string;
  request: ScenarioRequest;
  server: ServerSide;
  /** Where the page sits on the network (Local Network Access). Absent: loopback, as the playground really is. */
  network?: NetworkPlacement;
}

// --- Local Network Access (Chromium 142+): the network the page and the API sit on ---

/**
 * An IP address space, from most private to least: loopback (127.0.0.0/8, ::1, localhost),
 * local (RFC 1918, link-local, .local names), public (everything else).
 */
export type AddressSpace = 'loopback' | 'local' | 'public';

/**
 * The environment of a scenario, not part of the fetch() call: which address space the page was
 * served from (the API here is always on loopback) and what the user answered Chromium's
 * "Access other apps and services on this device" prompt. Only public → local/loopback is gated.
 */
export interface NetworkPlacement {
  page: AddressSpace;
  permission: 'denied' | 'granted';
  /**
   * false: the page is not a secure context (plain http from a name that is not localhost), so
   * Chromium refuses outright (InsecureLocalNetwork). Absent: secure, as every playground origin is.
   */
  secureContext?: false;
}
