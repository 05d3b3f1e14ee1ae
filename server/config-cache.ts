// Reading a config segment (base64url, inflate, JSON, shape, validation) was
// the largest cost of answering an experiment under load, and a page sends the
// same segment again and again: the preflight, the actual request, every Send.
// So each outcome, refusals included, is kept in a least-recently-used cache
// keyed by the segment string and bounded by entries and by a rough byte size.
// Cached values are frozen: a caller cannot change what the next request reads.
import type { DecodeResult } from '../src/scenario/wire.ts';

export interface ConfigCacheLimits {
  entries: number;
  /** Rough size of keys and decoded values (UTF-16 characters × 2). */
  bytes: number;
}

export const DEFAULT_CONFIG_CACHE_LIMITS: ConfigCacheLimits = { entries: 512, bytes: 16 * 1024 * 1024 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class ConfigCache {
  // A Map iterates in insertion order; re-inserting on use keeps it in LRU order.
  private readonly entries = new Map<string, { result: DecodeResult; bytes: number }>();
  private totalBytes = 0;

  constructor(private readonly limits: ConfigCacheLimits = DEFAULT_CONFIG_CACHE_LIMITS) {}

  /** The outcome for `key`, computed by `read` only when it is not cached. */
  get(key: string, read: () => DecodeResult): DecodeResult {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.result;
    }
    const result = deepFreeze(read());
    const bytes = 2 * (key.length + JSON.stringify(result).length);
    if (bytes > this.limits.bytes) return result;
    this.entries.set(key, { result, bytes });
    this.totalBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.totalBytes <= this.limits.bytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= entry.bytes;
    }
    return result;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }
}
