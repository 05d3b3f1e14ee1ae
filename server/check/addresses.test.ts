// Which addresses public mode refuses, and the resolution that decides it:
// the address checked is the address connected to.
import os from 'node:os';
import { lookup } from 'node:dns/promises';
import { describe, expect, it } from 'vitest';
import { isInternalAddress, resolveHost } from './addresses.ts';

describe('isInternalAddress', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.0.0.1', true], ['172.16.0.1', true], ['172.31.255.255', true], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['::1', true], ['::', true],
    ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['::ffff:10.0.0.1', true], ['not-an-ip', true],
    ['8.8.8.8', false], ['172.32.0.1', false], ['93.184.216.34', false], ['2606:4700::1111', false], ['::ffff:8.8.8.8', false],
  ])('%s → %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });
});

describe('resolveHost', () => {
  it('a real DNS name that resolves to loopback (this machine\'s own name) is refused in public mode, allowed otherwise', async () => {
    const name = os.hostname();
    const addresses = (await lookup(name, { all: true })).map((a) => a.address);
    expect(addresses.some(isInternalAddress)).toBe(true);
    expect(await resolveHost(name, { publicMode: true })).toMatchObject({ ok: false, kind: 'forbidden-address' });
    expect(await resolveHost(name, { publicMode: false })).toMatchObject({ ok: true });
  });

  it('a name with one public and one private address is refused (the socket must not get a choice)', async () => {
    const resolver = async () => ['93.184.216.34', '10.0.0.7'];
    expect(await resolveHost('rebind.test', { publicMode: true, resolver })).toMatchObject({ ok: false, kind: 'forbidden-address' });
  });

  it('*.localhost is loopback without asking DNS, as in Chromium', async () => {
    const resolver = async (): Promise<string[]> => { throw new Error('DNS must not be asked'); };
    expect(await resolveHost('api.localhost', { publicMode: false, resolver })).toEqual({ ok: true, address: '127.0.0.1', family: 4 });
  });

  it('a name that does not resolve is a DNS error', async () => {
    expect(await resolveHost('no-such-host.invalid', { publicMode: false })).toMatchObject({ ok: false, kind: 'dns' });
  });
});
