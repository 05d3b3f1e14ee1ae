// The embeddable view is the playground page with "?embed": the scenario, Send,
// the result and the explanation only (App reads this before the first render).
export const EMBED_PARAM = 'embed';

export function isEmbedded(search: string = location.search): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** The same link, opening the embeddable view. */
export function embedLink(link: string): string {
  const url = new URL(link);
  url.searchParams.set(EMBED_PARAM, '');
  return url.href.replace(`${EMBED_PARAM}=`, EMBED_PARAM);
}
