/**
 * Text that goes into XML (SVG charts, the DOCX). A company name typed by a person can hold
 * anything: `& < > " '`, emoji, and pasted control characters. The first five are escaped; the
 * characters XML 1.0 forbids outright (C0 controls other than tab/newline/CR, lone surrogates,
 * U+FFFE/U+FFFF) are removed, because one of them makes the whole file unreadable.
 */

// XML 1.0 §2.2 Char production, minus the C1 controls (allowed but never meant as text).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot hold; everything else (emoji included) is kept. */
export function xmlSafe(text: string): string {
  return String(text).replace(FORBIDDEN, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** For element text and attribute values alike. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Every string inside a plain-data value made XML-safe (a copy; numbers, booleans and null untouched). */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}
