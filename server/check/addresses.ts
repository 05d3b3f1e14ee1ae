// Where the probe may connect. Bound to loopback (the default), anywhere:
// checking localhost:8080 is the point. In public mode (PUBLIC=1) never
// loopback, private, link-local or otherwise internal addresses: checked on
// the address DNS gave, which is the address the socket then connects to (no
// second lookup, so no DNS-rebinding gap), for every request, redirects included.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32],
] as const) INTERNAL.addSubnet(net, prefix, 'ipv6');

/** Loopback, private, link-local, CGNAT, multicast, reserved (IPv4-mapped IPv6 as its IPv4). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type Resolution = { ok: true; address: string; family: 4 | 6 } | { ok: false; kind: 'dns' | 'forbidden-address'; message: string };

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The one address to connect to for `host` (a URL's host: brackets around
 * IPv6). Like Chromium, *.localhost is loopback without asking DNS.
 */
export interface AddressPolicy {
  publicMode: boolean;
  resolver?: Resolver;
  /** Which addresses public mode refuses (tests stand one loopback address in for the internet). */
  isInternal?: (address: string) => boolean;
}

export async function resolveHost(host: string, policy: AddressPolicy): Promise<Resolution> {
  const { publicMode, resolver = systemResolver, isInternal = isInternalAddress } = policy;
  const bare = host.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else if (bare === 'localhost' || bare.endsWith('.localhost')) addresses = ['127.0.0.1'];
  else {
    try {
      addresses = await resolver(bare);
    } catch {
      return { ok: false, kind: 'dns', message: `${bare} does not resolve (DNS)` };
    }
    if (addresses.length === 0) return { ok: false, kind: 'dns', message: `${bare} does not resolve (DNS)` };
  }
  // Public mode refuses a name when any of its addresses is internal: the socket must not get a choice.
  const internal = addresses.find(isInternal);
  if (publicMode && internal !== undefined) {
    return { ok: false, kind: 'forbidden-address', message: `${bare} is ${internal === bare ? '' : `resolved to ${internal}, `}a loopback, private or link-local address: refused in public mode` };
  }
  const address = addresses[0]!;
  return { ok: true, address, family: isIP(address) === 6 ? 6 : 4 };
}
