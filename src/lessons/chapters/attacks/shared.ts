// What the attack lessons share: credentialed scenarios against a policy, the
// probes ("the app reads the data", "this untrusted origin cannot"), and the
// safe configuration (name the trusted origins) in every framework.
import type { Framework, Probe } from '../../types.ts';
import type { OriginRole, Policy, Scenario, ScenarioRequest } from '../../../scenario/types.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../../../scenario/defaults.ts';

/** A credentialed request (the victim's cookie goes when the browser allows it) to a credentialed policy. */
export function credentialed(title: string, from: OriginRole, policy: Partial<Policy>, request: Partial<ScenarioRequest> = {}): Scenario {
  return {
    version: 1,
    title,
    request: { ...DEFAULT_REQUEST, from, credentials: 'include', ...request },
    server: { type: 'policy', policy: { ...DEFAULT_POLICY, allowCredentials: true, ...policy } },
  };
}

/** The fix most attack lessons end with: the two trusted front ends, by name. */
export const TRUSTED_ONLY: Partial<Policy> = { allowOrigin: { type: 'list', origins: ['{app}', '{admin}'] }, varyOrigin: true };

export const APP_READS: Probe = { label: 'The app reads the user’s data, with the login cookie', from: 'app', expect: { outcome: 'ok', cookie: 'sent' } };
export const ADMIN_READS: Probe = { label: 'The admin front end reads it too', from: 'admin', expect: { outcome: 'ok', cookie: 'sent' } };

const BLOCKED_LABEL: Record<OriginRole, string> = {
  app: 'The app',
  admin: 'The admin front end',
  'same-origin': 'A page on the API’s own origin',
  sibling: 'The untrusted page on the same site (evil.playground.localhost)',
  'cross-site': 'The attacker’s site (evil.localhost)',
  null: 'The attacker’s sandboxed page (origin null)',
};

/** The browser refuses this untrusted origin's script the answer: it reads nothing of the user's. */
export function blocked(from: OriginRole, request?: Partial<ScenarioRequest>): Probe {
  return { label: `${BLOCKED_LABEL[from]} cannot read the answer`, from, ...(request ? { request } : {}), expect: { outcome: 'cors-error', readsPrivateData: false } };
}

/** The safe configuration: a fixed list of trusted origins, with credentials, and Vary: Origin. */
export const NAMED_ORIGINS: Record<Framework, string> = {
  express: `app.use(cors({
  origin: ['https://app.example.com', 'https://admin.example.com'],
  credentials: true, // the cors package adds Vary: Origin for a list
}));`,
  fastapi: `app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_credentials=True,
)`,
  spring: `CorsConfiguration config = new CorsConfiguration();
config.setAllowedOrigins(List.of("https://app.example.com", "https://admin.example.com"));
config.setAllowCredentials(true);`,
  go: `c := cors.New(cors.Options{
    AllowedOrigins:   []string{"https://app.example.com", "https://admin.example.com"},
    AllowCredentials: true,
})
handler := c.Handler(mux)`,
  nginx: `map $http_origin $cors_origin {
    default                     "";
    "https://app.example.com"   $http_origin;
    "https://admin.example.com" $http_origin;
}
add_header Access-Control-Allow-Origin      $cors_origin always;
add_header Access-Control-Allow-Credentials true always;
add_header Vary                             Origin always;`,
};

export const FETCH_CREDENTIALS = { title: 'Fetch: the CORS protocol and credentials', href: 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials' };
export const FETCH_CORS_CHECK = { title: 'Fetch: CORS check', href: 'https://fetch.spec.whatwg.org/#cors-check' };
