/** A scenario's totals and its de minimis headroom. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioView } from '@shared/contract/funding';
import { formatMoney, formatPercent } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';
import { NumberField } from '@renderer/components/fields';

export function Summary({ view }: { view: ScenarioView }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const { result } = view;
  const share = result.totalCostCents > 0 ? result.totalAidCents / result.totalCostCents : null;
  return (
    <dl className="funding-summary" data-testid="summary">
      <div>
        <dt>{t('summary.totalCost')}</dt>
        <dd data-testid="total-cost">{formatMoney(result.totalCostCents, locale)}</dd>
      </div>
      <div className="aid">
        <dt>{t('summary.aid')}</dt>
        <dd data-testid="total-aid">{formatMoney(result.totalAidCents, locale)}</dd>
        {/* A <dl> holds only dt/dd groups (axe definition-list): the share is a second description. */}
        {share !== null && <dd className="muted share">{t('summary.share', { percent: formatPercent(share, locale) })}</dd>}
      </div>
      <div className="net">
        <dt>{t('summary.netCost')}</dt>
        <dd data-testid="net-cost">{formatMoney(result.netCostCents, locale)}</dd>
      </div>
      <div>
        <dt>{t('summary.headroom')}</dt>
        <dd data-testid="headroom">{formatMoney(result.deMinimis.headroomCents, locale)}</dd>
      </div>
    </dl>
  );
}

export function DeMinimis({ view, onPrior, failure }: { view: ScenarioView; onPrior: (cents: number) => void; failure: ReactNode }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const d = view.result.deMinimis;
  return (
    <section className="card de-minimis" aria-labelledby="de-minimis-title">
      <h2 id="de-minimis-title">{t('deMinimis.title')}</h2>
      <p className="muted">{t('deMinimis.explain', { ceiling: formatMoney(d.ceilingCents, locale) })}</p>
      <div className="de-minimis-body">
        <NumberField
          label={t('deMinimis.prior')}
          hint={t('deMinimis.priorHint')}
          money
          max={10_000_000_000}
          value={view.scenario.priorDeMinimisCents}
          testId="prior-de-minimis"
          onSave={(v) => onPrior(v ?? 0)}
        />
        <dl className="facts" data-testid="de-minimis">
          <dt>{t('deMinimis.ceiling')}</dt>
          <dd>{formatMoney(d.ceilingCents, locale)}</dd>
          <dt>{t('deMinimis.prior')}</dt>
          <dd>{formatMoney(d.priorCents, locale)}</dd>
          <dt>{t('deMinimis.used')}</dt>
          <dd>{formatMoney(d.usedByScenarioCents, locale)}</dd>
          <dt>{t('deMinimis.headroom')}</dt>
          <dd>
            <strong>{formatMoney(d.headroomCents, locale)}</strong>
            {d.exceeded && <span className="badge danger">{t('deMinimis.exceeded')}</span>}
          </dd>
        </dl>
      </div>
      {failure}
    </section>
  );
}
