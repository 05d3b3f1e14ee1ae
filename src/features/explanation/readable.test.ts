import { describe, expect, it } from 'vitest';
import { markReadable, namesOnlyIn } from './readable.ts';

describe('markReadable', () => {
  it('marks each line the server sent as readable or hidden, ignoring name case (Headers lower-cases names)', () => {
    const sent: [string, string][] = [['Content-Type', 'application/json'], ['X-Request-Id', '7'], ['Access-Control-Allow-Origin', '*']];
    const readable: [string, string][] = [['content-type', 'application/json']];
    expect(markReadable(sent, readable).map((l) => [l.name, l.readable])).toEqual([
      ['Content-Type', true], ['X-Request-Id', false], ['Access-Control-Allow-Origin', false],
    ]);
  });
  it('knows nothing about readability when script got no response', () => {
    expect(markReadable([['Content-Type', 'text/plain']], null)).toEqual([{ name: 'Content-Type', value: 'text/plain', readable: null }]);
  });
});

describe('namesOnlyIn', () => {
  it('lists lower-cased names of the first list missing from the second, once each', () => {
    expect(namesOnlyIn([['content-length', '2'], ['Content-Type', 'a'], ['content-length', '2']], [['content-type', 'a']])).toEqual(['content-length']);
    expect(namesOnlyIn([], [['a', 'b']])).toEqual([]);
  });
});
