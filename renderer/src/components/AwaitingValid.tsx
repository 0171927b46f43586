import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidFields } from '../lib/save-state';

/**
 * Wraps a result area (figures computed from saved values). While a field it depends on holds a
 * value that could not be saved, the figures would describe the old value as if current: they are
 * replaced by a note naming the field. `scope` matches the fields' <ValidityScope.Provider>.
 */
export function AwaitingValid({ scope, children }: { scope: string; children: ReactNode }) {
  const { t } = useTranslation();
  const invalid = useInvalidFields(scope);
  if (invalid.length === 0) return <>{children}</>;
  return (
    <div className="awaiting-valid" role="status" data-testid="awaiting-valid">
      <strong>{t('awaiting.title')}</strong>
      <p>{t('awaiting.body', { field: invalid[0] })}</p>
    </div>
  );
}
