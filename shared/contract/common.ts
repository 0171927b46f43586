import { z } from 'zod';
import { LOCALES } from '../locale';

export { LIMITS } from './limits';
import { LIMITS } from './limits';

export const id = z.string().uuid();
export const shortText = z.string().max(LIMITS.shortText);
export const mediumText = z.string().max(LIMITS.mediumText);
export const longText = z.string().max(LIMITS.longText);
export const locale = z.enum(LOCALES);
export const cents = z.number().int().min(0).max(LIMITS.maxCents);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const empty = z.strictObject({});
