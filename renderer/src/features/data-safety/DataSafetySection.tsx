/**
 * Settings → Backups and moving clients: the backups on this laptop (date, why it was made,
 * size) with "back up now" and restore, and importing a client file from a colleague or an
 * old laptop. Restoring restarts the app on the restored data.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/contract/data-safety';
import { formatDateTime } from '@shared/format';
import { call, onEvent, transportKind } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorMessage, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { formatSize, useDataError } from './data-ui';
import { ImportClient } from './ImportClient';
import './data-safety.css';

/** Shown from the restore answer until the app is back on the restored data. */
function Restarting({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    // Desktop app: the process relaunches and this window goes away. Browser preview: the
    // services restart in place and say so; the page then reloads on the restored data.
    const stop = onEvent((event) => {
      if (event.type === 'restarted') window.location.reload();
    });
    const timer = setTimeout(() => setSlow(true), transportKind === 'ipc' ? 20_000 : 10_000);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="feature-data-safety restart-overlay" role="alertdialog" aria-modal="true" aria-labelledby="restart-title" data-testid="restarting">
      <div className="restart-box">
        <h2 id="restart-title">{t('restore.restarting')}</h2>
        <p>{t('restore.restartingDetail', { date: formatDateTime(backup.createdAt, locale) })}</p>
        {slow && <p className="data-note warn">{t('restore.slow')}</p>}
      </div>
    </div>
  );
}

export function DataSafetySection() {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const dataError = useDataError();
  const { data: list, error: loadError, reload } = useLoad(() => call('data.listBackups', {}), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const [toRestore, setToRestore] = useState<BackupInfo | null>(null);
  const [restarting, setRestarting] = useState<BackupInfo | null>(null);


  const backupNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const b = await call('data.backupNow', {});
      setMade(b.file);
      await reload();
    } catch (e) {
      setError(dataError(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setToRestore(null);
    setError(null);
    const earlier = new Set((list?.backups ?? []).filter((b) => b.reason === 'before-restore').map((b) => b.file));
    try {
      await call('data.restoreBackup', { file: backup.file });
    } catch (e) {
      setError(dataError(e));
      return;
    }
    setRestarting(backup);
    try {
      // Browser preview: this call is answered by the restarted services, once the restore is in
      // place (its safety copy is the sign). The desktop app relaunches before it matters.
      const after = await call('data.listBackups', {});
      if (after.backups.some((b) => b.reason === 'before-restore' && !earlier.has(b.file))) window.location.reload();
    } catch {
      // the app is going away: nothing to show
    }
  };

  return (
    <>
      <fieldset className="feature-data-safety card data-safety" data-testid="backups-section">
        <legend>{t('backups.title')}</legend>
        <p className="muted">{t('backups.intro', { daily: list?.policy.daily ?? 7, weekly: list?.policy.weekly ?? 4 })}</p>
        <div className="data-toolbar">
          <button type="button" className="primary" onClick={() => void backupNow()} disabled={busy} data-testid="backup-now">
            {busy ? t('backups.working') : t('backups.now')}
          </button>
          {list && (
            <span className="muted data-folder">
              {t('backups.folder')} <span className="mono">{list.folder}</span>
            </span>
          )}
        </div>
        <ErrorMessage message={error} testId="backups-error" />
        <LoadError error={loadError} onRetry={reload} message={dataError} />
        {!list && !error && !loadError && <p className="muted">{t('common:loading')}</p>}
        {list && list.backups.length === 0 && <p className="empty">{t('backups.empty')}</p>}
        {list && list.backups.length > 0 && (
          <table className="table backups-table" data-testid="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.why')}</th>
                <th scope="col" className="num">
                  {t('backups.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.file} data-testid="backup-row" data-reason={b.reason} className={b.file === made ? 'just-made' : undefined}>
                  <td>{formatDateTime(b.createdAt, locale)}</td>
                  <td>{t(`backups.reason.${b.reason}`, { version: b.targetVersion ?? '' })}</td>
                  <td className="num">{formatSize(b.sizeBytes, locale)}</td>
                  <td className="row-action">
                    <button type="button" onClick={() => setToRestore(b)} data-testid="restore-backup">
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>

      <fieldset className="feature-data-safety card data-safety" data-testid="move-clients-section">
        <legend>{t('move.title')}</legend>
        <p className="muted">{t('move.intro')}</p>
        <ImportClient />
      </fieldset>

      {toRestore && (
        <ConfirmDialog
          title={t('restore.title', { date: formatDateTime(toRestore.createdAt, locale) })}
          confirmLabel={t('restore.confirm')}
          onCancel={() => setToRestore(null)}
          onConfirm={() => void restore(toRestore)}
        >
          <p>{t('restore.explain')}</p>
          <p className="muted">{t('restore.safety')}</p>
        </ConfirmDialog>
      )}
      {restarting && <Restarting backup={restarting} />}
    </>
  );
}
