// Chapter: Beyond fetch(): EventSource and WebSocket.
// Lessons (ids are stable: they are in links): eventsource-follows-cors, websocket-has-no-cors.
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Policy, Scenario, ScenarioRequest } from '../../scenario/types.ts';

const scenario = (title: string, request: Partial<ScenarioRequest>, policy: Partial<Policy>): Scenario => ({
  version: 1,
  title,
  request: { ...DEFAULT_REQUEST, ...request },
  server: { type: 'policy', policy: { ...DEFAULT_POLICY, ...policy } },
});

const APP_WITH_CREDENTIALS: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}'] }, allowCredentials: true };

const eventSourceFollowsCors: Lesson = {
  id: 'eventsource-follows-cors',
  title: 'EventSource follows CORS',
  story:
    'The dashboard streams the user’s live balance with new EventSource(url, { withCredentials: true }). The API sends Access-Control-Allow-Origin: * as it does for its public data, and the stream never arrives: the console says “Access to resource at … has been blocked by CORS policy: The value of the \'Access-Control-Allow-Origin\' header in the response must not be the wildcard \'*\' when the request\'s credentials mode is \'include\'”.',
  goal: 'Let the app’s EventSource receive the user’s stream with their cookie, while an untrusted origin on the same site gets nothing.',
  hints: [
    'An EventSource is a CORS request like fetch(): a GET with Accept: text/event-stream, and the same check on the answer.',
    'withCredentials: true is credentials mode "include": then * is refused, and Access-Control-Allow-Credentials: true is required.',
    'Allow exactly {app} in the allow list and turn on Allow-Credentials.',
  ],
  start: scenario('Lesson: a credentialed EventSource and ACAO *', { via: 'eventsource', credentials: 'include' }, { allowOrigin: { type: 'any' } }),
  solution: scenario('Lesson solved: the app and credentials allowed', { via: 'eventsource', credentials: 'include' }, APP_WITH_CREDENTIALS),
  startsWith: { outcome: 'cors-error', corsError: 'WildcardOriginNotAllowed' },
  login: 'Lax',
  check: [
    { label: 'The app’s EventSource receives the user’s stream', from: 'app', expect: { outcome: 'ok', channelEvent: 'message', readsPrivateData: true, cookie: 'sent', preflight: 'none' } },
    { label: 'An untrusted origin on the same site gets no message', from: 'sibling', expect: { outcome: 'cors-error', readsPrivateData: false } },
  ],
  rule:
    'new EventSource(url) makes a CORS GET (Accept: text/event-stream) and never sends a preflight; withCredentials: true makes its credentials mode "include", with the same rules as fetch(): an exact origin in Access-Control-Allow-Origin and Access-Control-Allow-Credentials: true. Without withCredentials it sends no cookies to another origin.',
  spec: { title: 'HTML: the EventSource constructor', href: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource' },
  configure: {
    express: "app.get('/events', cors({ origin: 'https://app.example.com', credentials: true }), (req, res) => {\n  res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });\n  res.write(`data: ${JSON.stringify(update)}\\n\\n`);\n});",
    fastapi: "app.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'], allow_credentials=True)\n@app.get('/events')\nasync def events():\n    return StreamingResponse(stream(), media_type='text/event-stream')",
    spring: 'config.setAllowedOrigins(List.of("https://app.example.com"));\nconfig.setAllowCredentials(true);\n@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)\npublic Flux<Update> events() { return updates; }',
    go: 'w.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")\nw.Header().Set("Access-Control-Allow-Credentials", "true")\nw.Header().Set("Content-Type", "text/event-stream")\nfmt.Fprintf(w, "data: %s\\n\\n", update)',
    nginx: "location /events {\n    add_header Access-Control-Allow-Origin $allowed_origin always;\n    add_header Access-Control-Allow-Credentials true always;\n    proxy_buffering off;  # stream events as they come\n    proxy_pass http://app;\n}",
  },
  teaches: ['WildcardOriginNotAllowed'],
};

const webSocketHasNoCors: Lesson = {
  id: 'websocket-has-no-cors',
  title: 'A WebSocket has no CORS',
  story:
    'The API’s CORS policy is tight: only the app may read it. Its chat runs on a WebSocket at the same address. An untrusted page on a user-content subdomain of the same site opens that WebSocket: the browser sends the user’s cookie with the handshake, checks nothing, and the page reads the user’s private messages. Nothing in the console.',
  goal: 'Keep the app’s WebSocket working, and make the server refuse the handshake from any origin it does not trust.',
  hints: [
    'The WebSocket handshake is a GET with Upgrade: websocket and an Origin header. There is no preflight and no Access-Control-* check: whatever the server accepts, the page can use.',
    'Since the browser checks nothing, the server must: compare the handshake’s Origin with the origins it trusts, and refuse others (403).',
    'Turn on “WebSocket: the server checks Origin” in the policy: it uses the same allow list, which names only {app}.',
  ],
  start: scenario('Lesson: a WebSocket that accepts every origin', { via: 'websocket', from: 'sibling' }, { allowOrigin: { type: 'list', origins: ['{app}'] } }),
  solution: scenario('Lesson solved: the server checks Origin', { via: 'websocket', from: 'sibling' }, { allowOrigin: { type: 'list', origins: ['{app}'] }, wsCheckOrigin: true }),
  startsWith: { outcome: 'ok', leak: true },
  login: 'Lax',
  check: [
    { label: 'The app’s WebSocket opens and gets the user’s messages', from: 'app', expect: { outcome: 'ok', channelEvent: 'message', readsPrivateData: true } },
    { label: 'The untrusted page’s handshake is refused', from: 'sibling', expect: { outcome: 'network-error', readsPrivateData: false } },
  ],
  rule:
    'WebSockets are not covered by CORS: the browser sends the handshake with Origin and the site’s cookies from any page, and never asks the server for permission to read. A WebSocket server that relies on cookies must check Origin itself against an allow list (and refuse with 403), or authenticate with a token the attacker’s page cannot have (cross-site WebSocket hijacking).',
  spec: { title: 'RFC 6455 §10.2: origin considerations', href: 'https://www.rfc-editor.org/rfc/rfc6455#section-10.2' },
  configure: {
    express: "const wss = new WebSocketServer({ noServer: true });\nserver.on('upgrade', (req, socket, head) => {\n  if (req.headers.origin !== 'https://app.example.com') { socket.write('HTTP/1.1 403 Forbidden\\r\\n\\r\\n'); return socket.destroy(); }\n  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));\n});",
    fastapi: "@app.websocket('/ws')\nasync def ws(websocket: WebSocket):\n    if websocket.headers.get('origin') != 'https://app.example.com':\n        await websocket.close(code=1008)  # before accept(): the handshake gets 403\n        return\n    await websocket.accept()",
    spring: 'registry.addHandler(chatHandler(), "/ws")\n        .setAllowedOrigins("https://app.example.com");  // refuses other Origins with 403',
    go: 'upgrader := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool {\n\treturn r.Header.Get("Origin") == "https://app.example.com"\n}}',
    nginx: "location /ws {\n    if ($http_origin != 'https://app.example.com') { return 403; }\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection upgrade;\n    proxy_pass http://app;\n}",
  },
  teaches: [],
};

export const beyondFetch: Chapter = {
  id: 'beyond-fetch',
  title: 'Beyond fetch(): EventSource and WebSocket',
  lessons: [eventSourceFollowsCors, webSocketHasNoCors],
};
