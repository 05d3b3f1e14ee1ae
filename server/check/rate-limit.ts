// Public mode's per-client budget: a fixed one-minute window per key (the
// client's address). Memory stays bounded: expired windows are swept when the
// table grows.
export interface RateLimiter {
  /** null when allowed (and counted); else the seconds until the window resets. */
  take(key: string): number | null;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now, maxKeys = 10_000): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    take(key) {
      const t = now();
      if (windows.size >= maxKeys) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        if (windows.size >= maxKeys) return 60; // every window is live: nobody new until one expires
        w = { count: 0, resetAt: t + 60_000 };
        windows.set(key, w);
      }
      if (w.count >= perMinute) return Math.max(1, Math.ceil((w.resetAt - t) / 1000));
      w.count += 1;
      return null;
    },
  };
}
