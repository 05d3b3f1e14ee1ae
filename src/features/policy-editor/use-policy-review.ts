// The security review as you type. The reviewer (engine/review.ts, with the
// attacker origins it tries) loads on demand, off the initial bundle: until
// it has, there is simply no warning yet.
import { useEffect, useMemo, useState } from 'react';
import type { Warning } from '../../engine/types.ts';
import type { Deployment } from '../../scenario/origins.ts';
import type { ScenarioRequest, ServerSide } from '../../scenario/types.ts';

type Reviewer = typeof import('../../engine/review.ts').reviewPolicy;

let loaded: Reviewer | null = null;
const loadReviewer = () => import('../../engine/review.ts').then((m) => (loaded = m.reviewPolicy));

/**
 * `patternsReady` re-runs the review once the pattern engine has loaded (a pattern matches nothing before);
 * `request` lets rules about what the request needs apply (Authorization and Allow-Headers: *).
 */
export function usePolicyReview(server: ServerSide, deployment: Deployment, patternsReady: boolean, request?: ScenarioRequest): Warning[] {
  const [review, setReview] = useState<Reviewer | null>(() => loaded);
  useEffect(() => {
    if (review) return;
    let live = true;
    loadReviewer().then((r) => live && setReview(() => r), () => {});
    return () => {
      live = false;
    };
  }, [review]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- patternsReady only asks for a fresh review
  return useMemo(() => (review ? review(server, deployment, request) : []), [review, server, deployment, patternsReady, request]);
}
