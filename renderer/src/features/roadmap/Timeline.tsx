/**
 * The Gantt-style timeline by pillar: the same SVG builder as the Word report
 * (shared/report/charts/timeline.ts), shown as an image, with the numbers of the initiative list.
 * The text alternative is a plain list, so the chart is never the only way to read the plan.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../../../shared/contract/roadmaps';
import { monthAxis } from '../../../../shared/report/charts/months';
import { timelineChartSvg } from '../../../../shared/report/charts/timeline';
import { PILLARS } from '../../../../shared/reference/catalogue';
import { groupByPillar, monthRange, PILLAR_COLORS, useRoadmapTexts } from './roadmap-bits';

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
  const { t: td } = useTranslation('domain');
  const texts = useRoadmapTexts(view);
  const groups = groupByPillar(view.initiatives);
  const svg = useMemo(() => {
    const axis = monthAxis(view.startsOn, view.horizonMonths, texts.locale, (n) => t('initiative.single', { start: n }));
    return timelineChartSvg({
      title: t('timeline.title'),
      horizonMonths: view.horizonMonths,
      monthLabels: axis.monthLabels,
      yearLabels: axis.yearLabels,
      groups: PILLARS.map((p) => ({ id: p, label: td(`pillar.${p}.name`), color: PILLAR_COLORS[p] })),
      items: groups.flatMap((g) =>
        g.items.map(({ initiative, number }) => ({
          groupId: initiative.pillar,
          label: texts.title(initiative),
          number: String(number),
          startMonth: initiative.startMonth,
          durationMonths: initiative.durationMonths,
        })),
      ),
      emptyLabel: t('timeline.empty'),
    });
  }, [view, texts, t, td]);
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
