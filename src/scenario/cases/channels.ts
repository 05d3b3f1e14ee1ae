// What the page uses to reach the API (request.via) and the app's /proxy/
// route: embedding works across origins without CORS (the request goes, the
// page cannot read it), an EventSource is a CORS request like fetch(), a
// WebSocket handshake is never CORS-checked (only the server's own Origin
// check refuses it), and a call through the page's own origin needs no CORS.
// From chromium-cors.md §1.6 (no-cors), HTML's EventSource and WebSocket
// sections, and the runs observed in Chromium.
import type { ScenarioCase } from './types.ts';
import { fails, networkError, ok, opaque, policyCase } from './helpers.ts';

const NONE = { allowOrigin: { type: 'none' } } as const;

const embedding: ScenarioCase[] = [
  policyCase('via-img-no-acao', 'An <img> from another origin loads without any CORS header.', { via: 'img' }, NONE, opaque()),
  policyCase('via-img-ignores-method-and-headers', 'An <img> is always a plain GET: no method, no custom header, no preflight.', { via: 'img', method: 'PUT', headers: [['X-Custom', '1']] }, NONE, opaque()),
  policyCase('via-img-from-attacker', 'An attacker\'s page embeds the API\'s image too.', { via: 'img', from: 'cross-site' }, NONE, opaque()),
  policyCase('via-script-no-acao', 'A <script> from another origin runs without any CORS header.', { via: 'script' }, NONE, opaque()),
  policyCase('via-form-post-no-acao', 'A form post to another origin is sent and answered, without CORS.', { via: 'form', method: 'POST', body: { type: 'urlencoded', fields: [['amount', '100']] } }, NONE, opaque()),
  policyCase('via-form-no-preflight', 'A form cannot set headers: Content-Type: application/json is not sent, and there is no preflight.', { via: 'form', method: 'POST', headers: [['Content-Type', 'application/json']] }, NONE, opaque()),
  policyCase('via-form-sandboxed', 'A sandboxed page without allow-forms cannot submit a form: nothing is sent.', { via: 'form', from: 'null', method: 'POST' }, NONE, networkError()),
];

const eventSource: ScenarioCase[] = [
  policyCase('via-eventsource-no-acao', 'An EventSource is a CORS request: without ACAO it fails.', { via: 'eventsource' }, NONE, fails('MissingAllowOriginHeader', '', false)),
  policyCase('via-eventsource-allowed', 'An EventSource from an allowed origin gets its messages, without a preflight.', { via: 'eventsource' }, {}, ok()),
  policyCase('via-eventsource-credentials-star', 'EventSource withCredentials and ACAO *: refused as for fetch().', { via: 'eventsource', credentials: 'include' }, { allowOrigin: { type: 'any' } }, fails('WildcardOriginNotAllowed', '', false)),
  policyCase('via-eventsource-star-no-credentials', 'EventSource without credentials and ACAO *: allowed.', { via: 'eventsource' }, { allowOrigin: { type: 'any' } }, ok()),
  policyCase('via-eventsource-credentials-allowed', 'EventSource withCredentials from a listed origin with ACAC true: allowed.', { via: 'eventsource', credentials: 'include' }, { allowCredentials: true }, ok()),
];

const webSocket: ScenarioCase[] = [
  policyCase('via-websocket-no-cors', 'A WebSocket from an attacker\'s page opens: the browser checks nothing.', { via: 'websocket', from: 'cross-site' }, NONE, ok()),
  policyCase('via-websocket-origin-checked', 'A server that checks Origin refuses the attacker\'s handshake.', { via: 'websocket', from: 'cross-site' }, { wsCheckOrigin: true }, networkError()),
  policyCase('via-websocket-origin-allowed', 'A server that checks Origin accepts the app.', { via: 'websocket' }, { wsCheckOrigin: true }, ok()),
];

const proxy: ScenarioCase[] = [
  policyCase('proxy-same-origin', 'Through the app\'s own /proxy/ route the call is same-origin: no CORS header needed.', { proxy: true }, NONE, ok()),
  policyCase('proxy-put-no-preflight', 'Through the proxy even a PUT with a custom header has no preflight.', { proxy: true, method: 'PUT', headers: [['X-Custom', '1']] }, NONE, ok()),
  policyCase('proxy-from-other-origin', 'Another front end calling the app\'s proxy makes a cross-origin call again.', { proxy: true, from: 'admin' }, NONE, fails('MissingAllowOriginHeader', '', false)),
];

export const CHANNEL_CASES: ScenarioCase[] = [...embedding, ...eventSource, ...webSocket, ...proxy];
