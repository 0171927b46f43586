/**
 * The roadmap timeline, defined once: initiatives grouped by pillar in L-AIF order and numbered
 * like the roadmap's tables, the pillar colours, the month axis (calendar months from the
 * start date, else M1, M2, …) and the translated texts. The roadmap screen and the Word report
 * both pass this to the same SVG builder (shared/report/charts/timeline.ts).
 */
import { PILLARS } from '../reference/catalogue/types';
import type { Locale } from '../locale';
import { monthAxis } from './months';
import { PILLAR_COLORS } from './palette';
import type { ChartTranslate } from './radar';

/** What the timeline's SVG builder draws (shared/report/charts/timeline.ts). */
export interface TimelineGroup {
  id: string;
  /** Translated, e.g. "Build & Test". */
  label: string;
  color: string;
}

export interface TimelineItem {
  groupId: string;
  label: string;
  /** 0-based month. */
  startMonth: number;
  durationMonths: number;
  /** Shown before the label, e.g. "7" → "7. Data inventory". */
  number?: string;
}

export interface TimelineChartInput {
  title: string;
  /** Display order of the groups; groups without items are left out. */
  groups: readonly TimelineGroup[];
  /** Items keep their order inside their group. */
  items: readonly TimelineItem[];
  horizonMonths: number;
  /** One short label per month of the horizon ("Mär", "Abr", … or "M1", "M2", …). */
  monthLabels: readonly string[];
  /** Per month: a year to print above it (where the year starts or changes), or null. */
  yearLabels?: readonly (string | null)[];
  /** Shown when there is no item. */
  emptyLabel?: string;
}

export interface NumberedInitiative<T> {
  /** 1-based, in pillar order then roadmap order: the numbering of the tables and the timeline. */
  number: number;
  initiative: T;
}

/** Initiatives grouped by pillar (L-AIF order), numbered; an unknown pillar comes last. */
export function numberInitiatives<T extends { pillar: string }>(initiatives: readonly T[]): NumberedInitiative<T>[] {
  const rank = (p: string) => {
    const i = (PILLARS as readonly string[]).indexOf(p);
    return i < 0 ? PILLARS.length : i;
  };
  return initiatives
    .map((initiative, index) => ({ initiative, index }))
    .sort((a, b) => rank(a.initiative.pillar) - rank(b.initiative.pillar) || a.index - b.index)
    .map(({ initiative }, k) => ({ number: k + 1, initiative }));
}

export interface TimelineInitiative {
  pillar: string;
  /** In the language of the chart. */
  title: string;
  startMonth: number;
  durationMonths: number;
}

export interface TimelineInput {
  /** ISO date of month 1; null = months are numbered (M1, M2, …). */
  startsOn: string | null;
  horizonMonths: number;
  initiatives: readonly TimelineInitiative[];
  locale: Locale;
}

/** `t` resolves `report:` and `domain:` keys: the screen's i18next and the report's lookup alike. */
export function timelineDefinition(input: TimelineInput, t: ChartTranslate): TimelineChartInput {
  const axis = monthAxis(input.startsOn, input.horizonMonths, input.locale, (n) => t('report:roadmap.monthShort', { n }));
  return {
    title: t('report:roadmap.timelineTitle'),
    horizonMonths: input.horizonMonths,
    monthLabels: axis.monthLabels,
    yearLabels: axis.yearLabels,
    groups: PILLARS.map((p) => ({ id: p, label: t(`domain:pillar.${p}.name`), color: PILLAR_COLORS[p] })),
    items: numberInitiatives(input.initiatives).map(({ number, initiative: i }) => ({
      groupId: i.pillar,
      label: i.title,
      number: String(number),
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
    })),
    emptyLabel: t('report:roadmap.empty'),
  };
}
