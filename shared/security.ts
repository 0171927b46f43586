/**
 * Content Security Policy of the renderer (architecture.md: "a strict CSP, no remote content").
 * Injected as a meta tag at build time (electron.vite.config.ts), sent as a header by the main
 * process and by the test bridge, and asserted by test/unit/security.test.ts.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
];

/** The full policy, sent as an HTTP header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
/** The same policy for the <meta> tag, where browsers ignore (and warn about) frame-ancestors. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');

/** External links the app may open in the system browser: https only, these hosts only. */
const EXTERNAL_LINK_HOSTS = [
  'www.luxinnovation.lu',
  'luxinnovation.lu',
  'guichet.public.lu',
  'eur-lex.europa.eu',
  'eurohpc-ju.europa.eu',
  'www.luxprovide.lu',
  'luxprovide.lu',
  'artificialintelligenceact.eu',
  // Funding scheme sources (shared/reference/schemes).
  'aifactory.lu',
  'www.eurohpc-ju.europa.eu',
  'legilux.public.lu',
  'meco.gouvernement.lu',
] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && (EXTERNAL_LINK_HOSTS as readonly string[]).includes(url.hostname);
}
