/**
 * Display helpers of the GPU feature: figures through shared/format (the only formatter), field
 * problems (contract, estimator and protocol checks) as translated sentences.
 */
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from '@shared/format';
import type { ComputeRequestQueueInfo } from '@shared/contract/gpu';
import type { Locale } from '@shared/locale';
import type { FieldProblem } from '@shared/errors';
import { ADVISOR_SETTING_SOURCE, type Assumption, type Challenge } from '@shared/domain/gpu-budget';
import { problemsOf as fieldProblemsOf } from '@renderer/lib/api-errors';
import { portalStatusWord, stateWord } from '@renderer/lib/sync-text';

/** GPU-hours are planned in whole hours; below 10 one decimal keeps small jobs visible. */
export function formatHours(value: number, locale: Locale): string {
  return formatNumber(value, locale, value < 10 ? 1 : 0);
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Large physical quantities (FLOPs) as 3.43 × 10¹⁰; the rest with sensible decimals. */
export function formatQuantity(value: number, locale: Locale): string {
  const abs = Math.abs(value);
  if (abs >= 1e7) {
    const exponent = Math.floor(Math.log10(abs));
    const mantissa = value / 10 ** exponent;
    return `${formatNumber(mantissa, locale, 2)} × 10${String(exponent).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  }
  return formatNumber(value, locale, abs < 1 ? 3 : abs < 100 ? 2 : 0);
}

/** "1.2 M", "50 000" … for token and image counts in tables. */
export function formatCount(value: number, locale: Locale, t: TFunction): string {
  if (value >= 1e9) return t('gpu:unit.billion', { n: formatNumber(value / 1e9, locale, 1) });
  if (value >= 1e6) return t('gpu:unit.million', { n: formatNumber(value / 1e6, locale, 1) });
  return formatNumber(value, locale, 0);
}

/** How each assumption of the estimator is shown: its value kind and unit (locales/<lng>/gpu.json). */
const ASSUMPTION_KIND: Record<string, 'percent' | 'factor' | 'count' | 'sci' | 'money' | 'plain' | 'text'> = {
  mfu: 'percent',
  usable_memory_fraction: 'percent',
  decode_bandwidth_efficiency: 'percent',
  cashback_rate: 'percent',
  lora_flops_factor: 'factor',
  qlora_time_factor: 'factor',
  training_flops_factor: 'factor',
  overhead: 'factor',
  pue: 'factor',
  billing_factor: 'factor',
  parameters: 'count',
  tokens_total: 'count',
  images_total: 'count',
  flops_per_token: 'sci',
  forward_flops_per_image: 'sci',
  prefill_flops_per_token: 'sci',
  price_per_gpu_hour: 'money',
  cost_basis: 'text',
};

export function assumptionValue(a: Assumption, locale: Locale, t: TFunction): string {
  const kind = typeof a.value === 'string' ? 'text' : (ASSUMPTION_KIND[a.id] ?? 'plain');
  const one = (v: number): string => {
    switch (kind) {
      case 'percent':
        return formatPercent(v, locale);
      case 'factor':
        return `× ${formatNumber(v, locale, 2)}`;
      case 'count':
        return formatCount(v, locale, t);
      case 'sci':
        return formatQuantity(v, locale);
      case 'money':
        return formatMoney(v, locale, { cents: true });
      default:
        return formatQuantity(v, locale);
    }
  };
  if (a.id === 'billing_unit') return t(`gpu:billingUnitShort.${String(a.value)}`);
  if (kind === 'text') return t(`gpu:assumption.${a.id}.text`, { defaultValue: String(a.value) });
  const main = one(a.value as number);
  const unit = kind === 'plain' || kind === 'sci' ? t(`gpu:assumption.${a.id}.unit`, { defaultValue: a.unit }) : '';
  const range = a.low !== undefined && a.high !== undefined && (a.low !== a.value || a.high !== a.value) ? ` (${one(a.low)} – ${one(a.high)})` : '';
  return `${main}${unit ? ` ${unit}` : ''}${range}`;
}

export function sourceLabel(source: string | undefined, t: TFunction): string {
  if (!source) return t('gpu:assumptions.noSource');
  if (source === ADVISOR_SETTING_SOURCE) return t('gpu:assumptions.advisorSource');
  if (source.startsWith('domain.md')) return t('gpu:assumptions.domainSource');
  // A URL as "host/path", long paths shortened to their last part (the full address is the title);
  // a note after the address ("https://… (~200 GPU nodes)") is left to the title.
  const address = /^https:\/\/\S+/.exec(source)?.[0];
  if (!address) return source;
  try {
    const url = new URL(address);
    const host = url.hostname.replace(/^www\./, '');
    const path = url.pathname.replace(/\/$/, '');
    if (path.length <= 40) return `${host}${path}`;
    const last = path.split('/').pop() ?? '';
    return `${host}/…/${last.length > 32 ? `${last.slice(0, 31)}…` : last}`;
  } catch {
    return source;
  }
}

/** A capacity challenge as a sentence with its figures: "Workload 1 · 801 GPUs per job, MeluXina has 800". */
export function challengeText(c: Pick<Challenge, 'code' | 'workload' | 'value' | 'limit'>, t: TFunction, locale: Locale): string {
  const n = (v: number) => formatNumber(v, locale, 0);
  // Token counts this large read as "1,000,000 bn"; trillions say what 10^15 is.
  const count = (v: number) => (v >= 1e12 ? t('gpu:unit.trillion', { n: formatNumber(v / 1e12, locale, 1) }) : n(v));
  const tokens = c.code === 'tokens_beyond_largest_corpus';
  const text = t(`gpu:challenge.${c.code}`, {
    value: tokens ? count(c.value) : n(c.value),
    limit: tokens ? count(c.limit) : n(c.limit),
    years: formatNumber(c.value / 8760, locale, 1),
  });
  return c.workload === null ? text : `${t('gpu:workload.title', { n: c.workload + 1 })} · ${text}`;
}

/** Where a challenge's limit comes from: the page's address, else the source named in the UI language. */
export function challengeSource(c: Pick<Challenge, 'code' | 'source'>, t: TFunction): string {
  return c.source.startsWith('https://') ? sourceLabel(c.source, t) : t(`gpu:challengeSource.${c.code}`);
}

/** One problem as a sentence: "Tokens: must be greater than zero". */
export function problemText(p: FieldProblem, t: TFunction, label?: string): string {
  // Bounds come as `maximum` / `minimum` from every validator (shared/field-problems.ts).
  const params = { max: p.params?.maximum ?? '', min: p.params?.minimum ?? '' };
  const message = t(`gpu:problem.${p.code}`, { ...params, defaultValue: t('gpu:problem.invalid') });
  return label ? t('gpu:problem.withLabel', { label, message }) : message;
}

/** Field problems of an ApiError (invalid_input), else null. */
export function problemsOf(error: unknown): FieldProblem[] | null {
  const problems = fieldProblemsOf(error);
  return problems.length > 0 ? problems : null;
}

/** Where a finalised revision is on its way to the portal: queue state, then the portal's own status. */
export function queueText(q: ComputeRequestQueueInfo, t: TFunction, locale: Locale): string {
  // The status words are the sync feature's (one word per status on every screen); this adds the reference, date or allocation.
  const ref = q.portalRef ? ` · ${q.portalRef}` : '';
  if (q.portalStatus) {
    const a = q.portalStatus.allocation;
    const allocation = a
      ? ` · ${t('gpu:portal.allocation', { hours: formatNumber(a.gpuHours, locale, 0), system: a.system, from: formatDate(a.validFrom, locale, 'short'), until: formatDate(a.validUntil, locale, 'short') })}`
      : '';
    return `${portalStatusWord(q.portalStatus.status, t)}${ref}${allocation}`;
  }
  if (q.state === 'delivered') return `${stateWord('delivered', t)}${ref}`;
  if (q.state === 'pending') return `${stateWord('pending', t)} · ${formatDateTime(q.queuedAt, locale)}`;
  return stateWord(q.state, t);
}
