// The model's verdict beside the browser's, and whether they agree. A
// disagreement is a bug in our model and is said so, loudly, never hidden.
import { Icon } from '../../components/Icon.tsx';
import type { Agreement } from './agreement.ts';

function Checks({ agreement }: { agreement: Agreement }) {
  return (
    <table className="checks">
      <thead>
        <tr>
          <th scope="col">Compared</th>
          <th scope="col">Our model</th>
          <th scope="col">Your browser</th>
          <th scope="col">Same?</th>
        </tr>
      </thead>
      <tbody>
        {agreement.checks.map((c) => (
          <tr key={c.what} className={c.agree ? undefined : 'differs'}>
            <th scope="row">{c.what}</th>
            <td className="mono">{c.predicted}</td>
            <td className="mono">{c.browser}</td>
            <td>
              <Icon name={c.agree ? 'pass' : 'fail'} /> {c.agree ? 'same' : 'differs'}
              {c.note && <span className="hint"> ({c.note})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * `placed`: the scenario placed the page in another address space (Local Network Access), which
 * the real run cannot do: a difference is expected there, not a bug (PlacementNote says why).
 */
export function AgreementNote({ agreement, placed = false }: { agreement: Agreement; placed?: boolean }) {
  if (!agreement.agree && placed) {
    return (
      <div className="agreement other-engine" data-testid="agreement" data-agree="false" data-expected="true">
        <p>
          <strong>Our model and your browser differ, as expected:</strong> the scenario places the page in another address space,
          your browser ran it from this machine.
        </p>
        <Checks agreement={agreement} />
      </div>
    );
  }
  if (agreement.agree) {
    return (
      <div className="agreement agree" data-testid="agreement" data-agree="true">
        <p>
          <Icon name="pass" />{' '}
          <strong>Our model agrees with your browser.</strong>
        </p>
        {/* Shown, not folded away: what "agrees" means is part of the claim. */}
        <Checks agreement={agreement} />
      </div>
    );
  }
  return (
    <div className="agreement disagree" data-testid="agreement" data-agree="false" role="alert">
      <p>
        <Icon name="warning" />{' '}
        <strong>Our model disagrees with your browser: this is a bug in our model.</strong> Your browser is right; the explanation
        below may be wrong where they differ.
      </p>
      <Checks agreement={agreement} />
    </div>
  );
}

/** The model threw: no prediction to compare, which is itself a bug. */
export function ModelCrash({ message }: { message: string }) {
  return (
    <div className="agreement disagree" data-testid="agreement" data-agree="false" role="alert">
      <p>
        <Icon name="warning" />{' '}
        <strong>Our model failed on this scenario: this is a bug in our model.</strong> The real run above is unaffected.
      </p>
      <pre className="mono">{message}</pre>
    </div>
  );
}
