// Gives the API a cookie to (not) send: the app page logs in itself, the way
// a real front end would, and the cookie the API set is shown from its log.
import { Icon } from '../../components/Icon.tsx';
// Logged in, the API answers every request that carries the cookie with the
// user's private data: the victim an over-open policy exposes.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { logIn, logOut, logStatusQueryOptions } from '../../lib/server-api.ts';
import { LOGIN_COOKIE, VICTIM_USER, type CookieSameSite } from '../../scenario/victim.ts';
import './login-panel.css';

const SAME_SITE_CHOICES: Array<{ value: CookieSameSite; label: string; hint: string }> = [
  { value: 'Lax', label: 'SameSite=Lax', hint: 'what browsers assume when a site says nothing' },
  { value: 'None', label: 'SameSite=None; Secure', hint: 'also offered to other sites, where third-party cookies are allowed' },
];

function CookieState({ cookie, sameSite }: { cookie: string | null; sameSite: CookieSameSite | null }) {
  if (!cookie) return <>Not logged in: the API has no cookie in this browser, so no request can carry one.</>;
  return (
    <>
      Logged in as {VICTIM_USER.name}: the API set <code className="mono">{LOGIN_COOKIE}={cookie}</code> with{' '}
      <code className="mono">SameSite={sameSite === 'None' ? 'None; Secure' : 'Lax'}</code>. Any request that carries it gets{' '}
      {VICTIM_USER.name}’s e-mail and balance in its answer.{' '}
      {sameSite === 'None'
        ? 'The browser offers it to pages of any site, unless its third-party-cookie setting blocks it (Chromium here stores Secure cookies over http because localhost counts as secure).'
        : 'The browser attaches it to credentialed requests from pages on the API’s own site only.'}
    </>
  );
}

export function LoginPanel({ api, session }: { api: string; session: string }) {
  const queryClient = useQueryClient();
  const [sameSite, setSameSite] = useState<CookieSameSite>('Lax');
  const status = useQuery({ ...logStatusQueryOptions(session), retry: false });
  const refresh = () => queryClient.invalidateQueries({ queryKey: logStatusQueryOptions(session).queryKey });
  const login = useMutation({ mutationFn: () => logIn(api, session, sameSite), onSettled: refresh });
  const logout = useMutation({ mutationFn: () => logOut(api, session), onSettled: refresh });
  const cookie = status.data?.cookie ?? null;
  const error = login.error ?? logout.error;

  return (
    <div className="login-panel">
      <fieldset className="same-site-choice">
        <legend>Login cookie</legend>
        {SAME_SITE_CHOICES.map((c) => (
          <label key={c.value}>
            <input type="radio" name="login-same-site" value={c.value} checked={sameSite === c.value} onChange={() => setSameSite(c.value)} />{' '}
            <code className="mono">{c.label}</code> <span className="hint">({c.hint})</span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => login.mutate()} disabled={login.isPending}>
          {cookie ? 'Log in again' : 'Log in to the API'}
        </button>
        {cookie && (
          <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
            Log out
          </button>
        )}
      </div>
      <p className="hint" aria-live="polite" data-testid="login-state" data-logged-in={cookie ? 'true' : 'false'}>
        <CookieState cookie={cookie} sameSite={status.data?.sameSite ?? null} />
      </p>
      {error && (
        <p className="problem" role="status">
          <Icon name="fail" />{' '}Could not reach the API: {error.message}
        </p>
      )}
    </div>
  );
}
