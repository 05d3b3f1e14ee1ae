// The shape of the security review's policy rules (review-rules.ts, review-patterns.ts).
import type { Policy, ScenarioRequest } from '../scenario/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { WarningSeverity } from './types.ts';

export interface ReviewInput {
  /** The policy with its role tokens resolved for this deployment. */
  policy: Policy;
  deployment: Deployment;
  /** The request being built, when known (a rule may depend on what it needs, e.g. Authorization). */
  request?: ScenarioRequest;
}

export interface PolicyRule {
  id: string;
  severity: WarningSeverity | ((input: ReviewInput) => WarningSeverity);
  /** The lesson that teaches this mistake (its link is "#lesson=<id>"). */
  lesson?: string | ((input: ReviewInput) => string);
  path: string;
  says: (input: ReviewInput) => string | null;
}
