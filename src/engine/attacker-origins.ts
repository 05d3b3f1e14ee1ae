// Origins an attacker can own, made from the hosts a pattern is meant to trust
// (the deployment's and any domain written in the pattern itself), each with
// the mistake in a pattern that would let it through. The reviewer tests them
// against the real pattern matcher, so a warning only ever names an origin
// the server really allows. Every one is a valid serialized origin
// (scheme://host[:port], lower case, no path).

/** The pattern mistake an attacker origin exploits. */
export type Flaw = 'start' | 'end' | 'dot' | 'other-site';

export interface AttackerOrigin {
  origin: string;
  flaw: Flaw;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A host name an attacker could register or serve (not an IP address; labels of letters, digits, inner hyphens). */
function isHostName(host: string): boolean {
  const labels = host.split('.');
  return labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!);
}

const SERIALIZED_ORIGIN = /^https?:\/\/([^/:]+)(?::(\d{1,5}))?$/;

/** scheme://host[:port] as a browser serializes it: lower case, no default port, a real host name. */
export function isSerializedOrigin(text: string): boolean {
  const m = SERIALIZED_ORIGIN.exec(text);
  if (!m || !isHostName(m[1]!)) return false;
  const port = m[2];
  if (port === undefined) return true;
  const n = Number(port);
  const defaultPort = text.startsWith('https:') ? 443 : 80;
  return String(n) === port && n > 0 && n < 65536 && n !== defaultPort;
}

/** Host names written in a pattern's source, e.g. "example.com" in ^https://(www\.)?example\.com$. */
export function hostsInPattern(source: string): string[] {
  const text = source.replace(/\\\./g, '.').toLowerCase();
  const found = text.match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/g) ?? [];
  return found.map((h) => h.replace(/^-+|-+$/g, '')).filter(isHostName);
}

/**
 * The site of a host name, approximated as its last two labels
 * (app.playground.localhost → playground.localhost, www.example.com →
 * example.com). Good enough to tell a lookalike domain from a subdomain.
 */
export function siteOf(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** The mutations of one trusted host that land on another site (someone else's domain). */
function mutations(host: string): { host: string; flaw: Flaw }[] {
  const site = siteOf(host);
  const out: { host: string; flaw: Flaw }[] = [
    { host: `evil-${site}`, flaw: 'start' }, //            …example\.com$ with nothing required before it
    { host: `${host}.evil.localhost`, flaw: 'end' }, //   ^https://example\.com without $
  ];
  // An unescaped dot matches any character: www.example.com also lets www-example.com in.
  const dots = [...host].flatMap((c, i) => (c === '.' ? [i] : []));
  for (const i of dots) out.push({ host: host.slice(0, i) + '-' + host.slice(i + 1), flaw: 'dot' });
  return out.filter((m) => m.host.includes('.') && siteOf(m.host) !== site);
}

/**
 * Candidate attacker origins for trusted hosts, on both schemes, with and
 * without the given port, plus the known untrusted origins as they are.
 */
export function attackerOrigins(trustedHosts: readonly string[], port: string, otherSites: readonly string[]): AttackerOrigin[] {
  const seen = new Set<string>();
  const out: AttackerOrigin[] = [];
  const add = (origin: string, flaw: Flaw) => {
    if (!seen.has(origin) && isSerializedOrigin(origin)) {
      seen.add(origin);
      out.push({ origin, flaw });
    }
  };
  for (const trusted of new Set(trustedHosts.filter(isHostName))) {
    for (const m of mutations(trusted)) {
      for (const scheme of ['http', 'https']) {
        add(`${scheme}://${m.host}:${port}`, m.flaw);
        add(`${scheme}://${m.host}`, m.flaw);
      }
    }
  }
  for (const origin of otherSites) add(origin, 'other-site');
  return out;
}
