/**
 * What the estimator made of a budget: the totals, each workload's figures, the "does not fit
 * one GPU" advice, the unconfirmed badges and the assumptions with their sources.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import type { FieldProblem } from '@shared/errors';
import type { Assumption, GpuBudgetEstimate, WorkloadEstimate } from '@shared/domain/gpu-budget';
import { CARBON_BASIS_LABELS, SETTING_REFERENCES, type NumericSettingKey } from '@shared/reference/gpu/settings';
import { findHardware } from '@shared/reference/gpu/hardware';
import { findModelPreset } from '@shared/reference/gpu/models';
import { useLocale } from '@renderer/lib/use-locale';
import { assumptionValue, challengeSource, challengeText, formatHours, problemText, sourceLabel } from './gpu-format';

/** Under a day, hours say more than "0 days". */
function duration(days: number, locale: Locale, t: TFunction): string {
  return days < 1 ? t('gpu:result.hours', { n: formatNumber(days * 24, locale, 1) }) : t('gpu:result.days', { n: formatNumber(days, locale, 1) });
}

function Range({ low, expected, high, format }: { low: number; expected: number; high: number; format: (v: number) => string }) {
  const { t } = useTranslation('gpu');
  return (
    <>
      <strong>{format(expected)}</strong>
      <span className="gpu-range"> {t('result.range', { low: format(low), high: format(high) })}</span>
    </>
  );
}

export function AssumptionList({ assumptions, testId, sources = {} }: { assumptions: Assumption[]; testId?: string; sources?: Record<string, string> }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  return (
    <table className="table gpu-assumptions" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('assumptions.what')}</th>
          <th>{t('assumptions.value')}</th>
          <th>{t('assumptions.source')}</th>
        </tr>
      </thead>
      <tbody>
        {assumptions.map((a) => (
          <tr key={a.id}>
            <td>{t(`assumption.${a.id}.label`, { defaultValue: a.id })}</td>
            <td className="num">{assumptionValue(a, locale, t)}</td>
            <td className="gpu-source" title={a.source ?? sources[a.id]}>
              {sourceLabel(a.source ?? sources[a.id], t)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FitAdvice({ w }: { w: WorkloadEstimate }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  if (w.fit.fitsOneGpu) return null;
  const gib = (v: number) => formatNumber(v, locale, 1);
  return (
    <div className="gpu-notice gpu-warn" role="note" data-testid={`fit-advice-${w.index}`}>
      <strong>{t('fit.title')}</strong>{' '}
      {t('fit.explain', { required: gib(w.fit.requiredMemoryGiB), usable: gib(w.fit.usableMemoryPerGpuGiB) })}
      <ul>
        {w.fit.options.map((o) => (
          <li key={o.kind}>
            {t(`fit.option.${o.kind}`, { gpus: o.gpusPerJob, nodes: o.nodesPerJob, memory: gib(o.memoryGiB) })}
            {o.kind === 'shard' && <span className="badge">{t('fit.used')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WorkloadResult({ estimate: w, problems }: { estimate: WorkloadEstimate | null; problems: FieldProblem[] }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  if (!w) {
    return (
      <div className="gpu-workload-result gpu-pending" data-testid="workload-result-missing">
        <p className="muted">{t('result.needsInput')}</p>
        {problems.length > 0 && (
          <ul className="gpu-problems">
            {problems.map((p) => (
              <li key={p.path + p.code}>{problemText(p, t, fieldName(p.path, t, false))}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const h = (v: number) => formatHours(v, locale);
  return (
    <div className="gpu-workload-result" data-testid={`workload-result-${w.index}`}>
      <dl className="gpu-figures">
        <dt>{t('result.gpuHours')}</dt>
        <dd data-testid={`workload-${w.index}-gpu-hours`} data-expected={w.gpuHours.expected}>
          <Range {...w.gpuHours} format={h} />
        </dd>
        <dt>{t('result.throughput')}</dt>
        <dd>{t(w.throughputPerGpu.unit === 'tokens/s' ? 'result.tokensPerSecond' : 'result.imagesPerSecond', { n: formatNumber(w.throughputPerGpu.value, locale, 0) })}</dd>
        <dt>{t('result.memory')}</dt>
        <dd data-testid={`workload-${w.index}-memory`}>
          {t('result.memoryValue', { gib: formatNumber(w.peakMemoryPerGpuGiB, locale, 1), gpus: w.gpusPerJob, nodes: w.nodesPerJob })}
        </dd>
        <dt>{t('result.nodeHours')}</dt>
        <dd>{formatNumber(w.nodeHours, locale, 0)}</dd>
        <dt>{t('result.wallClock')}</dt>
        <dd>{duration(w.wallClock.days, locale, t)}</dd>
        <dt>{t('result.cost')}</dt>
        <dd>
          {formatMoney(w.cost.beforeCashbackCents.expected, locale)} → {formatMoney(w.cost.afterCashbackCents.expected, locale)}
        </dd>
      </dl>
      <FitAdvice w={w} />
      {w.wallClock.exceedsJobLimit && (
        <p className="gpu-notice gpu-warn" role="note">
          {t(w.wallClock.checkpointingRequired ? 'result.checkpoint' : 'result.longJob', {
            hours: formatNumber(w.wallClock.hoursPerRun, locale, 0),
            gpus: w.gpusPerJob,
            jobs: w.wallClock.jobsPerRun,
          })}
        </p>
      )}
    </div>
  );
}

/** "How this was computed" for one workload, full width under its form and figures. */
export function WorkloadAssumptions({ estimate: w }: { estimate: WorkloadEstimate | null }) {
  const { t } = useTranslation('gpu');
  if (!w) return null;
  const preset = w.model.id ? findModelPreset(w.model.id) : undefined;
  return (
    <details className="gpu-how">
      <summary>{t('assumptions.title')}</summary>
      {/* A preset's size comes from its published config. */}
      <AssumptionList assumptions={w.assumptions} testId={`assumptions-${w.index}`} sources={preset ? { parameters: preset.sources[0] } : {}} />
    </details>
  );
}

/** The label of a problem's field, for messages shown away from the field. */
export function fieldName(path: string, t: TFunction, withWorkload = true): string {
  const m = /^workloads\.(\d+)(?:\.(.+))?$/.exec(path);
  if (m) {
    const field = m[2]?.replace(/^model\./, 'shape.') ?? '';
    const name = field ? t(`gpu:workload.field.${field}`, { defaultValue: field }) : '';
    return [withWorkload || !name ? t('gpu:workload.title', { n: Number(m[1]) + 1 }) : '', name].filter(Boolean).join(' · ');
  }
  return t(`gpu:budget.field.${path}`, { defaultValue: path });
}

export function UnconfirmedBadges({ ids }: { ids: string[] }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  if (ids.length === 0) return null;
  return (
    <p className="gpu-unconfirmed" data-testid="unconfirmed">
      {ids.map((id) => {
        const ref = SETTING_REFERENCES[id as NumericSettingKey];
        return (
          <span key={id} className="badge warn" title={ref ? ref.basis[locale] : id === 'billingUnit' ? t('settings.billingUnitExplain') : t('unconfirmed.hardwareBasis')}>
            {t('unconfirmed.badge', { what: t(`setting.${id}.label`, { defaultValue: t('unconfirmed.hardware') }) })}
          </span>
        );
      })}
    </p>
  );
}

/**
 * Inputs beyond what the chosen system (or any published run) can provide, each explained with
 * its limit and source. The compute request asks to confirm each before it can be finalised.
 */
export function Challenges({ estimate: e }: { estimate: GpuBudgetEstimate }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  if (e.challenges.length === 0) return null;
  return (
    <div className="gpu-notice gpu-danger" role="alert" data-testid="challenges">
      <strong>{t('challenge.title')}</strong> {t('challenge.lead')}
      <ul>
        {e.challenges.map((c) => (
          <li key={c.key} data-testid={`challenge-${c.code}`}>
            {challengeText(c, t, locale)} <span className="muted gpu-small">({challengeSource(c, t)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BudgetTotals({ estimate: e }: { estimate: GpuBudgetEstimate }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const h = (v: number) => formatHours(v, locale);
  const money = (v: number) => formatMoney(v, locale);
  const hardware = findHardware(e.hardwareId);
  return (
    <section className="card gpu-totals" aria-labelledby="totals-title" data-testid="budget-totals">
      <h2 id="totals-title">{t('result.totalTitle')}</h2>
      <Challenges estimate={e} />
      <div className="gpu-total-hero">
        <div>
          <span className="gpu-hero-label">{t('result.gpuHours')}</span>
          <span className="gpu-hero-value" data-testid="total-gpu-hours" data-expected={e.total.gpuHours.expected}>
            {h(e.total.gpuHours.expected)}
          </span>
          <span className="gpu-range">{t('result.range', { low: h(e.total.gpuHours.low), high: h(e.total.gpuHours.high) })}</span>
        </div>
        <div>
          <span className="gpu-hero-label">{t('result.accessMode')}</span>
          <span className="gpu-hero-value gpu-access" data-testid="access-mode">
            {t(`accessMode.${e.accessMode}`)}
          </span>
          {e.accessModeAtHigh !== e.accessMode && <span className="gpu-range">{t('result.accessAtHigh', { mode: t(`accessMode.${e.accessModeAtHigh}`) })}</span>}
        </div>
        <div>
          <span className="gpu-hero-label">{t('result.costAfter')}</span>
          <span className="gpu-hero-value">{money(e.total.cost.afterCashbackCents.expected)}</span>
          <span className="gpu-range">{t('result.costBefore', { cost: money(e.total.cost.beforeCashbackCents.expected) })}</span>
        </div>
      </div>
      <dl className="gpu-figures gpu-wide">
        <dt>{t('result.nodeHours')}</dt>
        <dd>{t('result.nodeHoursValue', { n: formatNumber(e.total.nodeHours, locale, 0), gpus: e.settings.gpusPerNode })}</dd>
        <dt>{t('result.wallClock')}</dt>
        <dd>{duration(e.total.wallClockDays, locale, t)}</dd>
        <dt>{t('result.costRange')}</dt>
        <dd>
          <Range {...e.total.cost.beforeCashbackCents} format={money} />
          <span className="gpu-basis" data-testid="billing-basis">
            {t(`result.billed.${e.settings.billingUnit}`, { hours: h(e.total.billedGpuHours.expected) })}
          </span>
        </dd>
        <dt>{t('result.cashback')}</dt>
        <dd>{t('result.cashbackValue', { amount: money(e.total.cost.cashbackCents.expected), rate: formatNumber(e.settings.cashbackRate * 100, locale, 0) })}</dd>
        <dt>{t('result.energy')}</dt>
        <dd>
          <Range {...e.total.energyKwh} format={(v) => `${formatNumber(v, locale, 0)} kWh`} />
        </dd>
        <dt>{t('result.co2')}</dt>
        <dd data-testid="co2">
          <Range {...e.total.co2eKg} format={(v) => `${formatNumber(v, locale, v < 10 ? 1 : 0)} kg CO2e`} />
          <span className="gpu-basis">{t('result.carbonBasis', { basis: CARBON_BASIS_LABELS[e.carbonBasis][locale] })}</span>
        </dd>
        <dt>{t('result.hardware')}</dt>
        <dd>{hardware ? `${hardware.label[locale]}${e.system ? ` · ${e.system}` : ''}` : e.gpuModel}</dd>
      </dl>
      <UnconfirmedBadges ids={e.unconfirmed} />
      <details className="gpu-how">
        <summary>{t('assumptions.globalTitle')}</summary>
        <AssumptionList assumptions={e.assumptions} testId="assumptions-global" />
      </details>
    </section>
  );
}
