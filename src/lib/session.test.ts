import { describe, expect, it } from 'vitest';
import { newSessionId, sessionId } from './session.ts';
import { isValidSessionId } from '../scenario/api-path.ts';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('session ids', () => {
  it('encodes 16 random bytes as 22 base64url characters', () => {
    expect(newSessionId((b) => b.fill(0xff))).toBe('_____________________w');
    const id = newSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(isValidSessionId(id)).toBe(true);
    expect(newSessionId()).not.toBe(id);
  });

  it('keeps one id per storage (per tab) and replaces an invalid one', () => {
    const storage = memoryStorage();
    const first = sessionId(storage);
    expect(sessionId(storage)).toBe(first);
    expect(sessionId(memoryStorage())).not.toBe(first);
    storage.setItem('cors-playground:session', 'bad id!');
    expect(sessionId(storage)).not.toBe('bad id!');
  });
});
