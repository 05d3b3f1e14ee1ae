// Picks the validator's problems for one field out of the whole list.
import type { Problem } from '../../policy/validate.ts';

/** Messages for `path` and anything below it ("policy.allowOrigin" covers "policy.allowOrigin.origins.0"). */
export function problemsAt(problems: readonly Problem[], path: string): string[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(path + '.')).map((p) => p.message);
}
