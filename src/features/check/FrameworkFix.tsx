// The check's fix as a configuration: open it in the playground, and, when the
// server's framework was recognised, the code for it (the export generators
// load on demand, only then).
import { useEffect, useState } from 'react';
import type { CheckResult } from '../../check/types.ts';
import { playgroundHref } from './links.ts';

export function FrameworkFix({ result }: { result: CheckResult }) {
  const [code, setCode] = useState<{ label: string; code: string } | null>(null);
  useEffect(() => {
    let live = true;
    setCode(null);
    if (result.policyFix?.exportTarget) {
      void import('../../check/framework-code.ts').then((m) => live && setCode(m.frameworkCode(result)));
    }
    return () => {
      live = false;
    };
  }, [result]);
  if (!result.policyFix) return null;
  return (
    <div data-testid="check-policy-fix">
      <p>
        <a href={playgroundHref(result.policyFix.scenario)}>Open the fixed configuration in the playground</a>
      </p>
      {code && (
        <details open>
          <summary>The fix in {code.label} (the whole configuration this request needs)</summary>
          <pre className="mono api-check-lines" data-testid="check-framework-code">{code.code}</pre>
        </details>
      )}
    </div>
  );
}
