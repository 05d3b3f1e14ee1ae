// Sentences for the steps about request bodies, keepalive and the Referer
// (bodies.ts and referrer.ts decide; this file only words their decisions).
type Params = Record<string, string>;
type Words = Partial<Record<'pass' | 'fail' | 'info' | 'skip', (p: Params) => string>>;

const FETCH = 'https://fetch.spec.whatwg.org/';
const REFERRER = 'https://w3c.github.io/webappsec-referrer-policy/';

export const REQUEST_OPTION_STEPS: Record<string, { spec: string; words: Words }> = {
  'preflight-forced': { spec: `${FETCH}#use-cors-preflight-flag`, words: {
    info: () => 'The body is a ReadableStream: fetch() sets the use-CORS-preflight flag, so a cross-origin stream upload is always preflighted, whatever the method and headers.',
  } },
  'request-stream-as-text': { spec: `${FETCH}#bodyinit-unions`, words: {
    info: (p) => `${p.browser} does not take a ReadableStream as a request body: it turns it into the text "${p.text}" and sends that as text/plain, so the request is an ordinary one (no forced preflight).`,
  } },
  'request-stream-refused': { spec: `${FETCH}#dom-requestinit-duplex`, words: {
    fail: (p) => `${p.browser} does not upload a ReadableStream body: fetch() rejects with NotSupportedError ("ReadableStream uploading is not supported") before anything is sent.`,
  } },
  'stream-upload': { spec: `${FETCH}#dom-requestinit-duplex`, words: {
    fail: () => 'Chromium uploads a ReadableStream body only over HTTP/2 or HTTP/3; this server speaks HTTP/1.1, so the request fails (net::ERR_ALPN_NEGOTIATION_FAILED) without a CORS message and the actual request never leaves the browser.',
  } },
  'keepalive-too-large': { spec: `${FETCH}#http-network-or-cache-fetch`, words: {
    fail: (p) => `keepalive: true allows at most 64 KiB of body in flight; this body is ${p.bytes} bytes, so fetch() rejects with "Failed to fetch" and nothing is sent (no console message).`,
  } },
  'keepalive': { spec: `${FETCH}#request-keepalive-flag`, words: {
    info: (p) => `keepalive: true lets the request outlive the page (a ${p.bytes}-byte body, within the 64 KiB limit); CORS applies as usual, preflight included.`,
  } },
  'request-referer': { spec: `${REFERRER}#determine-requests-referrer`, words: {
    info: (p) => p.value
      ? `Referrer policy "${p.policy}": the request carries Referer: ${p.value}. (Origin is sent either way: CORS never depends on the Referer.)`
      : `Referrer policy "${p.policy}"${p.none ? ` and referrer: ""` : ''}: no Referer header at all. Origin is still sent: CORS does not depend on the Referer.`,
  } },
};
