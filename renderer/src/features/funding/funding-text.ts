/**
 * Turns the funding engine's rules (data: code + params) and scheme fields into sentences in the
 * UI language, e.g. "Plafonnée à 50 000 € : Fit 4 AI, petite entreprise". Every amount goes
 * through shared/format.ts.
 */
import type { TFunction } from 'i18next';
import type { Rule } from '@shared/domain/funding';
import type { CostType, Scheme } from '@shared/reference/schemes/types';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@shared/format';
import type { Locale } from '@shared/locale';

export interface TextContext {
  t: TFunction;
  locale: Locale;
  /** Scheme name in the UI language, from the revision the figures rest on. */
  schemeName: (id: string | undefined) => string;
}

export function schemeNameLookup(schemes: readonly Scheme[], locale: Locale, t: TFunction) {
  const byId = new Map(schemes.map((s) => [s.id, s]));
  return (id: string | undefined) => (id ? (byId.get(id)?.name[locale] ?? id) : t('funding:rule.anyScheme'));
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** "plafond (petite entreprise)" for `capCentsBySize.small`; used for unconfirmed fields and the change history. */
export function fieldLabel(path: string, t: TFunction): string {
  const [head, ...rest] = path.split('.');
  const base = t(`funding:field.${head}`, { defaultValue: head });
  if (rest.length === 0) return base;
  const sub = rest.join('.');
  const detail = t(`funding:size.${sub}`, {
    defaultValue: t(`funding:field.${head}Part.${sub}`, { defaultValue: t(`funding:language.${sub}`, { defaultValue: sub }) }),
  });
  return `${base} (${detail})`;
}

export function costTypeList(types: readonly string[], t: TFunction): string {
  return types.map((c) => t(`funding:costType.${c as CostType}`)).join(', ');
}

/** A scheme field's value as an advisor reads it (money, percent, cost types…). */
export function fieldValue(path: string, value: unknown, { t, locale }: Pick<TextContext, 't' | 'locale'>): string {
  if (value === null || value === undefined) return t('funding:value.none');
  const head = path.split('.')[0];
  if (typeof value === 'boolean') return value ? t('common:yes') : t('common:no');
  if (head === 'cumulation') return t(`funding:cumulation.${String(value)}`);
  if (typeof value === 'number') {
    if (/Cents$/.test(head) || head === 'capCentsBySize') return formatMoney(value, locale);
    if (head === 'intensityBySize' || head === 'collaborationBonus') return formatPercent(value, locale);
    return formatNumber(value, locale, 2);
  }
  if (Array.isArray(value)) {
    if (head === 'eligibleCostTypes' || head === 'flatGrantCostTypes') return costTypeList(value as string[], t);
    if (head === 'unconfirmedFields') return (value as string[]).map((f) => fieldLabel(f, t)).join(', ');
    return value.map(String).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(`${path}.${k}`, t)}: ${fieldValue(`${path}.${k}`, v, { t, locale })}`)
      .join(' · ');
  }
  return String(value);
}

/** One changed field of a scheme, "label: old → new" (pending edits and the change history alike). */
export function changeSentence(change: { field: string; old: unknown; new: unknown }, { t, locale }: Pick<TextContext, 't' | 'locale'>): string {
  return t('funding:settings.change', {
    field: fieldLabel(change.field, t),
    old: fieldValue(change.field, change.old, { t, locale }),
    new: fieldValue(change.field, change.new, { t, locale }),
  });
}

/** One rule as a sentence. `level` picks the wording: on a cost line, for a scheme, or a scenario-wide warning. */
export function ruleSentence(rule: Rule, level: 'line' | 'scheme' | 'warning', ctx: TextContext): string {
  const { t, locale } = ctx;
  const p = rule.params;
  const money = (v: unknown) => formatMoney(num(v), locale);
  const pct = (v: unknown) => formatPercent(num(v), locale);
  const size = (v: unknown) => t(`funding:size.${String(v)}`);
  const values = {
    scheme: ctx.schemeName(rule.schemeId),
    cap: money(p.capCents),
    size: size(p.sizeClass),
    assumed: size(p.assumedAs),
    requested: money(p.requestedCents),
    granted: money(p.grantedCents),
    headroom: money(p.headroomCents),
    ceiling: money(p.ceilingCents),
    prior: money(p.priorCents),
    percent: pct(p.intensity ?? p.maxIntensity),
    base: pct(p.baseIntensity),
    points: formatNumber(num(p.points) === null ? null : Math.round(num(p.points)! * 100), locale, 0),
    max: pct(p.maxIntensity),
    flat: money(p.flatGrantCents),
    covered: money(p.coveredCostCents),
    project: money(p.projectCents),
    minProject: money(p.minProjectCents),
    maxProject: money(p.maxProjectCents),
    hours: formatNumber(num(p.gpuHours), locale, 1),
    maxHours: formatNumber(num(p.maxGpuHours), locale, 0),
    minHours: formatNumber(num(p.minGpuHoursExclusive), locale, 0),
    price: formatMoney(num(p.pricePerGpuHourCents), locale, { cents: true }),
    amount: money(p.amountCents),
    costType: p.costType ? t(`funding:costType.${String(p.costType)}`) : '',
    until: typeof p.validUntil === 'string' ? formatDate(p.validUntil, locale) : '',
    costTypes: Array.isArray(p.costTypes) ? costTypeList(p.costTypes, t) : '',
    fields: Array.isArray(p.fields) && p.fields.length > 0 ? p.fields.map((f) => fieldLabel(String(f), t)).join(', ') : t('funding:rule.wholeScheme'),
    figures: Array.isArray(p.missingFigures) ? p.missingFigures.map((f) => t(`clients:size.figure.${String(f)}`)).join(', ') : '',
  };
  // The same code reads differently where it is shown (e.g. de minimis on a line vs. for the scenario).
  let key: string = `funding:rule.${level}.${rule.code}`;
  if (level === 'warning' && rule.code === 'de_minimis_headroom' && p.ceilingCents === undefined) key = 'funding:rule.scheme.de_minimis_headroom';
  return t(key, { ...values, defaultValue: t(`funding:rule.scheme.${rule.code}`, values) });
}
