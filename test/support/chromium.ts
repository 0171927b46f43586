import { existsSync } from 'node:fs';

/**
 * Playwright's own browser download does not work on our machines (toolchain.md): use Debian's
 * Chromium, or LAIF_CHROMIUM, and fall back to Playwright's browser where a developer has one.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.LAIF_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
