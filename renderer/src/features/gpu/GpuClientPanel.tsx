/** The client page's section for GPU-hour budgets and compute requests. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import { formatDate, formatNumber } from '@shared/format';
import { findHardware } from '@shared/reference/gpu/hardware';
import type { Locale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import type { ClientPanelProps } from '@renderer/app/plug-in-props';
import { ensureSyncEvents, useSyncStore } from '@renderer/lib/sync-store';
import { formatHours, queueText } from './gpu-format';
import { portalStatusWord } from '@renderer/lib/sync-text';
import './gpu.css';

/**
 * An allocation the portal approved for an earlier revision stays in sight after a later revision
 * is sent (e.g. a request for more hours): what the client may use today until the portal decides.
 */
export function EarlierApproval({ requestId, shownRevision }: { requestId: string; shownRevision: number | null }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const approval = useSyncStore((s) => s.decisions?.approved.find((d) => d.kind === 'compute_request' && d.recordId === requestId));
  if (!approval || approval.revision === shownRevision) return null;
  const a = approval.allocation;
  const detail = a
    ? t('portal.allocation', { hours: formatNumber(a.gpuHours, locale, 0), system: a.system, from: formatDate(a.validFrom, locale, 'short'), until: formatDate(a.validUntil, locale, 'short') })
    : '';
  return (
    <div className="gpu-earlier-approval" data-testid="earlier-approval" data-revision={approval.revision}>
      {t('sync:decisions.approvedEarlier', { status: portalStatusWord('approved', t), revision: approval.revision, allocation: detail })}
    </div>
  );
}

/** A new budget starts with the most common SME case: a LoRA fine-tune of an 8B model. */
const FIRST_WORKLOAD: WorkloadDraft = { type: 'lora', model: 'llama-3.1-8b', tokens: null, epochs: 1 };

export function GpuClientPanel({ client }: ClientPanelProps) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const { data, error: loadError, reload } = useLoad(
    () => Promise.all([call('gpu.budgets.list', { clientId: client.id }), call('gpu.requests.list', { clientId: client.id })]),
    [client.id],
  );
  const [budgets, requests] = data ?? [null, null];
  const [error, setError] = useState<unknown>(null);

  // The requests' portal column follows the syncs (delivered, then the portal's decision).
  const syncVersion = useSyncStore((s) => s.version);
  const seenVersion = useRef(syncVersion);
  useEffect(() => ensureSyncEvents(), []);
  useEffect(() => {
    if (syncVersion === seenVersion.current) return;
    seenVersion.current = syncVersion;
    void reload();
  }, [syncVersion, reload]);

  async function newBudget() {
    try {
      const view = await call('gpu.budgets.create', { clientId: client.id, name: t('panel.newBudgetName'), workloads: [FIRST_WORKLOAD] });
      navigate(`/gpu/budgets/${view.budget.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="feature-gpu card gpu-panel" aria-labelledby="gpu-panel-title" data-testid="gpu-panel">
      <div className="gpu-panel-head">
        <h2 id="gpu-panel-title">{t('panel.title')}</h2>
        <button type="button" className="primary" onClick={newBudget} data-testid="new-gpu-budget">
          + {t('panel.newBudget')}
        </button>
      </div>
      <p className="muted">{t('panel.lead')}</p>
      <ErrorText error={error} />
      <LoadError error={loadError} onRetry={reload} />

      {budgets && budgets.length === 0 && <p className="empty">{t('panel.noBudgets')}</p>}
      {budgets && budgets.length > 0 && (
        <table className="table" data-testid="gpu-budgets">
          <caption className="visually-hidden">{t('panel.budgets')}</caption>
          <thead>
            <tr>
              <th>{t('panel.budget')}</th>
              <th>{t('panel.hardware')}</th>
              <th className="num">{t('result.gpuHours')}</th>
              <th>{t('result.accessMode')}</th>
              <th>{t('panel.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={`#/gpu/budgets/${b.id}`}>{b.name || t('budget.untitled')}</a>
                  <span className="muted"> · {t('panel.workloadCount', { count: b.workloadCount })}</span>
                </td>
                <td>{findHardware(b.hardwareId)?.gpuModel ?? b.hardwareId}</td>
                <td className="num">
                  {b.gpuHours ? (
                    <>
                      <strong>{formatHours(b.gpuHours.expected, locale)}</strong>{' '}
                      <span className="gpu-range">({formatHours(b.gpuHours.low, locale)} – {formatHours(b.gpuHours.high, locale)})</span>
                    </>
                  ) : (
                    <span className="badge warn">{t('panel.incomplete')}</span>
                  )}
                </td>
                <td>{b.accessMode ? t(`accessMode.${b.accessMode}`) : '—'}</td>
                <td>{formatDate(b.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="gpu-panel-sub">{t('panel.requests')}</h3>
      {requests && requests.length === 0 && <p className="muted">{t('panel.noRequests')}</p>}
      {requests && requests.length > 0 && (
        <table className="table" data-testid="compute-requests">
          <thead>
            <tr>
              <th>{t('panel.request')}</th>
              <th>{t('request.revisions.status')}</th>
              <th className="num">{t('result.gpuHours')}</th>
              <th>{t('request.revisions.portal')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`#/gpu/requests/${r.id}`}>{r.projectTitle || t('request.untitled')}</a>
                  <span className="muted"> · {t('request.revisionBadge', { n: r.latestRevision })}</span>
                </td>
                <td>{t(`request.status.${r.status}`)}</td>
                <td className="num">{r.totalGpuHours === null ? '—' : formatNumber(r.totalGpuHours, locale, 0)}</td>
                <td data-testid="request-row-portal">
                  {r.queue ? queueText(r.queue, t, locale) : t('portal.notQueued')}
                  <EarlierApproval requestId={r.id} shownRevision={r.queue?.revision ?? null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
