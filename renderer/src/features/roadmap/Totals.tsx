/** Totals of a roadmap: cost, expected yearly benefit, simple payback, and the AI Act to-dos. */
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { formatMoney, formatNumber } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';

export function Totals({ view, large }: { view: RoadmapView; large?: boolean }) {
  const { t } = useTranslation('roadmap');
  const locale = useLocale();
  const { totals } = view;
  const unclassified = view.initiatives.filter((i) => i.usesAi && i.aiActRisk === 'unclassified').length;
  const high = view.initiatives.filter((i) => i.usesAi && i.aiActRisk === 'high').length;
  return (
    <div className={large ? 'totals totals-large' : 'totals'} data-testid="totals">
      <div className="total">
        <span className="total-label">{t('totals.initiatives')}</span>
        <span className="total-value">{formatNumber(view.initiatives.length, locale, 0)}</span>
      </div>
      <div className="total">
        <span className="total-label">{t('totals.cost')}</span>
        <span className="total-value" data-testid="total-cost">
          {formatMoney(totals.totalCostCents, locale)}
        </span>
      </div>
      <div className="total">
        <span className="total-label">{t('totals.benefit')}</span>
        <span className="total-value" data-testid="total-benefit">
          {totals.yearlyBenefitCents === null ? '—' : formatMoney(totals.yearlyBenefitCents, locale)}
        </span>
      </div>
      <div className="total">
        <span className="total-label">{t('totals.payback')}</span>
        <span className="total-value" data-testid="total-payback">
          {totals.paybackMonths === null ? '—' : t('totals.paybackValue', { count: totals.paybackMonths, months: formatNumber(totals.paybackMonths, locale, 1) })}
        </span>
        {totals.paybackMonths === null && <span className="total-hint">{t('totals.noBenefit')}</span>}
      </div>
      {(unclassified > 0 || high > 0) && (
        <div className="total total-ai">
          <span className="total-label">{t('totals.aiAct')}</span>
          {unclassified > 0 && (
            <span className="badge warn" data-testid="total-unclassified">
              {t('totals.unclassified', { count: unclassified })}
            </span>
          )}
          {high > 0 && <span className="badge danger">{t('totals.high', { count: high })}</span>}
        </div>
      )}
    </div>
  );
}
