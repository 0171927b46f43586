/**
 * The portal base URL (portal-protocol.md, Transport): https, or plain http only for loopback
 * hosts (127.0.0.0/8, ::1, localhost). No credentials, query or fragment in it.
 */
import { AppError } from '@shared/errors';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return !!m && m.slice(1).every((part) => Number(part) <= 255);
}

/** Returns the normalised base URL (no trailing slash) or throws portal_url_invalid / portal_url_insecure. */
export function normalisePortalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('portal_url_invalid', 'Not a web address', { url: raw });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('portal_url_invalid', 'Only https addresses', { url: raw });
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError('portal_url_invalid', 'No user name, password, query or fragment in the portal address', { url: raw });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new AppError('portal_url_insecure', 'Plain http is accepted only for a portal on this computer', { url: raw });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
