/**
 * Contract errors as translated sentences: `useErrorMessage()` is the one hook that turns any
 * failure into a sentence in the UI language (feature hooks such as useRoadmapError add their
 * own wording on top of it). A refused input (`invalid_input`) carries one problem
 * per field (path, zod code or a message code such as "rcs_invalid", bounds); each becomes a
 * message in the UI language, keyed by the field's path so a screen can show it on the field it
 * concerns. The raw path and zod's English text never reach the screen.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorMessageKey, isErrorCode, type FieldProblem } from '@shared/errors';
import { formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import { ApiError } from './api';

/** The field problems of a refused input, or [] for any other error. */
export function problemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input') return [];
  const fields = error.details.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
}

/** One problem in the UI language, without its path. */
export function problemMessage(p: FieldProblem, t: TFunction, exists: (key: string) => boolean, locale: Locale): string {
  const code = `fields.${p.message}`;
  if (typeof p.message === 'string' && exists(code)) return t(code, { ns: 'errors' });
  // "too_big" of a string vs a number, "invalid_format" of an e-mail: the more specific text when there is one.
  const origin = typeof p.params?.origin === 'string' ? p.params.origin : typeof p.params?.format === 'string' ? p.params.format : null;
  const bounds = {
    maximum: typeof p.params?.maximum === 'number' ? formatNumber(p.params.maximum, locale, 2) : '',
    minimum: typeof p.params?.minimum === 'number' ? formatNumber(p.params.minimum, locale, 2) : '',
  };
  const specific = origin ? `zod.${p.code}_${origin}` : null;
  if (specific && exists(specific)) return t(specific, { ns: 'errors', ...bounds });
  if (exists(`zod.${p.code}`)) return t(`zod.${p.code}`, { ns: 'errors' });
  return t('invalid_input', { ns: 'errors' });
}

/**
 * `messagesOf(error)` → { "name": "a name is required…", "contacts.0.email": "…" }: one translated
 * message per field path (the first problem of each field). Empty for errors that are not about fields.
 */
export function useFieldMessages() {
  const { t, i18n } = useTranslation('errors');
  const locale = i18n.language as Locale;
  const exists = (key: string) => i18n.exists(key, { ns: 'errors' });
  return (error: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const p of problemsOf(error)) out[p.path] ??= problemMessage(p, t, exists, locale);
    return out;
  };
}

/**
 * Any failure → a translated sentence (errors namespace, then the feature's `errors.<code>`).
 * Field problems are listed by their translated message only: a raw field path or zod's English
 * text never reaches the screen (screens that can, show them on the field: useFieldMessages).
 */
export function useErrorMessage() {
  const { t } = useTranslation('errors');
  const fieldMessages = useFieldMessages();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('internal');
    if (error.code === 'invalid_input') {
      const messages = [...new Set(Object.values(fieldMessages(error)))];
      return messages.length > 0 ? messages.join(' · ') : t('invalid_input');
    }
    // Each code's text is where shared/errors.ts lists it (errors:<code> or <namespace>:errors.<code>; tested in four languages).
    return isErrorCode(error.code) ? t(errorMessageKey(error.code), error.details) : t('internal');
  };
}
