import { z } from 'zod';
import { LOCALES } from '../locale';

export { LIMITS } from './limits';
import { LIMITS } from './limits';

export const id = z.string().uuid();

/**
 * Control characters a person never types: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
 * A NUL-named client could be exported but not imported back; others garble lists and the
 * report. Multi-line texts (notes, justifications) keep tab, line feed and carriage return.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTER_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** The zod issue message a refused control character carries (the renderer translates it). */
export const CONTROL_CHARACTERS_MESSAGE = 'control_characters';

export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? CONTROL_CHARACTER_EXCEPT_LINES : CONTROL_CHARACTER).test(value);
}

/**
 * The one schema for free text in the contract: a length cap and no control characters
 * (single-line unless `multiline`). Every text field uses it, so the rule lives here only.
 */
export function text(max: number, options: { multiline?: boolean; tooLong?: string } = {}) {
  const forbidden = options.multiline ? CONTROL_CHARACTER_EXCEPT_LINES : CONTROL_CHARACTER;
  return z
    .string()
    .max(max, options.tooLong)
    .refine((value) => !forbidden.test(value), { message: CONTROL_CHARACTERS_MESSAGE });
}

export const shortText = text(LIMITS.shortText);
export const mediumText = text(LIMITS.mediumText, { multiline: true });
export const longText = text(LIMITS.longText, { multiline: true });
/** A moment as the app writes it (`Date.prototype.toISOString`). */
export const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'expected an ISO date-time');
export const locale = z.enum(LOCALES);
export const cents = z.number().int().min(0).max(LIMITS.maxCents);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const empty = z.strictObject({});
