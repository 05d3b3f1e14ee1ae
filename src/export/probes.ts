// The requests the verification suite sends to each framework and to our
// policy server (origins as role tokens), and how their answers are compared:
// the status and the CORS header lines, list values as sets.
import type { HeaderList } from '../scenario/types.ts';

export interface Probe {
  id: string;
  /** For the panel: "a preflight from a refused origin gets …". */
  label: string;
  method: string;
  headers: HeaderList;
}

export const PROBES: Probe[] = [
  {
    id: 'preflight-allowed',
    label: 'a preflight for PUT with Content-Type from the app',
    method: 'OPTIONS',
    headers: [['Origin', '{app}'], ['Access-Control-Request-Method', 'PUT'], ['Access-Control-Request-Headers', 'content-type']],
  },
  {
    id: 'preflight-refused-origin',
    label: 'a preflight from an attacker’s site',
    method: 'OPTIONS',
    headers: [['Origin', '{cross-site}'], ['Access-Control-Request-Method', 'PUT'], ['Access-Control-Request-Headers', 'content-type']],
  },
  {
    id: 'preflight-unlisted',
    label: 'a preflight for PATCH with X-Custom from the app',
    method: 'OPTIONS',
    headers: [['Origin', '{app}'], ['Access-Control-Request-Method', 'PATCH'], ['Access-Control-Request-Headers', 'x-custom']],
  },
  { id: 'get-allowed', label: 'a GET with cookies from the app', method: 'GET', headers: [['Origin', '{app}'], ['Cookie', 'session=1']] },
  { id: 'get-sibling', label: 'a GET from an untrusted origin on the same site', method: 'GET', headers: [['Origin', '{sibling}']] },
  { id: 'get-refused-origin', label: 'a GET from an attacker’s site', method: 'GET', headers: [['Origin', '{cross-site}']] },
  { id: 'get-null-origin', label: 'a GET from a sandboxed page (Origin: null)', method: 'GET', headers: [['Origin', 'null']] },
  { id: 'get-no-origin', label: 'a GET without Origin (not from a browser)', method: 'GET', headers: [] },
];

/** Headers whose value is a list: compared as sets (order and spacing do not matter to the browser). */
const LIST_HEADERS = new Set(['access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers', 'vary']);
/** Header-name lists: a browser compares their items case-insensitively. */
const NAME_LISTS = new Set(['access-control-allow-headers', 'access-control-expose-headers', 'vary']);

/** What is compared of one answer: "status" and each CORS header (lower-case name) to its normalised value; absent = null. */
export type Observation = Record<string, string | null>;

export const COMPARED_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'vary',
];

export function observe(status: number, headers: HeaderList): Observation {
  const out: Observation = { status: String(status) };
  for (const name of COMPARED_HEADERS) {
    const values = headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v.trim());
    if (values.length === 0) {
      out[name] = null;
      continue;
    }
    if (!LIST_HEADERS.has(name)) {
      out[name] = values.join(' | '); // several lines stay visible as several
      continue;
    }
    const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    const normal = NAME_LISTS.has(name) ? items.map((v) => v.toLowerCase()) : items;
    out[name] = [...new Set(normal)].sort().join(', ');
  }
  return out;
}
