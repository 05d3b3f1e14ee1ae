// The runner's guard for incoming run requests. It repeats the small shape
// checks of protocol.ts rather than importing them, so the runner bundle stays
// free of shared chunks (see protocol.ts).
import type { BodyDescription, RunMessage } from './protocol.ts';
import type { HeaderList } from '../scenario/types.ts';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isHeaderList(x: unknown): x is HeaderList {
  return Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');
}

function isBodyDescription(x: unknown): x is BodyDescription {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'none':
      return true;
    case 'text':
    case 'arraybuffer':
    case 'stream':
      return typeof x.text === 'string';
    case 'blob':
      return typeof x.text === 'string' && typeof x.blobType === 'string' && (x.name === undefined || typeof x.name === 'string');
    case 'urlencoded':
    case 'multipart':
      return isHeaderList(x.fields);
    default:
      return false;
  }
}

export function isRunMessage(x: unknown): x is RunMessage {
  if (!isRecord(x) || x.type !== 'cors-playground:run') return false;
  if (typeof x.runId !== 'string' || typeof x.url !== 'string' || !isRecord(x.init)) return false;
  const i = x.init;
  return (
    typeof i.method === 'string' &&
    isHeaderList(i.headers) &&
    isBodyDescription(i.body) &&
    typeof i.mode === 'string' &&
    typeof i.credentials === 'string' &&
    typeof i.cache === 'string' &&
    typeof i.redirect === 'string' &&
    (i.via === undefined || typeof i.via === 'string') &&
    ['keepalive', 'referrerPolicy', 'referrer', 'targetAddressSpace'].every((k) => i[k] === undefined || typeof i[k] === (k === 'keepalive' ? 'boolean' : 'string'))
  );
}

