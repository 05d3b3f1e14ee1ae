// The scenario a learner meets first, and the policy presets. The first one
// fails on purpose: the classic "No 'Access-Control-Allow-Origin' header".
import type { AddressSpace, NetworkPlacement, Policy, ReferrerPolicyValue, RequestBody, Scenario, ScenarioRequest, Via } from './types.ts';

/** Every way the page can reach the API (request.via); 'fetch' is the default. */
export const VIAS: readonly Via[] = ['fetch', 'img', 'script', 'form', 'eventsource', 'websocket'];

/** Every kind of request body (request.body.type), in the order the editor offers them. */
export const BODY_TYPES: readonly RequestBody['type'][] = ['none', 'text', 'json', 'urlencoded', 'multipart', 'blob', 'arraybuffer', 'stream'];

/** Every referrerPolicy value ('' is fetch()'s default: the page's own policy, and is left out). */
export const REFERRER_POLICIES: readonly ReferrerPolicyValue[] = [
  '', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
  'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url',
];

/** Every IP address space (network.page, request.targetAddressSpace), most public first. */
export const ADDRESS_SPACES: readonly AddressSpace[] = ['public', 'local', 'loopback'];

/** Where the page sits when a scenario says nothing (scenario.network absent): on loopback, as the playground really is. */
export const LOOPBACK_PAGE: NetworkPlacement = { page: 'loopback', permission: 'denied' };

/** A server with a CORS middleware that allows nothing yet. */
export const DEFAULT_POLICY: Policy = {
  allowOrigin: { type: 'none' },
  allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST'] },
  allowHeaders: { type: 'list', values: [] },
  exposeHeaders: [],
  allowCredentials: false,
  maxAge: null,
  varyOrigin: true,
  preflightStatus: 204,
  actualStatus: 200,
  corsOnErrors: true,
  proxyHeaders: [],
  extraHeaders: [],
  redirect: null,
};

export const DEFAULT_REQUEST: ScenarioRequest = {
  from: 'app',
  path: '/api/data',
  method: 'GET',
  headers: [],
  body: { type: 'none' },
  mode: 'cors',
  credentials: 'same-origin',
  cache: 'default',
  redirect: 'follow',
};

export const DEFAULT_SCENARIO: Scenario = {
  version: 1,
  title: 'The front end calls the API on another origin',
  request: DEFAULT_REQUEST,
  server: { type: 'policy', policy: DEFAULT_POLICY },
};

export interface Preset {
  id: string;
  label: string;
  description: string;
  policy: Policy;
}

export const PRESETS: Preset[] = [
  {
    id: 'open-public-api',
    label: 'Open public API',
    description: 'Anyone may read it, without cookies: Access-Control-Allow-Origin: * and no credentials.',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'any' },
      allowMethods: { type: 'list', values: ['GET', 'HEAD', 'POST'] },
      allowHeaders: { type: 'list', values: ['Content-Type'] },
      varyOrigin: false,
      maxAge: 600,
    },
  },
  {
    id: 'single-frontend',
    label: 'Single front end',
    description: 'Only the app may call it; JSON bodies and PUT/DELETE are allowed.',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'list', origins: ['{app}'] },
      allowMethods: { type: 'list', values: ['GET', 'POST', 'PUT', 'DELETE'] },
      allowHeaders: { type: 'list', values: ['Content-Type'] },
      maxAge: 600,
    },
  },
  {
    id: 'frontend-admin-credentials',
    label: 'Front end + admin, with cookies',
    description: 'Two known origins, credentials allowed, Vary: Origin so caches keep them apart.',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] },
      allowMethods: { type: 'list', values: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
      allowHeaders: { type: 'list', values: ['Content-Type', 'Authorization'] },
      allowCredentials: true,
      maxAge: 600,
    },
  },
  {
    id: 'reflect-with-credentials',
    label: 'Reflect any origin + credentials (dangerous)',
    description: 'Echoes whatever Origin arrives and allows cookies: every site can read your users’ data.',
    policy: {
      ...DEFAULT_POLICY,
      allowOrigin: { type: 'reflect' },
      allowMethods: { type: 'mirror' },
      allowHeaders: { type: 'mirror' },
      allowCredentials: true,
      varyOrigin: false,
    },
  },
];
