// A pasted error links the lesson that teaches it, by id, in a link the codec reads back.
import { describe, expect, it } from 'vitest';
import { recognisePastedError } from '../../lib/pasted-error/recognise.ts';
import { decodeLink } from '../../scenario/link.ts';
import { lessonFor, lessonHref } from './links.ts';

const lessonOf = (message: string) => {
  const r = recognisePastedError(message);
  if (!r.ok) throw new Error(r.message);
  return lessonFor(r.error.errors);
};

describe('the lesson for a pasted error', () => {
  it('is found for Chrome, Firefox and Safari wordings', () => {
    expect(lessonOf("Access to fetch at 'http://localhost:8080/' from origin 'http://localhost:3000' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value 'http://localhost:3001' that is not equal to the supplied origin.")).toBe('wrong-port');
    expect(lessonOf("Access to fetch at 'http://localhost:8080/' from origin 'http://localhost:3000' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.")).toBe('preflight-401');
    expect(lessonOf("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:8080/. (Reason: CORS header 'Access-Control-Allow-Origin' missing).")).toBe('missing-allow-origin');
    expect(lessonOf('[Error] Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.')).toBe('wildcard-with-credentials');
    expect(lessonOf('[Error] Request header field X-Api-Key is not allowed by Access-Control-Allow-Headers.')).toBe('header-not-allowed');
  });

  it('is none for what no lesson teaches', () => {
    expect(lessonOf("Access to fetch at 'http://x.test/' from origin 'http://y.test' has been blocked by CORS policy: Cross origin requests are only supported for protocol schemes: http, https.")).toBeNull();
  });

  it('is a link the playground reads back with its lesson id', async () => {
    const read = await decodeLink(lessonHref('wrong-port').slice(1));
    expect(read).toMatchObject({ kind: 'ok', lesson: 'wrong-port' });
  });
});
