import { describe, expect, it } from 'vitest';
import { showValue } from './show-value.ts';

describe('showValue: settings in the editor’s words', () => {
  it.each([
    [{ type: 'none' }, 'no header'],
    [{ type: 'any' }, '*'],
    [{ type: 'reflect' }, 'reflect the request’s Origin'],
    [{ type: 'mirror' }, 'mirror the request'],
    [{ type: 'list', origins: ['{app}', 'null'] }, '{app}, null'],
    [{ type: 'list', values: [] }, 'an empty list'],
    [{ type: 'pattern', pattern: '^http://a$' }, 'pattern /^http://a$/'],
    [true, 'true'],
    [null, 'none'],
    [204, '204'],
    ['', '(empty)'],
    [[], '(none)'],
    [[['Access-Control-Allow-Origin', '*']], 'Access-Control-Allow-Origin: *'],
    [{ status: 200, headers: [['Access-Control-Allow-Origin', '{origin}'], ['Vary', 'Origin']] }, 'status 200; Access-Control-Allow-Origin: {origin}; Vary: Origin'],
    [{ status: 307, to: 'other-origin', path: '/next' }, '307 to the other origin, /next'],
  ])('%j → %s', (value, text) => {
    expect(showValue(value)).toBe(text);
  });
});
