/** The maturity checks of a client, on the client's page: status, score, and what to do next. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@shared/contract/assessments';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import type { ClientPanelProps } from '@renderer/app/plug-in-props';
import { SyncBadge } from '@renderer/components/SyncBadge';
import { levelName, scoreText } from '@renderer/lib/check-text';
import './assessment.css';

export function AssessmentPanel({ client }: ClientPanelProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const { data: checks, error: loadError, reload } = useLoad(() => call('assessments.list', { clientId: client.id }), [client.id]);
  const [error, setError] = useState<unknown>(null);
  const [discarding, setDiscarding] = useState<AssessmentSummary | null>(null);

  const finalisedCount = checks?.filter((c) => c.revision > 0).length ?? 0;

  return (
    <section className="feature-assessment card check-panel" data-testid="check-panel" aria-labelledby="check-panel-title">
      <div className="panel-head">
        <h2 id="check-panel-title">{t('panel.title')}</h2>
        <div className="actions">
          {finalisedCount > 1 && (
            <a className="button-link" href={`#/clients/${client.id}/progress`} data-testid="panel-progress">
              {t('progress.open')}
            </a>
          )}
          <a className="button-link primary" href={`#/clients/${client.id}/checks/new`} data-testid="start-check-link">
            {t('panel.start')}
          </a>
        </div>
      </div>
      <ErrorText error={error} />
      <LoadError error={loadError} onRetry={reload} />
      {checks && checks.length === 0 && <p className="muted">{t('panel.none')}</p>}
      {checks && checks.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t('panel.col.date')}</th>
              <th>{t('panel.col.stage')}</th>
              <th>{t('panel.col.status')}</th>
              <th className="num">{t('panel.col.answered')}</th>
              <th className="num">{t('panel.col.score')}</th>
              <th>{t('panel.col.level')}</th>
              <th>
                <span className="visually-hidden">{t('panel.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr key={c.id} data-testid="check-row" data-status={c.status}>
                <td>{formatDate(c.heldOn, locale)}</td>
                <td>{t(`stage.${c.stage}`)}</td>
                <td>
                  {c.status === 'finalised' ? (
                    <span className="badge size-small">{t('panel.finalised', { revision: c.revision })}</span>
                  ) : c.revision > 0 ? (
                    <span className="badge warn">{t('panel.editing', { revision: c.revision + 1 })}</span>
                  ) : (
                    <span className="badge warn">{t('panel.draft')}</span>
                  )}
                  {/* Shared with the portal only for consenting clients; nothing shows otherwise. */}
                  {c.revision > 0 && <SyncBadge kind="assessment" recordId={c.id} revision={c.revision} compact />}
                </td>
                <td className="num">
                  {c.counts.answered + c.counts.notApplicable + c.counts.unknown}/{c.counts.total}
                </td>
                <td className="num strong" data-testid="check-score">
                  {scoreText(c.overall, locale)}
                  {c.overall !== null && c.coverage && !c.coverage.complete && (
                    <span className="badge warn" data-testid="check-incomplete">
                      {t('panel.incomplete', { scored: c.coverage.scored, total: c.coverage.total })}
                    </span>
                  )}
                </td>
                <td>{levelName(t, c.level)}</td>
                <td className="row-actions">
                  {c.status === 'draft' && (
                    <a className="button-link primary" href={`#/checks/${c.id}/present`} data-testid="continue-check">
                      {t('panel.continue')}
                    </a>
                  )}
                  {c.revision > 0 && (
                    <a className="button-link" href={`#/checks/${c.id}/results`} data-testid="open-results">
                      {t('results.open')}
                    </a>
                  )}
                  {c.revision === 0 && (
                    <button type="button" className="link" onClick={() => setDiscarding(c)}>
                      {t('panel.discard')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {discarding && (
        <ConfirmDialog
          title={t('panel.discardTitle')}
          confirmLabel={t('panel.discard')}
          danger
          onCancel={() => setDiscarding(null)}
          onConfirm={async () => {
            try {
              await call('assessments.discard', { id: discarding.id });
              setDiscarding(null);
              void reload();
            } catch (e) {
              setError(e);
              setDiscarding(null);
            }
          }}
        >
          <p>{t('panel.discardExplain', { date: formatDate(discarding.heldOn, locale) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
