// Chapter: Not needing CORS at all.
// Lessons (ids are stable: they are in links): same-origin-proxy.
import type { Chapter, Lesson } from '../types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import type { Scenario, ScenarioRequest } from '../../scenario/types.ts';

const scenario = (title: string, request: Partial<ScenarioRequest>): Scenario => ({
  version: 1,
  title,
  request: { ...DEFAULT_REQUEST, ...request },
  // The API allows no origin at all, and stays that way.
  server: { type: 'policy', policy: DEFAULT_POLICY },
});

const sameOriginProxy: Lesson = {
  id: 'same-origin-proxy',
  title: 'Call your own origin: a proxy path',
  story:
    'The API belongs to another team and sends no CORS headers; changing it takes weeks. The front end’s own server can reach the API, though: it already serves the page, and it has a /proxy/ route that forwards calls to the API. A call to the page’s own origin is not cross-origin at all.',
  goal: 'Let the app read the data without any CORS header on the API, by calling the app’s own /proxy/ route.',
  hints: [
    'The CORS rules apply only when the URL’s origin differs from the page’s. The app’s own server is the page’s origin.',
    'A server-side proxy forwards the call to the API; server-to-server calls involve no browser, so no CORS.',
    'Tick “through the app’s /proxy/ route” in the request: the page then calls /proxy/… on its own origin.',
  ],
  start: scenario('Lesson: the API sends no CORS headers', {}),
  solution: scenario('Lesson solved: through the app’s own /proxy/ route', { proxy: true }),
  startsWith: { outcome: 'cors-error', corsError: 'MissingAllowOriginHeader' },
  check: [
    { label: 'The app reads the data through its own origin, with no preflight', from: 'app', request: { method: 'GET' }, expect: { outcome: 'ok', preflight: 'none' } },
    { label: 'The API itself still lets no other origin read it', from: 'cross-site', request: { proxy: false }, expect: { outcome: 'cors-error' } },
  ],
  rule:
    'A request to the page’s own origin is not a CORS request: no preflight, no Access-Control-* headers, the answer is fully readable. Serving the front end and a proxy path to the API from one origin (a reverse proxy, or the dev server’s proxy) removes CORS from the picture; the proxy then decides what it forwards, and must forward only to the API, never to any URL it is given.',
  spec: { title: 'Fetch: main fetch (same origin: basic response)', href: 'https://fetch.spec.whatwg.org/#main-fetch' },
  configure: {
    express: "import { createProxyMiddleware } from 'http-proxy-middleware';\n// Only this API, never a URL taken from the request:\napp.use('/proxy', createProxyMiddleware({ target: 'https://api.example.com', changeOrigin: true }));",
    fastapi: "API = 'https://api.example.com'\n@app.api_route('/proxy/{path:path}', methods=['GET', 'POST', 'PUT', 'DELETE'])\nasync def proxy(path: str, request: Request):\n    async with httpx.AsyncClient() as client:\n        r = await client.request(request.method, f'{API}/{path}', content=await request.body())\n    return Response(r.content, r.status_code, media_type=r.headers.get('content-type'))",
    spring: '# application.yml (Spring Cloud Gateway)\nspring.cloud.gateway.routes:\n  - id: api\n    uri: https://api.example.com\n    predicates: [ "Path=/proxy/**" ]\n    filters: [ "StripPrefix=1" ]',
    go: 'api, _ := url.Parse("https://api.example.com")\nproxy := httputil.NewSingleHostReverseProxy(api)\nhttp.Handle("/proxy/", http.StripPrefix("/proxy", proxy))',
    nginx: 'location /proxy/ {\n    proxy_pass https://api.example.com/;  # the trailing / strips /proxy/\n    proxy_set_header Host api.example.com;\n}',
  },
  teaches: [],
};

export const noCorsNeeded: Chapter = {
  id: 'no-cors-needed',
  title: 'Not needing CORS at all',
  lessons: [sameOriginProxy],
};
