import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { NAMESPACES } from '../lib/i18n';
import { useFieldMessages } from '../lib/api-errors';

/**
 * Turns an error from the main process into a translated sentence (errors namespace). Field
 * problems are listed by their translated message only: a raw field path or zod's English text
 * never reaches the screen (screens that can, show them on the field: lib/api-errors.ts).
 */
export function useErrorMessage() {
  const { t, i18n } = useTranslation('errors');
  const fieldMessages = useFieldMessages();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('internal');
    if (error.code === 'invalid_input') {
      const messages = [...new Set(Object.values(fieldMessages(error)))];
      return messages.length > 0 ? messages.join(' · ') : t('invalid_input');
    }
    if (i18n.exists(error.code, { ns: 'errors' })) return t(error.code, error.details);
    // Feature-specific codes live in the feature's namespace under `errors.<code>`.
    const ns = NAMESPACES.find((n) => i18n.exists(`errors.${error.code}`, { ns: n }));
    return ns ? t(`errors.${error.code}`, { ns, ...error.details }) : t('internal');
  };
}

export function ErrorText({ error }: { error: unknown }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {message(error)}
    </p>
  );
}
