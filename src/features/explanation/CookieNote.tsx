// The model's word on the login cookie, before any run: whether the browser
// will attach it and why. Shown for credentialed requests only, where the
// cookie decides what the answer is worth to the page.
import { COOKIE_WORDS } from '../../engine/cookie-words.ts';
import type { Prediction } from '../../engine/types.ts';

export function CookieNote({ prediction }: { prediction: Prediction }) {
  const credentialed = prediction.requests.some((r) => r.kind === 'actual' && r.credentials);
  if (!credentialed) return null;
  const { cookie, reason, settingDecides } = prediction.cookie;
  return (
    <span className="cookie-note" data-testid="predicted-cookie" data-cookie={cookie} data-reason={reason}>
      <strong>Login cookie: {cookie === 'sent' ? 'sent' : settingDecides ? 'not sent where third-party cookies are blocked' : 'not sent'}.</strong>{' '}
      <span className="hint">The request goes {COOKIE_WORDS[reason]}.</span>
    </span>
  );
}
