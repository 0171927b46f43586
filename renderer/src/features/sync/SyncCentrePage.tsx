/**
 * The sync centre: what needs the advisor (pair again, records the portal rejected with its field
 * messages, conflicts), what is waiting or being sent (with the progress of a batch), and what
 * was delivered (portal reference, time, and the status the portal reported back).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { SyncItem } from '@shared/contract/sync';
import { formatDateTime, formatNumber } from '@shared/format';
import { LoadError } from '@renderer/components/ErrorText';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { navigate } from '@renderer/lib/router';
import { useLocale } from '@renderer/lib/use-locale';
import { ensureSyncEvents, refreshSyncStatus, useSyncStore } from '@renderer/lib/sync-store';
import { fieldText, portalStatusText, problemText, stateWord } from '@renderer/lib/sync-text';
import { useSyncError } from './PortalSettingsSection';
import { DecisionItem } from './PortalDecisions';
import './sync.css';

interface Lists {
  attention: SyncItem[];
  waiting: SyncItem[];
  delivered: SyncItem[];
}

function ItemLabel({ item }: { item: SyncItem }) {
  const { t } = useTranslation('sync');
  return (
    <>
      <span className="sync-kind">{t(`kind.${item.kind}`)}</span>
      <strong><bdi>{displayName(item.title || item.clientName, t('untitled'))}</bdi></strong>
      <span className="muted"> · {t('revision', { revision: item.revision })}</span>
    </>
  );
}

export function SyncCentrePage() {
  const { t, i18n } = useTranslation('sync');
  const locale = useLocale();
  const syncError = useSyncError();
  const { status, progress, version, decisions } = useSyncStore();
  const portalDecisions = decisions?.attention ?? [];
  const [error, setError] = useState<string | null>(null);

  useEffect(() => ensureSyncEvents(), []);
  // Reloaded after every sync event (the store's version).
  const loaded = useLoad(async () => {
    const [portal, attention, waiting, delivered] = await Promise.all([
      call('sync.portal.get', {}),
      call('sync.list', { filter: 'attention', limit: 200 }),
      call('sync.list', { filter: 'waiting', limit: 200 }),
      call('sync.list', { filter: 'delivered', limit: 100 }),
      refreshSyncStatus(),
    ]);
    return { portal, lists: { attention, waiting, delivered } as Lists };
  }, [version]);
  const { portal, lists } = loaded.data ?? { portal: null, lists: null };
  const loadError = <LoadError error={loaded.error} onRetry={loaded.reload} message={syncError} />;

  const act = (run: () => Promise<unknown>) => {
    setError(null);
    run().then(() => refreshSyncStatus(), (e) => setError(syncError(e)));
  };

  if (!lists || !portal || !status) {
    return <section className="page">{loaded.error ? loadError : <p className="loading">{t('common:loading')}</p>}</section>;
  }
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '—');
  const running = status.running;

  return (
    <section className="feature-sync page sync-centre" data-testid="sync-centre">
      <div className="page-head">
        <div>
          <h1>{t('centre.title')}</h1>
          <p className="muted sync-connection" data-testid="sync-connection">
            {portal.paired
              ? t('centre.connectedAs', { advisor: portal.advisor?.name ?? '', device: portal.deviceName, url: portal.baseUrl })
              : t('centre.notPaired')}
          </p>
        </div>
        <div className="actions">
          {!portal.paired && (
            <button type="button" onClick={() => navigate('/settings')}>
              {t('centre.openSettings')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            data-testid="sync-now"
            disabled={!portal.paired || status.needsAuth || running}
            onClick={() => act(() => call('sync.now', { wait: false }))}
          >
            {running ? t('centre.syncing') : t('centre.syncNow')}
          </button>
        </div>
      </div>

      <dl className="sync-facts card">
        <div>
          <dt>{t('centre.portal')}</dt>
          <dd data-testid="sync-reachable" data-reachable={String(status.reachable)}>
            <span className={`sync-dot ${status.reachable === true ? 'ok' : status.reachable === false ? 'off' : ''}`} aria-hidden="true" />
            {status.reachable === true ? t('centre.reachable') : status.reachable === false ? t('centre.unreachable') : t('centre.unknown')}
          </dd>
        </div>
        <div>
          <dt>{t('centre.lastSync')}</dt>
          <dd data-testid="sync-last">{status.lastSyncAt ? formatDateTime(status.lastSyncAt, locale) : t('centre.never')}</dd>
        </div>
        <div>
          <dt>{t('centre.counts')}</dt>
          <dd>
            {t('centre.countLine', {
              waiting: formatNumber(status.counts.waiting + status.counts.sending, locale),
              delivered: formatNumber(status.counts.delivered, locale),
              attention: formatNumber(status.counts.attention + portalDecisions.length, locale),
            })}
          </dd>
        </div>
      </dl>

      {running && progress && progress.total > 0 && (
        <div className="sync-progress card" role="status" data-testid="sync-progress">
          <progress value={progress.done} max={Math.max(progress.total, 1)} />
          <span>{t('centre.progress', { done: formatNumber(progress.done, locale), total: formatNumber(progress.total, locale) })}</span>
        </div>
      )}
      {status.notBefore && status.notBefore > new Date().toISOString() && (
        <p className="sync-note warn">{t('centre.notBefore', { time: when(status.notBefore) })}</p>
      )}
      {error && <p className="error-text">{error}</p>}
      {loadError}

      {status.needsAuth && (
        <div className="sync-note danger" role="alert" data-testid="sync-needs-auth">
          <p>{t('centre.needsAuth', { count: status.counts.attention })}</p>
          <button type="button" className="primary" onClick={() => navigate('/settings')}>
            {t('centre.pairAgain')}
          </button>
        </div>
      )}

      <h2>
        {t('centre.attention')} <span className="badge danger">{lists.attention.length + portalDecisions.length}</span>
      </h2>
      {portalDecisions.length > 0 && (
        <ul className="sync-list" data-testid="sync-decisions" aria-label={t('decisions.title')}>
          {portalDecisions.map((d) => (
            <DecisionItem key={`${d.kind}|${d.recordId}|${d.revision}`} decision={d} showClient />
          ))}
        </ul>
      )}
      {lists.attention.length === 0 ? (
        portalDecisions.length === 0 && <p className="empty">{t('centre.attentionEmpty')}</p>
      ) : (
        <ul className="sync-list" data-testid="sync-attention">
          {lists.attention.map((item) => (
            <li key={item.outboxId} className="card sync-item" data-state={item.state}>
              <div className="sync-item-head">
                <ItemLabel item={item} />
                <span className="badge danger">{stateWord(item.state, t)}</span>
              </div>
              {item.lastError && <p className="sync-problem">{problemText(item.lastError, t, i18n)}</p>}
              {item.lastError && item.lastError.fields.length > 0 && (
                <ul className="sync-fields">
                  {item.lastError.fields.map((f, i) => {
                    const { path, message } = fieldText(f, t, i18n);
                    return (
                      <li key={i}>
                        <code>{path}</code> {message}
                      </li>
                    );
                  })}
                </ul>
              )}
              <p className="muted">
                {item.state === 'conflict' ? t('centre.conflictHint') : item.state === 'rejected' ? t('centre.rejectedHint') : t('centre.needsAuthHint')}
              </p>
              {(item.state === 'rejected' || item.state === 'conflict') && (
                <div className="actions">
                  <button type="button" onClick={() => act(() => call('sync.acknowledge', { outboxId: item.outboxId }))}>
                    {t('centre.acknowledge')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>
        {t('centre.waiting')} <span className="badge warn">{lists.waiting.length}</span>
      </h2>
      {lists.waiting.length === 0 ? (
        <p className="empty">{t('centre.waitingEmpty')}</p>
      ) : (
        <table className="table" data-testid="sync-waiting">
          <thead>
            <tr>
              <th>{t('centre.record')}</th>
              <th>{t('centre.state')}</th>
              <th>{t('centre.finalised')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.waiting.map((item) => (
              <tr key={item.outboxId} data-state={item.state}>
                <td>
                  <ItemLabel item={item} />
                </td>
                <td>
                  {item.state === 'retry' && item.nextAttemptAt
                    ? t('centre.retryAt', { time: when(item.nextAttemptAt), attempts: item.attempts })
                    : stateWord(item.state, t)}
                  {item.lastError && <div className="muted">{problemText(item.lastError, t, i18n)}</div>}
                  {item.state === 'retry' && (
                    <button type="button" className="link" onClick={() => act(() => call('sync.retry', { outboxId: item.outboxId }))}>
                      {t('centre.retryNow')}
                    </button>
                  )}
                </td>
                <td>{when(item.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>
        {t('centre.delivered')} <span className="badge">{formatNumber(status.counts.delivered, locale)}</span>
      </h2>
      {lists.delivered.length === 0 ? (
        <p className="empty">{t('centre.deliveredEmpty')}</p>
      ) : (
        <table className="table" data-testid="sync-delivered">
          <thead>
            <tr>
              <th>{t('centre.record')}</th>
              <th>{t('centre.portalRef')}</th>
              <th>{t('centre.deliveredAt')}</th>
              <th>{t('centre.portalStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.delivered.map((item) => (
              <tr key={item.outboxId} data-record={item.recordId}>
                <td>
                  <ItemLabel item={item} />
                </td>
                <td className="mono sync-ref" data-testid="portal-ref">
                  {item.portalRef}
                </td>
                <td>{when(item.deliveredAt)}</td>
                <td data-testid="portal-status">
                  {item.portalStatus ? (
                    <>
                      <span className={`badge sync-status-${item.portalStatus.status}`}>{portalStatusText(item.portalStatus, t, locale)}</span>
                      {item.portalStatus.message && (
                        <div className="sync-reviewer">
                          <q>{item.portalStatus.message}</q>
                        </div>
                      )}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
