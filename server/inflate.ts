// The node:zlib side of decodeServerSide: wire.ts stays pure and the server
// injects this. maxOutputLength makes zlib stop (and throw) as soon as the
// output would pass the bound, so a small "zip bomb" config costs nothing.
import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from '../src/scenario/wire.ts';

export const inflateRaw: InflateRaw = (bytes, maxOutputLength) =>
  new Uint8Array(inflateRawSync(bytes, { maxOutputLength }));
