// Gives the API a cookie to (not) send: the app page logs in itself, the way
// a real front end would, and the cookie the API set is shown from its log.
import { Icon } from '../../components/Icon.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { logIn, logOut, logStatusQueryOptions } from '../../lib/server-api.ts';

export function LoginPanel({ api, session }: { api: string; session: string }) {
  const queryClient = useQueryClient();
  const status = useQuery({ ...logStatusQueryOptions(session), retry: false });
  const refresh = () => queryClient.invalidateQueries({ queryKey: logStatusQueryOptions(session).queryKey });
  const login = useMutation({ mutationFn: () => logIn(api, session), onSettled: refresh });
  const logout = useMutation({ mutationFn: () => logOut(api, session), onSettled: refresh });
  const cookie = status.data?.cookie ?? null;
  const error = login.error ?? logout.error;

  return (
    <div className="login-panel">
      <div className="button-row">
        <button type="button" onClick={() => login.mutate()} disabled={login.isPending}>
          Log in to the API
        </button>
        {cookie && (
          <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
            Log out
          </button>
        )}
      </div>
      <p className="hint" aria-live="polite">
        {cookie ? (
          <>
            The API has set the cookie <code className="mono">pg_session={cookie}</code>. It goes along with credentials: 'include'
            from an origin on the API's site.
          </>
        ) : (
          'No API cookie yet.'
        )}
      </p>
      {error && (
        <p className="problem" role="status">
          <Icon name="fail" />{' '}Could not reach the API: {error.message}
        </p>
      )}
    </div>
  );
}
