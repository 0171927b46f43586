/**
 * Which address the room advertises in its QR code. Production binds every interface and
 * advertises the first private IPv4 of this laptop (the meeting room's network); tests and the
 * browser preview bind and advertise the loopback address only (createServices' `rooms` option).
 */
import type { NetworkInterfaceInfo } from 'node:os';

/** RFC 1918 ranges: the addresses a meeting room's Wi-Fi hands out. */
export function isPrivateIPv4(address: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if ([a, b, Number(m[3]), Number(m[4])].some((n) => n > 255)) return false;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The first private IPv4 of the host's interfaces (in the order the OS lists them), or null. */
export function pickLanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      // Node ≥ 18 says 'IPv4'; some 18.x builds said 4.
      const v4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (v4 && !info.internal && isPrivateIPv4(info.address)) return info.address;
    }
  }
  return null;
}
