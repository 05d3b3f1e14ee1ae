import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST, DEFAULT_SCENARIO } from './defaults.ts';

describe('parseScenario', () => {
  it('reads back what JSON.stringify wrote', () => {
    expect(parseScenario(JSON.stringify(DEFAULT_SCENARIO))).toEqual({ ok: true, scenario: DEFAULT_SCENARIO });
  });
  it('fills left-out fields with the defaults, so short links work', () => {
    const r = parseScenario('{"version":1,"request":{"method":"PUT"},"server":{"type":"policy","policy":{"allowOrigin":{"type":"any"}}}}');
    expect(r.ok && r.scenario.request).toEqual({ ...DEFAULT_REQUEST, method: 'PUT' });
    expect(r.ok && r.scenario.server).toEqual({ type: 'policy', policy: { ...DEFAULT_POLICY, allowOrigin: { type: 'any' } } });
  });
  it.each([
    ['not json', /not valid JSON/],
    ['[]', /scenario: expected an object/],
    ['{"version":3}', /scenario\.version: expected 1 or 2 \(got 3\)/],
    ['{"version":1,"server":{"type":"raw","preflight":{"status":204,"headers":[]},"actual":{"status":200,"headers":[]},"answers":[{"when":{},"response":{"status":200,"headers":[]}}]}}', /scenario\.server\.answers: answers by hop and arrival need "version": 2/],
    ['{"version":2,"server":{"type":"raw","preflight":{"status":204,"headers":[]},"actual":{"status":200,"headers":[]},"answers":[{"when":{"arrival":0},"response":{"status":200,"headers":[]}}]}}', /scenario\.server\.answers\[0\]\.when\.arrival: expected 1/],
    ['{"version":2,"server":{"type":"raw","preflight":{"status":204,"headers":[]},"actual":{"status":200,"headers":[]},"answers":[{"when":{"path":"/b?x=1"},"response":{"status":200,"headers":[]}}]}}', /scenario\.server\.answers\[0\]\.when\.path: must start with/],
    ['{"version":2,"server":{"type":"raw","preflight":{"status":204,"headers":[]},"actual":{"status":200,"headers":[]},"answers":[{"when":{"kind":"both"},"response":{"status":200,"headers":[]}}]}}', /scenario\.server\.answers\[0\]\.when\.kind: expected one of "preflight", "actual"/],
    ['{"version":1,"request":{"mode":"navigate"}}', /scenario\.request\.mode: expected one of "cors", "no-cors", "same-origin"/],
    ['{"version":1,"request":{"headers":[["a"]]}}', /scenario\.request\.headers\[0\]: expected a \[name, value\] pair/],
    ['{"version":1,"request":{"path":"api"}}', /scenario\.request\.path: must start with "\/"/],
    ['{"version":1,"server":{"type":"raw","preflight":{"status":"ok","headers":[]}}}', /scenario\.server\.preflight\.status: expected a whole number/],
    ['{"version":1,"server":{"type":"policy","policy":{"redirect":{"status":304,"to":"same-origin","path":"/"}}}}', /redirect\.status: expected 301/],
  ])('names the problem in %s', (text, message) => {
    const r = parseScenario(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
