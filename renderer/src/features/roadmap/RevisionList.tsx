/** Every revision of a roadmap with its sign-off; signed-off ones open read-only. */
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { formatDate, formatMoney } from '@shared/format';
import { LoadError } from '@renderer/components/ErrorText';
import { RecordTable } from '@renderer/components/RecordTable';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import { useRoadmapError } from './roadmap-bits';

export function RevisionList({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const locale = useLocale();
  const errorText = useRoadmapError();
  const { data: list, error, reload } = useLoad(() => call('roadmaps.revisions', { id: view.id }), [view.id, view.latestRevision, view.status]);
  if (error) return <LoadError error={error} onRetry={reload} message={errorText} />;
  if (!list || list.length === 0) return null;
  return (
    <section className="card revisions" aria-labelledby="revisions-title" data-testid="revisions">
      <h2 id="revisions-title">{t('revisions.title')}</h2>
      <RecordTable
        columns={[
          { label: t('revisions.revision') },
          { label: t('panel.status') },
          { label: t('revisions.signedBy') },
          { label: t('panel.initiatives'), num: true },
          { label: t('totals.cost'), num: true },
        ]}
        rows={list}
      >
        {(r) => (
          <tr key={r.revision} data-testid="revision-row" aria-current={r.revision === view.revision ? 'true' : undefined}>
            <td>
              {r.revision === view.revision ? (
                <strong>{t('revision.label', { revision: r.revision })}</strong>
              ) : (
                <a href={r.revision === view.latestRevision ? `#/roadmaps/${view.id}` : `#/roadmaps/${view.id}/r/${r.revision}`} data-testid="revision-link">
                  {t('revision.label', { revision: r.revision })}
                </a>
              )}
            </td>
            <td>
              <span className={`badge status-${r.status}`}>{t(`status.${r.status}`)}</span>
              {r.outboxId && <span className="badge">{t('revisions.queued')}</span>}
            </td>
            <td>
              {r.signOff
                ? t('revisions.signedByValue', { name: r.signOff.managerName, role: r.signOff.managerRole, date: formatDate(r.signOff.signedOn, locale) })
                : '—'}
            </td>
            <td className="num">{r.initiativeCount}</td>
            <td className="num">{formatMoney(r.totalCostCents, locale)}</td>
          </tr>
        )}
      </RecordTable>
    </section>
  );
}
