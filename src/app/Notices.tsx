// Messages about the page itself: a scenario link that could not be loaded,
// and what the origins on this machine are.
import { Icon } from '../components/Icon.tsx';
import type { DeploymentChoice } from '../lib/deployment.ts';
import { usePlayground } from '../store/playground-store.ts';

export function LinkErrorAlert() {
  const error = usePlayground((s) => s.linkError);
  const dismiss = usePlayground((s) => s.setLinkError);
  if (!error) return null;
  return (
    <div className="alert" role="alert">
      <p>
        <Icon name="warning" />{' '}
        <strong>This scenario link could not be loaded:</strong> {/[.!?)]$/.test(error) ? error : `${error}.`} The default scenario is shown instead.
      </p>
      <button type="button" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}

export function DeploymentNotice({ notice }: { notice: DeploymentChoice['notice'] }) {
  if (!notice) return null;
  if (notice.kind === 'move') {
    return (
      <p className="notice">
        <strong>Note: </strong>
        The playground works best from its own origin: <a href={notice.appUrl + location.hash}>open it on {notice.appUrl}</a>.
      </p>
    );
  }
  if (notice.kind === 'no-server') {
    return (
      <p className="notice" role="status">
        <Icon name="warning" />{' '}
        The policy server did not answer ({notice.error}). Editing works; Send needs the server (npm run dev or npm start).
      </p>
    );
  }
  return (
    <div className="notice" role="status">
      <p>
        <Icon name="warning" />{' '}
        This browser does not reach the playground’s *.localhost names, so plain loopback names stand in. Some roles share an origin, so
        they are not different origins here:
      </p>
      <ul>
        {notice.shared.map((s) => (
          <li key={s.origin}>
            <code className="mono">{s.origin}</code>: {s.roles.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
