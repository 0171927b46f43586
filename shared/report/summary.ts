/**
 * The executive summary, written from the data: where the company stands, what is strong and
 * weak, the largest gaps, what the roadmap costs and brings, what to do first, and what needs
 * attention (AI Act, funding, compute). Pure: the same data and texts give the same sentences,
 * so the review screen can show exactly what the report says.
 */
import { formatDate, formatDelta, formatMoney, formatNumber, formatPercent, formatScore } from '../format';
import type { ReportData, ReportInitiative } from './report-data';
import { AI_ACT_RISKS } from '../domain/ai-act';
import type { Translate } from './translate';

/** "A", "A and B", "A, B and C" in the report's language. */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('report:list.and')} ${items[items.length - 1]}`;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Initiatives that start first (the earliest start month), in roadmap order. */
export function firstInitiatives(initiatives: readonly ReportInitiative[], max = 4): ReportInitiative[] {
  const starts = initiatives.map((i) => i.startMonth).filter(finite);
  if (starts.length === 0) return [];
  const first = Math.min(...starts);
  return initiatives.filter((i) => i.startMonth === first).slice(0, max);
}

/** Dimensions with a positive gap, largest first (ties: instrument order). */
export function largestGaps(data: ReportData, max = 3) {
  return data.assessment.dimensions
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => finite(d.gap) && d.gap > 0 && finite(d.score) && finite(d.target))
    .sort((a, b) => b.d.gap! - a.d.gap! || a.index - b.index)
    .slice(0, max)
    .map(({ d }) => d);
}

export interface ExecutiveSummary {
  paragraphs: string[];
  /** Intro line of the first steps list, and the list (empty when there is no initiative). */
  firstStepsTitle: string;
  firstSteps: string[];
  /** Sentences that need attention (AI Act), shown as a call-out. */
  attention: string[];
}

export function buildExecutiveSummary(data: ReportData, t: Translate): ExecutiveSummary {
  const { locale, assessment: a, roadmap } = data;
  const money = (cents: number | null | undefined) => formatMoney(cents, locale);
  const paragraphs: string[] = [];
  const byId = new Map(a.dimensions.map((d) => [d.id, d]));

  // Where the company stands.
  const standing: string[] = [];
  if (finite(a.overall) && a.level) {
    standing.push(
      t('report:summary.overall', {
        client: data.client.name,
        score: formatScore(a.overall, locale),
        level: t(`domain:level.${a.level}.name`),
        meaning: t(`domain:level.${a.level}.meaning`),
        band: a.dmaBand ? t(`domain:dmaBand.${a.dmaBand}`) : '—',
      }),
    );
  } else {
    standing.push(t('report:summary.noOverall'));
  }
  // An overall score that leaves out a dimension says so, naming it.
  const missing = a.missingDimensionTitles ?? [];
  if (finite(a.overall) && missing.length > 0) {
    standing.push(t('report:summary.incomplete', { list: joinList(missing, t), scored: a.dimensions.length - missing.length, total: a.dimensions.length }));
  }
  const strongest = a.strongestId ? byId.get(a.strongestId) : undefined;
  const weakest = a.weakestId ? byId.get(a.weakestId) : undefined;
  if (strongest && weakest && strongest.id !== weakest.id) {
    standing.push(
      t('report:summary.strongWeak', {
        strongest: strongest.title,
        strongScore: formatScore(strongest.score, locale),
        weakest: weakest.title,
        weakScore: formatScore(weakest.score, locale),
      }),
    );
  }
  paragraphs.push(standing.join(' '));

  // Gaps and how sure we are.
  const gaps = largestGaps(data);
  const gapText: string[] = [];
  if (gaps.length > 0) {
    const list = gaps.map((d) =>
      t('report:summary.gapItem', { dimension: d.title, score: formatScore(d.score, locale), target: formatScore(d.target, locale) }),
    );
    gapText.push(t('report:summary.gaps', { count: gaps.length, list: joinList(list, t) }));
  } else if (a.dimensions.some((d) => finite(d.target))) {
    gapText.push(t('report:summary.noGaps'));
  }
  const applicable = Math.max(0, a.counts.total - a.counts.notApplicable);
  if (applicable > 0) {
    gapText.push(t('report:summary.confidence', { answered: a.counts.answered, applicable, percent: formatPercent(a.confidence, locale) }));
    if (finite(a.confidence) && a.confidence < 0.8) gapText.push(t('report:summary.lowConfidence'));
  }
  const lfl = a.previous?.likeForLike;
  if (a.previous && lfl && !lfl.allDimensions) {
    // Like for like: only the dimensions scored in both checks, and the sentence says which.
    gapText.push(
      finite(lfl.delta)
        ? t('report:summary.progressLikeForLike', {
            date: formatDate(a.previous.heldOn ?? a.previous.finalisedAt, locale),
            before: formatScore(lfl.before, locale),
            after: formatScore(lfl.now, locale),
            delta: formatDelta(lfl.delta, locale),
            common: lfl.commonTitles.length,
            total: a.dimensions.length,
            list: joinList(lfl.commonTitles, t),
          })
        : t('report:summary.progressNoCommon', { date: formatDate(a.previous.heldOn ?? a.previous.finalisedAt, locale) }),
    );
  } else if (a.previous && finite(a.previous.overall) && finite(a.overall)) {
    gapText.push(
      t('report:summary.progress', {
        date: formatDate(a.previous.heldOn ?? a.previous.finalisedAt, locale),
        before: formatScore(a.previous.overall, locale),
        after: formatScore(a.overall, locale),
        delta: formatDelta(a.overall - a.previous.overall, locale),
      }),
    );
  }
  if (gapText.length) paragraphs.push(gapText.join(' '));

  // The roadmap in figures.
  const count = roadmap.initiatives.length;
  const plan: string[] = [];
  if (count === 0) plan.push(t('report:summary.roadmapEmpty'));
  else {
    plan.push(t('report:summary.roadmap', { count, months: roadmap.horizonMonths, cost: money(roadmap.totals.costCents) }));
    if (finite(roadmap.totals.benefitCentsPerYear) && roadmap.totals.benefitCentsPerYear > 0 && finite(roadmap.totals.paybackMonths)) {
      plan.push(
        t('report:summary.benefit', {
          benefit: money(roadmap.totals.benefitCentsPerYear),
          payback: formatNumber(roadmap.totals.paybackMonths, locale, 0),
          count: roadmap.totals.paybackMonths,
        }),
      );
    } else plan.push(t('report:summary.noBenefit'));
  }
  const funded = [...(data.funding?.scenarios ?? [])].sort((x, y) => y.totalAidCents - x.totalAidCents)[0];
  if (funded && funded.totalAidCents > 0) {
    plan.push(t('report:summary.funding', { name: funded.name, aid: money(funded.totalAidCents), cost: money(funded.totalCostCents), net: money(funded.netCostCents) }));
  }
  if (data.gpu && finite(data.gpu.totalGpuHours.expected)) {
    plan.push(
      t('report:summary.compute', {
        hours: formatNumber(data.gpu.totalGpuHours.expected, locale, 0),
        low: formatNumber(data.gpu.totalGpuHours.low, locale, 0),
        high: formatNumber(data.gpu.totalGpuHours.high, locale, 0),
        mode: t(`domain:accessMode.${data.gpu.accessMode}`),
      }),
    );
  }
  paragraphs.push(plan.join(' '));

  // What needs attention: the AI Act.
  const attention: string[] = [];
  const ai = roadmap.initiatives.filter((i) => i.aiAct);
  if (ai.length > 0) {
    const tiers = (risk: string) => ai.filter((i) => i.aiAct!.risk === risk).length;
    const parts = [t('report:summary.aiAct', { count: ai.length })];
    // What the triage found, tier by tier, so the summary says what the AI Act section shows.
    const found = AI_ACT_RISKS.filter((r) => r !== 'unclassified' && tiers(r) > 0).map((r) =>
      t('report:summary.aiActTier', { tier: t(`domain:aiActRisk.${r}.name`), count: formatNumber(tiers(r), locale, 0) }),
    );
    if (found.length) parts.push(t('report:summary.aiActTriage', { tiers: joinList(found, t) }));
    if (tiers('prohibited')) parts.push(t('report:summary.aiActProhibited', { count: tiers('prohibited') }));
    if (tiers('high')) parts.push(t('report:summary.aiActHigh', { count: tiers('high') }));
    if (tiers('unclassified')) parts.push(t('report:summary.aiActUnclassified', { count: tiers('unclassified') }));
    attention.push(parts.join(' '));
  }

  const firstSteps = firstInitiatives(roadmap.initiatives).map((i) =>
    t('report:summary.firstStepItem', { title: i.title, month: Math.max(0, Math.round(i.startMonth)) + 1, cost: money(i.costCents) }),
  );
  return { paragraphs, firstStepsTitle: t('report:summary.firstSteps'), firstSteps, attention };
}
