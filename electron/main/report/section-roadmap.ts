/** Roadmap (timeline + table by pillar) and the AI Act triage of its initiatives. */
import { Paragraph, type Table } from 'docx';
import { monthName } from '@shared/format';
import { numberInitiatives } from '@shared/charts/timeline';
import type { ReportInitiative } from '@shared/report/report-data';
import { AI_ACT_RISKS } from '@shared/domain/ai-act';
import { PILLARS } from '@shared/reference/catalogue/types';
import { body, bullet, figure, flag, heading, para, strong, table, type Cell } from './blocks';
import type { RenderedChart } from './charts';
import type { ReportContext } from './context';
import { S } from './styles';
import { typographic } from '@shared/report/typography';

type Block = Paragraph | Table;

function timing(ctx: ReportContext, i: ReportInitiative): string {
  const start = Number.isFinite(i.startMonth) ? Math.max(0, Math.round(i.startMonth)) + 1 : null;
  const duration = Number.isFinite(i.durationMonths) ? Math.max(1, Math.round(i.durationMonths)) : 1;
  if (start === null) return '—';
  const end = start + duration - 1;
  return end > start ? ctx.t('report:roadmap.timingValue', { start, end }) : ctx.t('report:roadmap.timingSingle', { start });
}

function startMonthText(ctx: ReportContext): string | null {
  const m = ctx.data.roadmap.startsOn ? /^(\d{4})-(\d{2})/.exec(ctx.data.roadmap.startsOn) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return ctx.t('report:roadmap.startsOn', { month: `${monthName(Number(m[2]) - 1, ctx.locale)} ${m[1]}` });
}

function riskIsFlagged(risk: string): boolean {
  return risk === 'unclassified' || risk === 'prohibited';
}

export function roadmapSection(ctx: ReportContext, timeline: RenderedChart | null): Block[] {
  const { data, t } = ctx;
  const r = data.roadmap;
  const blocks: Block[] = [heading(1, t('report:roadmap.title'))];
  if (r.initiatives.length === 0) {
    blocks.push(body(t('report:roadmap.empty')));
    return blocks;
  }
  blocks.push(body([t('report:roadmap.intro', { count: r.initiatives.length, months: r.horizonMonths }), startMonthText(ctx)].filter(Boolean).join(' ')));
  if (timeline) blocks.push(...figure(timeline, 2, t('report:roadmap.timelineTitle'), t('report:roadmap.timelineCaption')));

  const numbered = numberInitiatives(r.initiatives);
  const rows: Cell[][] = [];
  const pillars = [...PILLARS, ...new Set(r.initiatives.map((i) => i.pillar).filter((p) => !PILLARS.includes(p)))];
  for (const pillar of pillars) {
    const items = numbered.filter((n) => n.initiative.pillar === pillar);
    if (items.length === 0) continue;
    rows.push([{ content: [para(S.tableGroup, t(`domain:pillar.${pillar}.name`)), para(S.tableNote, t(`domain:pillar.${pillar}.description`))], span: 6 }]);
    for (const { number, initiative: i } of items) {
      const cell: Paragraph[] = [para(S.tableText, strong(i.title))];
      if (i.reason) cell.push(para(S.tableNote, t('report:roadmap.reason', { reason: i.reason })));
      if (i.kpi) cell.push(para(S.tableNote, t('report:roadmap.kpi', { kpi: i.kpi })));
      if (i.dimensionTitles.length) cell.push(para(S.tableNote, t('report:roadmap.dimensions', { list: i.dimensionTitles.join(', ') })));
      if (i.aiAct) {
        const label = t('report:roadmap.aiAct', { risk: t(`domain:aiActRisk.${i.aiAct.risk}.name`) });
        cell.push(para(S.tableNote, riskIsFlagged(i.aiAct.risk) ? flag(label) : label));
      }
      rows.push([
        String(number),
        cell,
        timing(ctx, i),
        ctx.money(i.costCents),
        i.expectedBenefitCentsPerYear === null ? t('report:roadmap.notSet') : ctx.money(i.expectedBenefitCentsPerYear),
        i.owner ?? t('report:roadmap.notSet'),
      ]);
    }
  }
  rows.push(['', t('report:roadmap.total'), '', ctx.money(r.totals.costCents), ctx.money(r.totals.benefitCentsPerYear), '']);
  blocks.push(
    table({
      columns: [5, 42, 11, 13, 13, 16],
      header: [t('report:roadmap.number'), t('report:roadmap.initiative'), t('report:roadmap.timing'), t('report:roadmap.cost'), t('report:roadmap.benefit'), t('report:roadmap.owner')],
      rows,
      styles: [S.tableText, S.tableText, S.tableText, S.tableRight, S.tableRight, S.tableText],
      totals: true,
      banded: false,
    }),
    para(
      S.note,
      r.totals.paybackMonths !== null && Number.isFinite(r.totals.paybackMonths)
        ? t('report:roadmap.payback', { months: ctx.num(r.totals.paybackMonths, 1), count: r.totals.paybackMonths })
        : t('report:roadmap.noPayback'),
    ),
  );
  return blocks;
}

export function aiActSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const blocks: Block[] = [heading(1, t('report:aiAct.title')), body(t('report:aiAct.intro'))];
  const triaged = numberInitiatives(data.roadmap.initiatives).filter((n) => n.initiative.aiAct);
  if (triaged.length === 0) {
    blocks.push(body(t('report:aiAct.none')));
    return blocks;
  }
  const rows: Cell[][] = triaged.map(({ number, initiative: i }) => {
    const ai = i.aiAct!;
    const name = t(`domain:aiActRisk.${ai.risk}.name`);
    const risk: Paragraph[] = [para(S.tableText, riskIsFlagged(ai.risk) ? flag(name) : strong(name))];
    if (ai.risk === 'unclassified') risk.push(para(S.tableNote, flag(t('report:aiAct.unclassifiedFlag'))));
    if (ai.risk === 'prohibited') risk.push(para(S.tableNote, flag(t('report:aiAct.prohibitedFlag'))));
    const implies = ai.obligations.length ? ai.obligations.map((o) => para(S.tableText, `– ${o}`)) : [para(S.tableText, '—')];
    return [`${number}. ${i.title}`, risk, ai.ref ?? t('report:aiAct.noBasis'), implies];
  });
  blocks.push(
    table({
      columns: [30, 17, 13, 40],
      header: [t('report:aiAct.initiative'), t('report:aiAct.risk'), t('report:aiAct.basis'), t('report:aiAct.implies')],
      rows,
    }),
    heading(2, t('report:aiAct.tiersTitle')),
  );
  for (const risk of AI_ACT_RISKS) {
    // Two runs (bold term, plain text): the colon is written here, so it takes the language's spacing here.
    blocks.push(bullet(strong(typographic(`${t(`domain:aiActRisk.${risk}.name`)}: `, ctx.locale)), t(`domain:aiActRisk.${risk}.description`)));
  }
  return blocks;
}
