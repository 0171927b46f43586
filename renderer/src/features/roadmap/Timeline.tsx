/**
 * The Gantt-style timeline by pillar: the Word report's definition (shared/charts/timeline.ts)
 * and SVG builder (shared/report/charts/timeline.ts), shown as an image, with the numbers of
 * the initiative list.
 * The text alternative is a plain list, so the chart is never the only way to read the plan.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { monthAxis } from '@shared/charts/months';
import { timelineChartSvg } from '@shared/report/charts/timeline';
import { timelineDefinition } from '@shared/charts/timeline';
import { groupByPillar, monthRange, useRoadmapTexts } from './roadmap-bits';

export function useMonthLabel(view: Pick<RoadmapView, 'startsOn' | 'horizonMonths'> | null) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(null);
  return useMemo(() => {
    if (!view) return (m: number) => String(m + 1);
    const axis = monthAxis(view.startsOn, view.horizonMonths, texts.locale, (n) => t('initiative.single', { start: n }));
    return (m: number) => {
      const label = axis.monthLabels[m] ?? t('initiative.single', { start: m + 1 });
      // With calendar months: "M3 · Mai 2026" keeps the roadmap month visible next to the date.
      if (!view.startsOn) return label;
      const year = axis.yearLabels.slice(0, m + 1).filter(Boolean).pop();
      return `${t('initiative.single', { start: m + 1 })} · ${label} ${year ?? ''}`.trim();
    };
  }, [view?.startsOn, view?.horizonMonths, texts.locale, t]);
}

export function Timeline({ view, large }: { view: RoadmapView; large?: boolean }) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const groups = groupByPillar(view.initiatives);
  const svg = useMemo(
    () =>
      timelineChartSvg(
        timelineDefinition(
          {
            startsOn: view.startsOn,
            horizonMonths: view.horizonMonths,
            initiatives: view.initiatives.map((i) => ({ pillar: i.pillar, title: texts.title(i), startMonth: i.startMonth, durationMonths: i.durationMonths })),
            locale: texts.locale,
          },
          (key, vars) => t(key, vars),
        ),
      ),
    [view, texts, t],
  );
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.svg)}`;
  return (
    <figure className={large ? 'timeline timeline-large' : 'timeline'} data-testid="timeline">
      <img src={src} width={svg.width} height={svg.height} alt={t('timeline.alt', { count: view.initiatives.length, months: view.horizonMonths })} />
      <figcaption className="visually-hidden">
        <ol>
          {groups.flatMap((g) =>
            g.items.map(({ initiative, number }) => (
              <li key={initiative.key} value={number}>
                {texts.title(initiative)}: {monthRange(initiative.startMonth, initiative.durationMonths, t)}
              </li>
            )),
          )}
        </ol>
      </figcaption>
    </figure>
  );
}
