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

/**
 * Whether a page of another origin frames this one. The runner pages that make
 * the request may be framed only by the playground (CSP frame-ancestors covers
 * every ancestor), so Send cannot run inside an embed on another site.
 */
export function framedByAnotherOrigin(w: Window = window): boolean {
  if (w.top === w.self) return false;
  const ancestors = w.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) return Array.from(ancestors).some((origin) => origin !== w.location.origin);
  try {
    return w.top!.location.origin !== w.location.origin;
  } catch {
    return true; // reading a cross-origin top's location throws
  }
}
