/**
 * The report's file name, e.g. `2026-03-02_Muller-Sarl_Feuille-de-route-IA_r2_fr.docx`: sortable by date,
 * named in the report's language,
 * and safe on Windows, macOS and Linux whatever the company is called. Only ASCII letters,
 * digits and `-` survive in the company part: no path separators (`../`), no characters Windows
 * forbids (`<>:"/\|?*`), no control characters, no trailing dot or space, never a reserved
 * device name (CON, NUL, COM1, …), never empty, never long (macOS/Linux cap a name at 255 bytes,
 * and Windows paths get tight long before that).
 */
import { DEFAULT_LOCALE, isLocale } from '../locale';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ĳ: 'ij', Ĳ: 'IJ',
};

/** Windows device names, reserved with or without an extension, in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export const FILE_NAME_COMPANY_MAX = 60;
const FILE_NAME_FALLBACK = 'client';

/** `Müller S.à r.l.` → `Muller-S-a-r-l`; empty or unusable → `fallback`. */
export function fileNameSlug(text: string, maxLength = FILE_NAME_COMPANY_MAX, fallback = FILE_NAME_FALLBACK): string {
  const ascii = String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\u0000-\u007F]/gu, (c) => SPECIAL[c] ?? ' ');
  let slug = ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
  }
  if (slug === '') return fallback;
  if (RESERVED.test(slug)) return `${slug}-${fallback}`;
  return slug;
}

function datePart(date: string | Date): string {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? 'undated' : date.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(date ?? ''));
  if (!m) return 'undated';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Reject 2026-02-31 and friends instead of silently moving to March.
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? m[0] : 'undated';
}

export interface ReportFileNameInput {
  /** The report's date: an ISO date (`2026-03-02`, or a date-time whose date part is taken) or a Date (UTC). */
  date: string | Date;
  companyName: string;
  /** Roadmap revision; anything but a non-negative safe integer is written as r0. */
  revision: number;
  /** The report's language; anything else falls back to the default language. */
  locale: string;
  /** The document's name in the report's language (`report:fileTitle`, e.g. "Feuille-de-route-IA"); made file-safe here. */
  title?: string;
}

const FILE_NAME_TITLE_FALLBACK = 'AI-roadmap';

export function reportFileName(input: ReportFileNameInput): string {
  const revision = Number.isSafeInteger(input.revision) && input.revision >= 0 ? input.revision : 0;
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const title = fileNameSlug(input.title ?? FILE_NAME_TITLE_FALLBACK, 40, FILE_NAME_TITLE_FALLBACK);
  return `${datePart(input.date)}_${fileNameSlug(input.companyName)}_${title}_r${revision}_${locale}.docx`;
}
