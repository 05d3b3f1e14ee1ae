// The readable link form (link format 1): "#scenario=<URL-encoded JSON>", for
// people and hand-made links. Apart from the codec (link.ts, loaded on demand)
// so a page can write one without loading the decoder.
import type { Scenario } from './types.ts';

export const READABLE_PREFIX = '#scenario=';

/** What a link carries. The lesson is an id; scenario links leave it out. */
export interface LinkContent {
  scenario: Scenario;
  lesson?: string;
}

/** The readable hash, "#scenario=<URL-encoded JSON>". */
export function readableLink({ scenario, lesson }: LinkContent): string {
  return READABLE_PREFIX + encodeURIComponent(JSON.stringify(lesson === undefined ? scenario : { ...scenario, lesson }));
}
