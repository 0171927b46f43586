/**
 * Which address the room puts in its QR code (pure: interface lists are data here, no traffic).
 */
import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { isPrivateIPv4, pickLanAddress } from '@main/rooms/network';
import { createLimiter } from '@main/rooms/limits';

const v4 = (address: string, internal = false): NetworkInterfaceInfo =>
  ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` }) as NetworkInterfaceInfo;
const v6 = (address: string): NetworkInterfaceInfo =>
  ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 }) as NetworkInterfaceInfo;

describe('isPrivateIPv4', () => {
  it('accepts the RFC 1918 ranges and nothing else', () => {
    for (const a of ['10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.20']) expect([a, isPrivateIPv4(a)]).toEqual([a, true]);
    for (const a of ['127.0.0.1', '172.15.0.1', '172.32.0.1', '192.169.0.1', '169.254.1.1', '8.8.8.8', '100.64.0.1', '10.0.0', '10.0.0.256', '192.168.1.1.5', '', 'fe80::1', '::ffff:192.168.1.2', ' 10.0.0.1']) {
      expect([a, isPrivateIPv4(a)]).toEqual([a, false]);
    }
  });
});

describe('pickLanAddress', () => {
  it('takes the first private IPv4 that is not internal, skipping loopback, IPv6, link-local and public addresses', () => {
    expect(
      pickLanAddress({ lo: [v4('127.0.0.1', true)], docker0: [v6('fe80::1'), v4('169.254.3.4')], wlan0: [v6('fe80::2'), v4('192.168.1.20')], eth1: [v4('10.0.0.5')] }),
    ).toBe('192.168.1.20');
    expect(pickLanAddress({ eth0: [v4('8.8.4.4')], lo: [v4('127.0.0.1', true)] })).toBeNull();
    expect(pickLanAddress({ weird: [v4('10.1.2.3', true)] })).toBeNull(); // internal even if private
    expect(pickLanAddress({})).toBeNull();
    expect(pickLanAddress({ none: undefined })).toBeNull();
  });
});

describe('createLimiter', () => {
  it('allows max hits per window and key, then refuses until the window has passed', () => {
    let t = 0;
    const limit = createLimiter({ max: 3, windowMs: 1000 }, () => t);
    expect([1, 2, 3, 4].map(() => limit.hit('a'))).toEqual([true, true, true, false]);
    expect(limit.hit('b')).toBe(true); // keys are separate
    t = 999;
    expect(limit.hit('a')).toBe(false);
    t = 1000;
    expect(limit.hit('a')).toBe(true);
  });
});
