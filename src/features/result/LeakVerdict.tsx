// The verdict of a run in which an untrusted page read the user's private
// data: not a success, whatever fetch() says. Decided from what JavaScript
// really got (lib/leak.ts), never from the model.
import type { RunResult } from '../../runner/protocol.ts';
import { privateFieldsIn } from '../../lib/leak.ts';
import { VICTIM_USER } from '../../scenario/victim.ts';
import { Icon } from '../../components/Icon.tsx';
import './leak.css';

const FIELD_WORDS: Record<keyof typeof VICTIM_USER, string> = { name: 'name', email: 'e-mail', balance: 'balance' };

export function LeakVerdict({ result, origin }: { result: Extract<RunResult, { settled: 'resolved' }>; origin: string }) {
  const fields = privateFieldsIn(result.body).map((f) => FIELD_WORDS[f]);
  return (
    <div className="verdict verdict-leak" role="status" data-testid="leak-verdict">
      <p>
        <Icon name="danger" />{' '}
        <strong>Leak: an untrusted page read {VICTIM_USER.name}’s private data.</strong> fetch() succeeded, and JavaScript on{' '}
        <code className="mono">{origin}</code> now holds the logged-in user’s {fields.join(', ')}
        {fields.includes('e-mail') ? ` (${VICTIM_USER.email})` : ''}: it can send them anywhere.
      </p>
      <p className="hint">
        The browser did its job: it attached the user’s cookie and then let the page read the answer because the server’s headers allowed
        this origin with credentials. The fault is the policy: allow credentials only for origins you trust.
      </p>
    </div>
  );
}
