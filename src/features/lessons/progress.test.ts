import { describe, expect, it } from 'vitest';
import type { Chapter, Lesson } from '../../lessons/types.ts';
import { PROGRESS_KEY, markPassed, parseProgress, readProgress, standings } from './progress.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}
const lesson = (id: string) => ({ id }) as Lesson;
const chapters: Chapter[] = [
  { id: 'one', title: 'One', lessons: [lesson('a'), lesson('b')] },
  { id: 'two', title: 'Two', lessons: [lesson('c'), lesson('d')] },
];

describe('lesson progress', () => {
  it('records each passed lesson once, under a versioned key', () => {
    const storage = memoryStorage();
    markPassed(storage, 'b');
    markPassed(storage, 'b');
    expect(markPassed(storage, 'a').passed).toEqual(['b', 'a']);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!)).toEqual({ version: 1, passed: ['b', 'a'] });
    expect(readProgress(storage).passed).toEqual(['b', 'a']);
  });

  it('treats unreadable or other-version data as no progress, and survives a storage that throws', () => {
    for (const text of [null, '', '{', '[]', 'null', '{"version":2,"passed":["a"]}', '{"version":1,"passed":"a"}']) expect(parseProgress(text).passed).toEqual([]);
    expect(parseProgress('{"version":1,"passed":["a",3]}').passed).toEqual(['a']);
    const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(readProgress(broken).passed).toEqual([]);
    expect(() => markPassed(broken, 'a')).not.toThrow();
  });

  it('tells done, current and next apart across chapters', () => {
    const s = standings(chapters, { version: 1, passed: ['a', 'c'] }, 'b');
    expect([...s.entries()]).toEqual([['a', 'done'], ['b', 'current'], ['c', 'done'], ['d', 'next']]);
    expect(standings(chapters, { version: 1, passed: [] }, null).get('a')).toBe('next');
  });
});
