import { describe, expect, it } from 'vitest';
import { embedLink, framedByAnotherOrigin, isEmbedded } from './embed.ts';

type FakeWindow = Parameters<typeof framedByAnotherOrigin>[0];
function framed(origin: string, ancestors: string[] | undefined, topOrigin?: string): FakeWindow {
  const self = {} as Record<string, unknown>;
  const top = ancestors === undefined && topOrigin === undefined ? { get location(): never { throw new Error('SecurityError'); } } : { location: { origin: topOrigin } };
  Object.assign(self, { self, top, location: { origin, ancestorOrigins: ancestors } });
  return self as unknown as FakeWindow;
}

describe('the embeddable view', () => {
  it('is the same link with ?embed, before the hash', () => {
    expect(embedLink('http://app.playground.localhost:5173/#s=2q64FAA')).toBe('http://app.playground.localhost:5173/?embed#s=2q64FAA');
    expect(isEmbedded('?embed')).toBe(true);
    expect(isEmbedded('?x=1&embed')).toBe(true);
    expect(isEmbedded('')).toBe(false);
  });

  it('knows when another origin frames it (Send cannot run there)', () => {
    const app = 'http://app.playground.localhost:5173';
    const top = {} as Record<string, unknown>;
    Object.assign(top, { self: top, top, location: { origin: app } });
    expect(framedByAnotherOrigin(top as unknown as FakeWindow)).toBe(false);
    expect(framedByAnotherOrigin(framed(app, [app]))).toBe(false);
    expect(framedByAnotherOrigin(framed(app, ['https://blog.example']))).toBe(true);
    expect(framedByAnotherOrigin(framed(app, [app, 'https://blog.example']))).toBe(true);
    // Without ancestorOrigins (Firefox): a cross-origin top cannot be read.
    expect(framedByAnotherOrigin(framed(app, undefined))).toBe(true);
    expect(framedByAnotherOrigin(framed(app, undefined, app))).toBe(false);
  });
});
