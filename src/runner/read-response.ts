// Reads everything page JavaScript can see of a response.
import type { RunResult } from './protocol.ts';
import type { HeaderList } from '../scenario/types.ts';

/** The most body text a run reports, so a large answer cannot flood postMessage. */
export const BODY_LIMIT = 64 * 1024;

async function readLimited(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > BODY_LIMIT) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, BODY_LIMIT));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
    if (at >= bytes.length) break;
  }
  return { text: new TextDecoder().decode(bytes), truncated };
}

export async function readResponse(response: Response): Promise<RunResult> {
  const headers: HeaderList = [];
  // Only the CORS-exposed headers are listed here: that is the point.
  response.headers.forEach((value, name) => headers.push([name, value]));
  const { text, truncated } = await readLimited(response);
  return {
    settled: 'resolved',
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    url: response.url,
    redirected: response.redirected,
    headers,
    body: text,
    bodyTruncated: truncated,
  };
}

export function describeError(error: unknown): RunResult {
  if (error instanceof Error) return { settled: 'rejected', name: error.name, message: error.message };
  return { settled: 'rejected', name: 'Error', message: String(error) };
}
