/** Parts of the compute request screen: what stops finalising, the challenge to confirm, and the figures the request carries. */
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '@shared/errors';
import { WORKLOAD_TYPE_LABELS } from '@shared/domain/gpu-budget-draft';
import { formatMoney, formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import { challengeSource, challengeText, formatCount, formatHours, problemText } from './gpu-format';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';

export interface PayloadView {
  company?: { name?: string; sizeClass?: string; headcount?: number | null };
  gpuModel?: string;
  system?: string;
  workloads?: { type: keyof typeof WORKLOAD_TYPE_LABELS; model: string; tokens?: number; images?: number; epochs?: number; gpuHoursLow: number; gpuHoursExpected: number; gpuHoursHigh: number; peakMemoryGiB: number; gpusPerJob: number }[];
  totalGpuHours?: number;
  nodeHours?: number;
  energyKwh?: number;
  co2eKg?: number;
  estimatedCostCents?: number;
  cashbackCents?: number;
}


export function ProblemList({ problems, clientId, budgetId }: { problems: FieldProblem[]; clientId: string; budgetId: string | null }) {
  const { t } = useTranslation('gpu');
  if (problems.length === 0) return <p className="gpu-ok-text">{t('request.readyToFinalise')}</p>;
  return (
    <ul className="gpu-problems" data-testid="request-problems">
      {problems.map((p) => {
        const [head] = p.path.split('.');
        if (head === 'company')
          return (
            <li key={p.path + p.code}>
              {t(`request.companyProblem.${p.path.split('.')[1]}`, { defaultValue: problemText(p, t, t('request.client')) })}{' '}
              <a href={`#/clients/${clientId}`}>{t('request.openClient')}</a>
            </li>
          );
        if (head === 'budget' || head === 'budgetId' || head === 'workloads')
          return (
            <li key={p.path + p.code}>
              {head === 'budgetId' ? t('request.noBudget') : t('request.budgetProblem')}{' '}
              {budgetId && <a href={`#/gpu/budgets/${budgetId}`}>{t('request.openBudget')}</a>}
            </li>
          );
        return <li key={p.path + p.code}>{problemText(p, t, t(`request.field.${head}`, { defaultValue: head }))}</li>;
      })}
    </ul>
  );
}

/**
 * Inputs beyond what the system can provide: each must be confirmed as intended before the
 * request can be finalised (a changed input is a new challenge, confirmed again).
 */
export function ChallengeConfirm({
  estimate,
  confirmed,
  draft,
  onChange,
  locale,
}: {
  estimate: GpuBudgetEstimate;
  confirmed: string[];
  draft: boolean;
  onChange: (keys: string[]) => void;
  locale: Locale;
}) {
  const { t } = useTranslation('gpu');
  const challenges = estimate.challenges ?? []; // snapshots made before 2026.2 have none
  if (challenges.length === 0) return null;
  return (
    <section className="card gpu-challenges" aria-labelledby="challenges-title" data-testid="request-challenges">
      <h2 id="challenges-title">{t('challenge.title')}</h2>
      <p className="muted">{draft ? t('challenge.confirmLead') : t('challenge.confirmedLead')}</p>
      <ul className="gpu-challenge-list">
        {challenges.map((c) => {
          const ok = confirmed.includes(c.key);
          return (
            <li key={c.key}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={ok}
                  disabled={!draft}
                  data-testid={`confirm-${c.code}`}
                  onChange={(e) => onChange(e.target.checked ? [...confirmed.filter((k) => k !== c.key), c.key] : confirmed.filter((k) => k !== c.key))}
                />
                <span>
                  {challengeText(c, t, locale)} <span className="muted gpu-small">({challengeSource(c, t)})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function FiguresPreview({ payload, estimate, locale }: { payload: PayloadView; estimate: GpuBudgetEstimate | null; locale: Locale }) {
  const { t } = useTranslation('gpu');
  const h = (v: number) => formatHours(v, locale);
  return (
    <div data-testid="request-figures">
      <table className="table gpu-figures-table">
        <thead>
          <tr>
            <th>{t('request.figures.workload')}</th>
            <th className="num">{t('request.figures.data')}</th>
            <th className="num">{t('request.figures.gpuHours')}</th>
            <th className="num">{t('request.figures.memory')}</th>
          </tr>
        </thead>
        <tbody>
          {(payload.workloads ?? []).map((w, i) => {
            // The estimate knows the model's display name and what a serving workload is measured in.
            const e = estimate?.workloads[i];
            const q = e?.quantities ?? w;
            return (
            <tr key={i}>
              <td>
                {WORKLOAD_TYPE_LABELS[w.type]?.[locale] ?? w.type} · {e ? e.model.name : <span className="mono">{w.model}</span>}
              </td>
              <td className="num">
                {(e?.type === 'serving'
                  ? [
                      t('request.figures.servingHours', { n: formatNumber(e.quantities.servingHours ?? 0, locale, 0) }),
                      t('request.figures.users', { n: formatNumber(e.quantities.concurrentUsers ?? 1, locale, 0) }),
                    ].join(', ')
                  : [
                      q.tokens !== undefined ? t('request.figures.tokens', { n: formatCount(q.tokens, locale, t) }) : null,
                      q.images !== undefined ? t('request.figures.images', { n: formatCount(q.images, locale, t) }) : null,
                      q.epochs !== undefined ? t('request.figures.epochs', { n: formatNumber(q.epochs, locale, 1) }) : null,
                      e?.quantities.requests !== undefined ? t('request.figures.requests', { n: formatCount(e.quantities.requests, locale, t) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' × ')) || '—'}
              </td>
              <td className="num">
                <strong>{h(w.gpuHoursExpected)}</strong> <span className="gpu-range">({h(w.gpuHoursLow)} – {h(w.gpuHoursHigh)})</span>
              </td>
              <td className="num">{t('request.figures.memoryValue', { gib: formatNumber(w.peakMemoryGiB, locale, 1), gpus: w.gpusPerJob })}</td>
            </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="gpu-figures gpu-wide">
        <dt>{t('request.figures.total')}</dt>
        <dd data-testid="request-total-gpu-hours">{t('request.figures.totalValue', { hours: formatNumber(payload.totalGpuHours ?? 0, locale, 0), nodes: formatNumber(payload.nodeHours ?? 0, locale, 0) })}</dd>
        <dt>{t('request.figures.gpuModel')}</dt>
        <dd>{payload.gpuModel}</dd>
        <dt>{t('request.figures.cost')}</dt>
        <dd>{t('request.figures.costValue', { cost: formatMoney(payload.estimatedCostCents ?? 0, locale), cashback: formatMoney(payload.cashbackCents ?? 0, locale) })}</dd>
        <dt>{t('request.figures.energy')}</dt>
        <dd>{t('request.figures.energyValue', { kwh: formatNumber(payload.energyKwh ?? 0, locale, 0), co2: formatNumber(payload.co2eKg ?? 0, locale, 1) })}</dd>
      </dl>
    </div>
  );
}
