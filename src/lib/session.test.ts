import { describe, expect, it } from 'vitest';
import { obtainSessionId } from './session.ts';

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
  it('asks the app host, offering the id the tab holds, and keeps what the server answers', async () => {
    const storage = memoryStorage();
    const asked: string[] = [];
    const server = (answer: string) => async (url: string) => {
      asked.push(url);
      return { session: answer };
    };
    expect(await obtainSessionId(storage, server('first-id-from-the-server'))).toBe('first-id-from-the-server');
    expect(await obtainSessionId(storage, server('first-id-from-the-server'))).toBe('first-id-from-the-server');
    // After a restart the server no longer knows the id: it answers a new one, which the tab keeps.
    expect(await obtainSessionId(storage, server('second-id-after-restart'))).toBe('second-id-after-restart');
    expect(asked).toEqual([
      '/__session?current=',
      '/__session?current=first-id-from-the-server',
      '/__session?current=first-id-from-the-server',
    ]);
    expect(storage.getItem('cors-playground:session')).toBe('second-id-after-restart');
  });

  it('fails clearly when the answer holds no id', async () => {
    await expect(obtainSessionId(memoryStorage(), async () => ({ error: 'forbidden-host' }))).rejects.toThrow('/__session gave no session id');
  });
});
