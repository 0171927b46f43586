/**
 * Shown inside the erase confirmation: what erasure also removes (submissions not yet sent
 * to the portal, copies in the backups) and what it cannot reach (exported files, data the
 * portal already received).
 */
import { useTranslation } from 'react-i18next';
import { LoadError } from '@renderer/components/ErrorText';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { useDataError } from './data-ui';
import './data-safety.css';

export function ErasureNotice({ clientId }: { clientId: string }) {
  const { t } = useTranslation('data');
  const dataError = useDataError();
  const { data: check, error, reload } = useLoad(() => call('data.erasureCheck', { clientId }), [clientId]);
  if (error) return <LoadError error={error} onRetry={reload} message={dataError} />;
  if (!check) return null;
  return (
    <div className="feature-data-safety erasure-notice" data-testid="erasure-notice" data-pending={check.pendingOutbox}>
      {check.pendingOutbox > 0 && (
        <p className="data-note danger" role="alert" data-testid="erasure-pending">
          {t('erasure.pending', { count: check.pendingOutbox })}
        </p>
      )}
      {check.backupsHoldingClient > 0 && <p className="muted">{t('erasure.backups', { count: check.backupsHoldingClient })}</p>}
      <p className="muted">{t('erasure.outside')}</p>
    </div>
  );
}
