// The decision record: the facts of one prediction as typed data, recorded
// where each rejection happens (every refusal is an early return that says
// why). Fixes, the timeline, the notes and the lessons read these facts; the
// trace's sentences are for people only.
import type { AddressSpace } from '../scenario/types.ts';
import type { CookieDecision } from './cookies.ts';
import type { CorsErrorName, Verdict } from './types.ts';

/** The ACAO checks Chromium reports with and without the Preflight prefix. */
type OriginValueError = 'MultipleAllowOriginValues' | 'InvalidAllowOriginValue' | 'AllowOriginMismatch';

/**
 * Chromium's CorsError with what it was about, one variant per kind of
 * parameter. `origin` is the request's serialized origin ("null" when opaque).
 */
export type CorsError =
  | { name: 'WildcardOriginNotAllowed' | 'PreflightWildcardOriginNotAllowed'; origin: string }
  | { name: 'MissingAllowOriginHeader' | 'PreflightMissingAllowOriginHeader'; origin: string }
  | { name: OriginValueError | `Preflight${OriginValueError}`; origin: string; allowOrigin: string }
  /** allowCredentials: the header's value, null when absent. */
  | { name: 'InvalidAllowCredentials' | 'PreflightInvalidAllowCredentials'; origin: string; allowCredentials: string | null }
  | { name: 'PreflightInvalidStatus'; status: number }
  | { name: 'PreflightDisallowedRedirect'; status: number }
  /** token: the first list element that is not a token. */
  | { name: 'InvalidAllowMethodsPreflightResponse' | 'InvalidAllowHeadersPreflightResponse'; token: string }
  /** method: as sent (case kept); allowed: the preflight's list as parsed. */
  | { name: 'MethodDisallowedByPreflightResponse'; method: string; allowed: string[] }
  /** header: the one the prediction names (lower-case); refused: every refused one (with several, Chromium names one of them). */
  | { name: 'HeaderDisallowedByPreflightResponse'; header: string; refused: string[]; allowed: string[] }
  | { name: 'RedirectContainsCredentials'; location: string }
  // Local Network Access (local-network.ts): refused before anything is sent; the address spaces are the facts.
  | { name: 'LocalNetworkAccessPermissionDenied' | 'InsecureLocalNetwork'; pageSpace: AddressSpace; resourceSpace: AddressSpace }
  /** targetSpace: fetch()'s targetAddressSpace, which is not the resource's real space. */
  | { name: 'InvalidLocalNetworkAccess'; pageSpace: AddressSpace; resourceSpace: AddressSpace; targetSpace: AddressSpace }
  /** Not produced by fetch() over http here (see cases.test.ts), kept so every CorsErrorName has a variant. */
  | { name: 'DisallowedByMode' | 'InvalidResponse' | 'CorsDisabledScheme' };

/** A CORS failure as the algorithms return it: the typed error. */
export type CorsFailure = CorsError;

// Every CorsErrorName has a variant: a new name in types.ts fails to compile here until it gets one.
type Missing = Exclude<CorsErrorName, CorsError['name']>;
const EVERY_NAME_HAS_A_VARIANT: Missing extends never ? true : Missing = true;
void EVERY_NAME_HAS_A_VARIANT;

/** The hint Chromium reports with the error (CDP corsErrorStatus.failedParameter). */
export function failedParameterOf(e: CorsError): string {
  if ('allowOrigin' in e) return e.allowOrigin;
  if ('allowCredentials' in e) return e.allowCredentials ?? '';
  if ('method' in e) return e.method;
  if ('header' in e) return e.header;
  return '';
}

/** The response the error was found on: the preflight's, or the actual request's (or a redirect of it). */
export function failedResponse(e: CorsError): 'preflight' | 'actual' {
  if (e.name.startsWith('Preflight') || e.name.endsWith('PreflightResponse')) return 'preflight';
  return 'actual';
}

/** Where new Request()/fetch() threw its TypeError, before anything was sent. */
export type TypeErrorStep =
  | 'only-if-cached-needs-same-origin'
  | 'method-not-a-token'
  | 'method-forbidden'
  | 'method-not-allowed-in-no-cors'
  | 'header-name-invalid'
  | 'header-value-invalid'
  | 'body-with-get-or-head'
  | 'url-invalid'
  // A ReadableStream body with keepalive, or outside cors/same-origin mode (bodies.ts).
  | 'stream-keepalive'
  | 'stream-mode'
  // A browser without streaming uploads that refuses a ReadableStream body (WebKit: a NotSupportedError).
  | 'stream-unsupported';

/** Why a fetch ended in a network error that is not a CORS error. */
export type NetworkErrorReason =
  | 'mode-same-origin'
  | 'no-cors-redirect-mode'
  | 'redirect-mode-error'
  | 'invalid-redirect'
  | 'too-many-redirects'
  // cache: "only-if-cached" and nothing stored for the URL (Chromium: net::ERR_CACHE_MISS).
  | 'only-if-cached-miss'
  // fetch() options beyond CORS (bodies.ts): a keepalive body over 64 KiB (nothing is sent); a
  // ReadableStream body, which Chromium uploads only over HTTP/2 or later (net::ERR_ALPN_NEGOTIATION_FAILED).
  | 'keepalive-body-too-large'
  | 'stream-upload-http1'
  // Not fetch(): a form post from a sandboxed frame without allow-forms, an <img>/<script>/EventSource that did not load, a WebSocket the server refused.
  | 'sandboxed-form'
  | 'channel-error'
  | 'websocket-refused';

/** Whether the browser needed a preflight and how it got it: none needed, sent, or answered from its cache. */
export type PreflightDecision = 'none' | 'sent' | 'cached';

/** Why a preflight was needed: the method that is not safelisted, the unsafe header names (lower-case, sorted). */
export interface PreflightReasons {
  method: string | null;
  headers: string[];
  /** Set when the body is a ReadableStream: the use-CORS-preflight flag forces a preflight whatever the method and headers. */
  streamBody?: true;
}

export interface Decision {
  verdict: Verdict;
  error: CorsError | null;
  /** Chromium's hint for the error ("" when it names none); null without a CORS error. */
  failedParameter: string | null;
  /** sent if any hop sent an OPTIONS; cached if one was needed and the cache answered; none otherwise. */
  preflight: PreflightDecision;
  /** Why the first preflight was needed; null when none was. */
  preflightReasons: PreflightReasons | null;
  typeErrorStep: TypeErrorStep | null;
  networkError: NetworkErrorReason | null;
  /** The login cookie on the (first) actual request. */
  cookie: CookieDecision;
  /**
   * Where the last actual response came from: the server, the HTTP cache as stored, or the
   * cache after a 304 revalidation (absent when no actual response was reached).
   */
  httpCache?: 'network' | 'cache' | 'revalidated';
  /**
   * The address space the scenario placed the page in, when not loopback (scenario.network): the
   * prediction applies Local Network Access there, which a real run shows only in a Chromium
   * started with --ip-address-space-overrides (the page really is on loopback).
   */
  placedPage?: Exclude<AddressSpace, 'loopback'>;
}
