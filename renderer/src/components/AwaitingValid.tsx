import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidFields } from '../lib/save-state';

/**
 * Wraps a result area (figures computed from saved values). While a field it depends on holds a
 * value that could not be saved, the figures would describe the old value as if current: they are
 * replaced by a note naming the field. `scope` matches the fields' <ValidityScope.Provider>.
 */
export function AwaitingValid({ scope, children, inline }: { scope: string; children: ReactNode; inline?: boolean }) {
  const { t } = useTranslation();
  const invalid = useInvalidFields(scope);
  if (invalid.length === 0) return <>{children}</>;
  // Small figures inside a row (a cost line's aid) give way to a short note; the page's main result area says which field.
  if (inline)
    return (
      <span className="awaiting-valid-inline" data-testid="awaiting-valid-inline">
        {t('awaiting.title')}
      </span>
    );
  return (
    <div className="awaiting-valid" role="status" data-testid="awaiting-valid">
      <strong>{t('awaiting.title')}</strong>
      <p>{t('awaiting.body', { field: invalid[0] })}</p>
    </div>
  );
}
