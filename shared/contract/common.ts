import { z } from 'zod';
import { LOCALES } from '../locale';

/** Limits shared by every feature's schemas (one place for each rule). */
export const LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  /** A workshop note may be long (minutes of a discussion) but not a pasted file. */
  longText: 50_000,
  email: 254,
  maxCents: 1_000_000_000_000, // €10 bn: far above any SME figure, far below float trouble
  listMax: 200,
} as const;

export const id = z.string().uuid();
export const shortText = z.string().max(LIMITS.shortText);
export const mediumText = z.string().max(LIMITS.mediumText);
export const longText = z.string().max(LIMITS.longText);
export const locale = z.enum(LOCALES);
export const cents = z.number().int().min(0).max(LIMITS.maxCents);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const empty = z.strictObject({});
