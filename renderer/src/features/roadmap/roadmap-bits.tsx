/** Small pieces shared by the roadmap screens: texts in the UI language, badges, errors. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapInitiative, RoadmapView } from '@shared/contract/roadmaps';
import type { AiActRisk } from '@shared/domain/ai-act';
import { describeReason, resolveInitiativeText } from '@shared/domain/roadmap-edit';
import { getCatalogue, PILLARS, type Pillar } from '@shared/reference/catalogue';
import { getInstrument } from '@shared/reference/instrument';
import { PILLAR_COLORS } from '@shared/charts/palette';
import { numberInitiatives } from '@shared/charts/timeline';
import type { Locale } from '@shared/locale';
import { ApiError } from '@renderer/lib/api';
import { problemsOf, useErrorMessage } from '@renderer/lib/api-errors';
import { useLocale } from '@renderer/lib/use-locale';

export { PILLAR_COLORS };

/** Texts of a roadmap in the UI language: initiative titles, KPIs, reasons, dimension titles. */
export function useRoadmapTexts(view: Pick<RoadmapView, 'catalogueVersion' | 'check'> | null) {
  const { t } = useTranslation('roadmap');
  const locale = useLocale();
  return useMemo(() => {
    const catalogue = view ? getCatalogue(view.catalogueVersion) : undefined;
    let dims: { id: string; title: string }[] = [];
    try {
      dims = view ? getInstrument(view.check.instrumentVersion).dimensions.map((d) => ({ id: d.id, title: d.title[locale] })) : [];
    } catch {
      // An instrument version this app does not know (a file from a newer app): dimensions show by id.
      dims = [];
    }
    const dimTitle = (id: string) => dims.find((d) => d.id === id)?.title ?? id;
    const lookup = (key: string, vars?: Record<string, string | number>) => t(key, vars);
    return {
      locale,
      catalogue,
      dimensions: dims,
      dimTitle,
      title: (i: Pick<RoadmapInitiative, 'templateId' | 'title' | 'kpi'>) => resolveInitiativeText(i, catalogue, locale).title,
      kpi: (i: Pick<RoadmapInitiative, 'templateId' | 'title' | 'kpi'>) => resolveInitiativeText(i, catalogue, locale).kpi,
      templateTitle: (templateId: string) => catalogue?.templates.find((x) => x.id === templateId)?.title[locale] ?? templateId,
      reason: (i: Pick<RoadmapInitiative, 'reason'>) => (i.reason ? describeReason(i.reason, dimTitle(i.reason.dimensionId), locale, lookup) : null),
    };
  }, [view?.catalogueVersion, view?.check.instrumentVersion, locale, t]);
}

/** Initiatives grouped by pillar in the L-AIF order, numbered 1…n like the report's table. */
/** The initiatives by pillar, numbered as in the timeline and the report (numberInitiatives). */
export function groupByPillar(initiatives: readonly RoadmapInitiative[]) {
  const numbered = numberInitiatives(initiatives);
  return PILLARS.map((pillar) => ({ pillar, items: numbered.filter((n) => n.initiative.pillar === pillar) })).filter((g) => g.items.length > 0);
}

/** One <option> per pillar, in the L-AIF order, by its name (the catalogue and custom-initiative dialogs). */
export function PillarOptions() {
  const { t } = useTranslation('domain');
  return PILLARS.map((p) => (
    <option key={p} value={p}>
      {t(`pillar.${p}.name`)}
    </option>
  ));
}

export function PillarName({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation('domain');
  return (
    <span className="pillar-name">
      <span className="pillar-dot" style={{ background: PILLAR_COLORS[pillar] }} aria-hidden="true" />
      {t(`pillar.${pillar}.name`)}
    </span>
  );
}

export function RiskBadge({ risk, onClick, testId }: { risk: AiActRisk; onClick?: () => void; testId?: string }) {
  const { t } = useTranslation('domain');
  const label = t(`aiActRisk.${risk}.name`);
  const className = `badge risk risk-${risk}`;
  if (onClick) {
    return (
      <button type="button" className={`${className} badge-button`} onClick={onClick} data-testid={testId} data-risk={risk} title={t(`aiActRisk.${risk}.description`)}>
        {label}
      </button>
    );
  }
  return (
    <span className={className} data-testid={testId} data-risk={risk} title={t(`aiActRisk.${risk}.description`)}>
      {label}
    </span>
  );
}

/** Error messages of this feature first (`roadmap:errors.*`), then the app's. */
export function useRoadmapError() {
  const { t, i18n } = useTranslation('roadmap');
  const generic = useErrorMessage();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const horizon = problemsOf(error).find((f) => f.message === 'beyond_horizon');
      if (horizon) return t('errors.beyond_horizon', { horizon: horizon.params?.horizon ?? '' });
      if (i18n.exists(`roadmap:errors.${error.code}`)) return t(`errors.${error.code}`);
    }
    return generic(error);
  };
}

/** "M3–M8" / "M3" for a start month (0-based) and duration. */
export function monthRange(startMonth: number, durationMonths: number, t: (key: string, vars?: Record<string, unknown>) => string): string {
  const start = startMonth + 1;
  const end = startMonth + durationMonths;
  return end > start ? t('roadmap:initiative.range', { start, end }) : t('roadmap:initiative.single', { start });
}

export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export type { Locale };
