import { describe, expect, it } from 'vitest';
import { foldedText, splitMessage } from './console-url.ts';

const SESSION = 'AbCdEfGhIjKlMnOpQrSt';
const CONFIG = 'eyJ2IjoxfQ-_x';

describe('Chromium message with the playground URL folded', () => {
  const message =
    `Access to fetch at 'http://api.playground.localhost:8787/s/${SESSION}/${CONFIG}/api/data?x=1' from origin ` +
    `'http://app.playground.localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`;

  it('folds only the session and config segment, keeping the API origin and the path a person reads', () => {
    expect(foldedText(splitMessage(message))).toBe(
      "Access to fetch at 'http://api.playground.localhost:8787/s/…/api/data?x=1' from origin 'http://app.playground.localhost:5173' " +
        "has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
  });

  it('loses nothing: the parts put together are the message', () => {
    expect(splitMessage(message).map((p) => p.text).join('')).toBe(message);
  });

  it('folds both URLs of a redirect message, /r/ included', () => {
    const redirect = `Access to fetch at 'http://api.playground.localhost:8787/r/${SESSION}/${CONFIG}/next' (redirected from 'http://api.playground.localhost:8787/s/${SESSION}/${CONFIG}/api/data') from origin 'null' has been blocked.`;
    expect(foldedText(splitMessage(redirect))).toBe(
      "Access to fetch at 'http://api.playground.localhost:8787/r/…/next' (redirected from 'http://api.playground.localhost:8787/s/…/api/data') from origin 'null' has been blocked.",
    );
  });

  it('leaves other URLs and plain text alone', () => {
    const other = "Fetch API cannot load http://example.com/s/short/x. URL scheme must be 'http' or 'https'.";
    expect(splitMessage(other).some((p) => p.foldable)).toBe(false);
    expect(foldedText(splitMessage(other))).toBe(other);
  });
});
