/**
 * The one rule for reading a number a person typed, in the UI language. Kept apart from
 * format.ts (which writes numbers) so each rule has one home; the renderer's NumberField and
 * any dialog that takes a number use it.
 *
 * The rule, and why:
 * - fr, de, lb write a decimal comma and group thousands with a dot or a space ("1.234,5",
 *   "1 234,5"); en writes a decimal point and groups with a comma ("1,234.5").
 * - The grouping mark is accepted only between groups of exactly three digits. So "1.200" in
 *   French is 1200 and "1,2" is 1.2, as written; but "1.2" in French could be a decimal point
 *   typed by habit: read as 12 it would be a silent error of ×10, so it is refused as
 *   ambiguous with a message saying which mark to use. Likewise "1,2" in English.
 * - Scientific notation ("1e6", "2,5e15" in fr, "1.5E15" in en) is understood: GPU workloads
 *   count FLOPs and parameters that people write that way. The mantissa follows the language's
 *   decimal mark and takes no grouping.
 * - A leading minus ("-" or the typographic "−"), a trailing "€" or "%" and any kind of space
 *   are allowed; anything else is refused as not a number.
 * - Values are kept as decimal digits until scaled (percent → fraction, euros → cents), so
 *   57 % is stored as 0.57 exactly, not 0.5700000000000001.
 */
import type { Locale } from './locale';

export type NumberProblem = 'notANumber' | 'ambiguous' | 'grouping' | 'tooLarge';

export type ParsedNumber =
  | { ok: true; empty: true }
  | { ok: true; empty: false; negative: boolean; digits: string; exponent: number }
  | { ok: false; problem: NumberProblem };

const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;

/** Decimal and grouping marks per language (lb writes as de-LU). */
export function separators(locale: Locale): { decimal: string; group: string } {
  return locale === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/**
 * Reads `text` into sign, digits and a power of ten (value = ±digits × 10^exponent), or says
 * why it cannot. Empty (or only spaces) is `empty`: the caller decides whether that is allowed.
 */
export function parseDecimal(text: string, locale: Locale): ParsedNumber {
  const { decimal, group } = separators(locale);
  let s = text.trim();
  if (s === '') return { ok: true, empty: true };
  s = s.replace(/(€|%)$/, '').trim();
  let negative = false;
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trimStart();
  }
  // Spaces group like the language's grouping mark ("1 200" = "1.200" in fr/de/lb, "1,200" in en).
  const hadSpaces = SPACES.test(s);
  s = s.replace(SPACES, hadSpaces ? group : '');

  const sci = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d{1,4})$/.exec(s);
  if (sci) {
    // Scientific notation: the mark in the mantissa must be the language's decimal mark.
    const mark = s.slice(sci[1].length, sci[1].length + 1);
    if (sci[2] !== undefined && mark !== decimal) return { ok: false, problem: 'ambiguous' };
    return finish(negative, sci[1], sci[2] ?? '', Number(sci[3]));
  }

  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, problem: 'notANumber' };
  const decimalAt = s.indexOf(decimal);
  if (decimalAt !== s.lastIndexOf(decimal)) {
    // Two decimal marks: "1,234,567" in fr could be an English habit → ambiguous; otherwise not a number.
    return { ok: false, problem: s.includes(group) ? 'notANumber' : 'ambiguous' };
  }
  const intPart = decimalAt === -1 ? s : s.slice(0, decimalAt);
  const fracPart = decimalAt === -1 ? '' : s.slice(decimalAt + 1);
  if (fracPart.includes(group)) return { ok: false, problem: 'notANumber' }; // "1,2.3" in fr
  if (decimalAt !== -1 && fracPart === '') return { ok: false, problem: 'notANumber' }; // "12,"
  if (intPart === '') return { ok: false, problem: 'notANumber' }; // ",5": write "0,5"

  if (intPart.includes(group)) {
    const groups = intPart.split(group);
    const wellGrouped = /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!wellGrouped) {
      // "1.2" / "1.25" / "1.2345" in fr: a decimal point typed by habit, not thousands.
      const lookedDecimal = groups.length === 2 && decimalAt === -1 && !hadSpaces;
      return { ok: false, problem: lookedDecimal ? 'ambiguous' : 'grouping' };
    }
  }
  return finish(negative, intPart.split(group).join(''), fracPart, 0);
}

function finish(negative: boolean, intDigits: string, fracDigits: string, exponent: number): ParsedNumber {
  const digits = `${intDigits}${fracDigits}`.replace(/^0+(?=\d)/, '');
  const parsed = { ok: true as const, empty: false as const, negative, digits, exponent: exponent - fracDigits.length };
  if (!Number.isFinite(toNumber(parsed))) return { ok: false, problem: 'tooLarge' };
  return parsed;
}

/** The parsed value times 10^shift, computed from the decimal digits (exact to the nearest double). */
export function toNumber(p: { negative: boolean; digits: string; exponent: number }, shift = 0): number {
  const n = Number(`${p.digits}e${p.exponent + shift}`);
  return p.negative && n !== 0 ? -n : n;
}

/** Number of decimals the typed value carries (12,50 → 2; 1e-3 → 3; 1200 → 0). */
export function decimalsOf(p: { digits: string; exponent: number }): number {
  const trimmed = p.digits.replace(/0+$/, '');
  const dropped = p.digits.length - trimmed.length;
  return Math.max(0, -(p.exponent + dropped));
}

/** value × 10^shift without binary rounding noise (0.57 → 57 for display, 57 → 0.57 to store). */
export function shiftDecimal(value: number, shift: number): number {
  const [mantissa, exp = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exp) + shift}`);
}

/**
 * Compatibility form used by simple dialogs: the number, `null` when empty, `NaN` when it cannot
 * be read (use parseDecimal to know why).
 */
export function parseNumberInput(text: string, locale: Locale): number | null {
  const p = parseDecimal(text, locale);
  if (!p.ok) return Number.NaN;
  return p.empty ? null : toNumber(p);
}
