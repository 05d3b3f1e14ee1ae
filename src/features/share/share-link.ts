// The absolute link to a scenario, in the compact form, on this page's own
// origin and path (so an embedded view links to the full playground).
import { encodeLink } from '../../scenario/link.ts';
import type { Scenario } from '../../scenario/types.ts';

export async function shareLink(scenario: Scenario, page: { origin: string; pathname: string } = location): Promise<string> {
  return page.origin + page.pathname + (await encodeLink({ scenario }));
}
