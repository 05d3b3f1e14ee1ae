// Session ids, issued by the server: 16 random bytes and the first 16 bytes of
// their HMAC-SHA256 under a key made when the process starts, both base64url
// (44 characters, inside the 16-64 the URL layout allows). An id a client made
// up never verifies, so a record (it holds cookies) can be read only by the tab
// the server gave its id to. A restart makes a new key: tabs ask for a new id.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '../src/scenario/api-path.ts';

export interface SessionIds {
  issue(): string;
  verify(id: string): boolean;
}

export interface SessionDeps {
  sessions: SessionIds;
}

const RANDOM_BYTES = 16;
const MAC_BYTES = 16;
const ID_LENGTH = 44;

export function createSessionIds(key: Uint8Array = randomBytes(32)): SessionIds {
  const mac = (random: Uint8Array) => createHmac('sha256', key).update(random).digest().subarray(0, MAC_BYTES);
  return {
    issue() {
      const random = randomBytes(RANDOM_BYTES);
      return toBase64Url(random) + toBase64Url(mac(random));
    },
    verify(id) {
      if (id.length !== ID_LENGTH) return false;
      const random = fromBase64Url(id.slice(0, ID_LENGTH / 2));
      const given = fromBase64Url(id.slice(ID_LENGTH / 2));
      if (!random || !given || random.length !== RANDOM_BYTES || given.length !== MAC_BYTES) return false;
      // Re-encoding must give the same text: no second spelling of one id.
      if (toBase64Url(random) + toBase64Url(given) !== id) return false;
      return timingSafeEqual(mac(random), given);
    },
  };
}
