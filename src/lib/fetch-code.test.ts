import { describe, expect, it } from 'vitest';
import { fetchCode, jsString } from './fetch-code.ts';
import { DEFAULT_REQUEST } from '../scenario/defaults.ts';
import type { ScenarioRequest } from '../scenario/types.ts';

const URL_ = 'http://api.playground.localhost:8787/api/data';
const req = (patch: Partial<ScenarioRequest>): ScenarioRequest => ({ ...DEFAULT_REQUEST, ...patch });

describe('jsString', () => {
  it('produces a literal that evaluates back to the same text', () => {
    for (const text of ["it's", 'a\\b', 'line\nbreak\r\t', '\u2028', 'ctl\u0001', '"quoted"', '']) {
      expect(new Function(`return ${jsString(text)}`)()).toBe(text);
    }
  });
});

describe('fetchCode', () => {
  it('writes the bare call when every option is at its default', () => {
    expect(fetchCode(DEFAULT_REQUEST, URL_)).toBe(
      "const response = await fetch('http://api.playground.localhost:8787/api/data');\nconst text = await response.text();",
    );
  });

  it('writes only the options that differ from fetch() defaults, with the method as typed', () => {
    const code = fetchCode(
      req({ method: 'patch', headers: [['Content-Type', 'application/json']], body: { type: 'json', text: '{"a":1}' }, credentials: 'include', redirect: 'manual' }),
      URL_,
    );
    expect(code).toBe(
      [
        "const response = await fetch('http://api.playground.localhost:8787/api/data', {",
        "  method: 'patch',",
        '  headers: {',
        "    'Content-Type': 'application/json',",
        '  },',
        `  body: '{"a":1}',`,
        "  credentials: 'include',",
        "  redirect: 'manual',",
        '});',
        'const text = await response.text();',
      ].join('\n'),
    );
    expect(code).not.toContain('mode:');
    expect(code).not.toContain('cache:');
  });

  it('keeps duplicate header names (in any case) by writing pairs', () => {
    const code = fetchCode(req({ headers: [['X-A', '1'], ['x-a', '2']] }), URL_);
    expect(code).toContain("headers: [\n    ['X-A', '1'],\n    ['x-a', '2'],\n  ],");
  });

  it('builds a FormData for a multipart body and URLSearchParams for a form', () => {
    const multi = fetchCode(req({ method: 'POST', body: { type: 'multipart', fields: [['a', '1'], ['a', '2']] } }), URL_);
    expect(multi.split('\n').slice(0, 3)).toEqual(["const form = new FormData();", "form.append('a', '1');", "form.append('a', '2');"]);
    expect(multi).toContain('  body: form,');
    const form = fetchCode(req({ method: 'POST', body: { type: 'urlencoded', fields: [['q', 'x y']] } }), URL_);
    expect(form).toContain("body: new URLSearchParams({\n    q: 'x y',\n  }),");
  });

  it('produces code that is valid JavaScript', () => {
    const code = fetchCode(
      req({ method: 'PUT', headers: [['X-Quote', "it's"]], body: { type: 'multipart', fields: [['f', 'v']] }, mode: 'no-cors', cache: 'no-store' }),
      URL_,
    );
    // An async function body parses (but is not run) when the code is valid.
    expect(() => new Function(`return async () => { ${code} }`)).not.toThrow();
  });
});
