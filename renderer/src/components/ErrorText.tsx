import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { NAMESPACES } from '../lib/i18n';

/** Turns an error from the main process into a translated sentence (errors namespace). */
export function useErrorMessage() {
  const { t, i18n } = useTranslation('errors');
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('internal');
    const fields = (error.details.fields as { path: string; code: string; message: string }[] | undefined) ?? [];
    if (error.code === 'invalid_input' && fields.length > 0) {
      return fields
        .map((f) => {
          const key = `fields.${f.message}`;
          const specific = i18n.exists(key, { ns: 'errors' }) ? t(key) : t(`zod.${f.code}`, { defaultValue: t('invalid_input') });
          return f.path ? `${f.path}: ${specific}` : specific;
        })
        .join(' · ');
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
