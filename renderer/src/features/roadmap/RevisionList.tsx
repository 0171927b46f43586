/** Every revision of a roadmap with its sign-off; signed-off ones open read-only. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapRevisionSummary, RoadmapView } from '../../../../shared/contract/roadmaps';
import { formatDate, formatMoney } from '../../../../shared/format';
import { call } from '../../lib/api';
import { useLocale } from '../../lib/use-locale';

export function RevisionList({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const locale = useLocale();
  const [list, setList] = useState<RoadmapRevisionSummary[]>([]);
  useEffect(() => {
    call('roadmaps.revisions', { id: view.id }).then(setList, () => setList([]));
  }, [view.id, view.latestRevision, view.status]);
  if (list.length === 0) return null;
  return (
    <section className="card revisions" aria-labelledby="revisions-title" data-testid="revisions">
      <h2 id="revisions-title">{t('revisions.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('revisions.revision')}</th>
            <th>{t('panel.status')}</th>
            <th>{t('revisions.signedBy')}</th>
            <th className="num">{t('panel.initiatives')}</th>
            <th className="num">{t('totals.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
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
          ))}
        </tbody>
      </table>
    </section>
  );
}
