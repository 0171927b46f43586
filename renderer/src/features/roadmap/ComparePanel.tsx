/** The edited roadmap against the generated proposal: kept (with changes), removed, added. */
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { formatMoney } from '@shared/format';
import { LoadError } from '@renderer/components/ErrorText';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { monthRange, useRoadmapError, useRoadmapTexts } from './roadmap-bits';

export function ComparePanel({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const errorText = useRoadmapError();
  const { data: cmp, error, reload } = useLoad(() => call('roadmaps.compare', { id: view.id, revision: view.revision }), [view]);

  if (error) return <LoadError error={error} onRetry={reload} message={errorText} />;
  if (!cmp) return <p className="muted">{t('common:loading')}</p>;
  const byKey = new Map(view.initiatives.map((i) => [i.key, i]));
  const proposed = new Map(cmp.proposal.initiatives.map((p) => [p.templateId, p]));
  const money = (c: number) => formatMoney(c, texts.locale);
  return (
    <section className="compare" data-testid="compare">
      <p className="muted">{t('compare.intro')}</p>
      <div className="compare-totals">
        <div>
          <span className="total-label">{t('compare.proposalCost')}</span> <strong>{money(cmp.proposalTotals.totalCostCents)}</strong>{' '}
          <span className="muted">({t('compare.count', { count: cmp.proposal.initiatives.length })})</span>
        </div>
        <div>
          <span className="total-label">{t('compare.currentCost')}</span> <strong>{money(cmp.currentTotals.totalCostCents)}</strong>{' '}
          <span className="muted">({t('compare.count', { count: view.initiatives.length })})</span>
        </div>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>{t('compare.initiative')}</th>
            <th>{t('compare.proposed')}</th>
            <th>{t('compare.now')}</th>
            <th>{t('compare.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cmp.kept.map((k) => {
            const p = proposed.get(k.templateId)!;
            const i = byKey.get(k.key);
            return (
              <tr key={k.key} data-testid="compare-kept">
                <td>{i ? texts.title(i) : texts.templateTitle(k.templateId)}</td>
                <td>
                  {monthRange(p.startMonth, p.durationMonths, t)} · {money(p.costCents)}
                </td>
                <td>{i ? `${monthRange(i.startMonth, i.durationMonths, t)} · ${money(i.costCents)}` : '—'}</td>
                <td>
                  {k.changes.length === 0 ? (
                    <span className="badge">{t('compare.unchanged')}</span>
                  ) : (
                    <span className="badge warn">{t('compare.changed', { list: k.changes.map((c) => t(`compare.change.${c}`)).join(', ') })}</span>
                  )}
                </td>
              </tr>
            );
          })}
          {cmp.removed.map((templateId) => {
            const p = proposed.get(templateId)!;
            return (
              <tr key={`removed-${templateId}`} className="compare-removed" data-testid="compare-removed">
                <td>{texts.templateTitle(templateId)}</td>
                <td>
                  {monthRange(p.startMonth, p.durationMonths, t)} · {money(p.costCents)}
                </td>
                <td>—</td>
                <td>
                  <span className="badge danger">{t('compare.removed')}</span>
                </td>
              </tr>
            );
          })}
          {cmp.added.map((a) => {
            const i = byKey.get(a.key);
            if (!i) return null;
            return (
              <tr key={`added-${a.key}`} data-testid="compare-added">
                <td>{texts.title(i)}</td>
                <td>—</td>
                <td>
                  {monthRange(i.startMonth, i.durationMonths, t)} · {money(i.costCents)}
                </td>
                <td>
                  <span className="badge status-signed_off">{t(a.templateId ? 'compare.added' : 'compare.addedCustom')}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
