/** Funding scenarios, compute budget (both only when present), sign-off block and appendix of answers. */
import type { Paragraph, Table } from 'docx';
import { computeRequestStatusKey, type ReportFundingScenario } from '@shared/report/report-data';
import { firstInitiatives, joinList } from '@shared/report/summary';
import { body, bullet, flag, heading, muted, para, spacer, table, type Cell } from './blocks';
import type { ReportContext } from './context';
import { S } from './styles';

type Block = Paragraph | Table;

/** At most this many scenarios side by side in one table (A4 portrait). */
const SCENARIOS_PER_TABLE = 3;

export function fundingSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const funding = data.funding;
  if (!funding || funding.scenarios.length === 0) return [];
  const blocks: Block[] = [heading(1, t('report:funding.title')), body(t('report:funding.intro'))];
  let anyUnconfirmed = false;
  for (let start = 0; start < funding.scenarios.length; start += SCENARIOS_PER_TABLE) {
    const group: ReportFundingScenario[] = funding.scenarios.slice(start, start + SCENARIOS_PER_TABLE);
    const schemes: { id: string; name: string }[] = [];
    for (const sc of group) for (const s of sc.schemes) if (!schemes.some((x) => x.id === s.schemeId)) schemes.push({ id: s.schemeId, name: s.name });
    const rows: Cell[][] = schemes.map(({ id, name }) => [
      name,
      ...group.map((sc) => {
        const s = sc.schemes.find((x) => x.schemeId === id);
        if (!s) return t('report:funding.notEligible');
        if (s.unconfirmed) anyUnconfirmed = true;
        return `${ctx.money(s.aidCents)}${s.unconfirmed ? ` ${t('report:funding.unconfirmedMark')}` : ''}`;
      }),
    ]);
    rows.push([t('report:funding.totalCost'), ...group.map((sc) => ctx.money(sc.totalCostCents))]);
    rows.push([t('report:funding.totalAid'), ...group.map((sc) => ctx.money(sc.totalAidCents))]);
    rows.push([t('report:funding.netCost'), ...group.map((sc) => ctx.money(sc.netCostCents))]);
    const share = 64 / group.length;
    blocks.push(
      table({
        columns: [36, ...group.map(() => share)],
        header: [t('report:funding.scheme'), ...group.map((sc) => sc.name)],
        rows,
        styles: [S.tableText, ...group.map(() => S.tableRight)],
        totals: true,
      }),
      spacer(),
    );
  }
  if (anyUnconfirmed) blocks.push(para(S.note, t('report:funding.unconfirmedNote')));
  // One validity line for the section: the earliest end date of the rules the scenarios rest on.
  const until = funding.scenarios.map((sc) => sc.rulesValidUntil).filter((d): d is string => !!d).sort()[0];
  if (until) {
    const expired = funding.scenarios.some((sc) => sc.rulesExpired);
    blocks.push(para(expired ? S.callout : S.note, t(expired ? 'report:funding.rulesExpired' : 'report:funding.rulesValidUntil', { date: ctx.date(until) })));
  }
  return blocks;
}

export function gpuSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const gpu = data.gpu;
  if (!gpu) return [];
  const hours = (v: number) => ctx.num(v, 0);
  const blocks: Block[] = [heading(1, t('report:gpu.title')), body(t('report:gpu.intro')), body(t('report:gpu.hardware', { hardware: gpu.hardwareLabel }))];
  if (gpu.workloads.length > 0) {
    const rows: Cell[][] = gpu.workloads.map((w) => [
      w.label,
      `${hours(w.gpuHours.low)} – ${hours(w.gpuHours.expected)} – ${hours(w.gpuHours.high)}`,
      ctx.num(w.gpusPerJob, 0),
      w.peakMemoryGiB === null ? '—' : t('report:gpu.memoryValue', { value: ctx.num(w.peakMemoryGiB, 1) }),
    ]);
    rows.push([t('report:gpu.total'), `${hours(gpu.totalGpuHours.low)} – ${hours(gpu.totalGpuHours.expected)} – ${hours(gpu.totalGpuHours.high)}`, '', '']);
    blocks.push(
      table({
        columns: [42, 28, 12, 18],
        header: [t('report:gpu.workload'), t('report:gpu.gpuHours'), t('report:gpu.gpusPerJob'), t('report:gpu.memory')],
        rows,
        styles: [S.tableText, S.tableRight, S.tableRight, S.tableRight],
        totals: true,
      }),
      spacer(),
    );
  }
  const figures: [string, string][] = [
    [t('report:gpu.totalGpuHours'), hours(gpu.totalGpuHours.expected)],
    [t('report:gpu.range'), t('report:gpu.rangeValue', { low: hours(gpu.totalGpuHours.low), high: hours(gpu.totalGpuHours.high) })],
    [t('report:gpu.nodeHours'), hours(gpu.nodeHours)],
    [t('report:gpu.costBefore'), ctx.money(gpu.costBeforeCashbackCents)],
    [t('report:gpu.cashback'), ctx.money(gpu.cashbackCents)],
    [t('report:gpu.costAfter'), ctx.money(gpu.costAfterCashbackCents)],
    [t('report:gpu.energy'), t('report:gpu.energyValue', { value: ctx.num(gpu.energyKwh, 0) })],
    [t('report:gpu.co2'), t('report:gpu.co2Value', { value: ctx.num(gpu.co2eKg, 0) })],
    [t('report:gpu.accessMode'), t(`domain:accessMode.${gpu.accessMode}`)],
  ];
  blocks.push(
    table({ columns: [62, 38], header: [t('report:gpu.figure'), t('report:gpu.value')], rows: figures, styles: [S.tableText, S.tableRight] }),
    para(S.note, t('report:gpu.basis', { basis: gpu.carbonBasis })),
  );
  if (gpu.unconfirmed) blocks.push(para(S.note, flag(t('report:gpu.unconfirmed'))));
  if (gpu.billingUnit) blocks.push(para(S.note, t(`report:gpu.billing.${gpu.billingUnit}`)));
  if (gpu.challenges && gpu.challenges.length > 0) {
    blocks.push(para(S.callout, t('report:gpu.challenges')));
    for (const c of gpu.challenges) blocks.push(bullet(c));
  }

  blocks.push(heading(2, t('report:gpu.requestTitle')));
  const req = gpu.computeRequest;
  if (!req) blocks.push(body(t('report:gpu.noRequest')));
  else {
    blocks.push(body(t('report:gpu.requestStatus', { title: req.projectTitle, revision: req.revision, status: t(computeRequestStatusKey(req.status)) })));
    const al = req.allocation;
    if (al) {
      blocks.push(
        body(
          al.system && al.validFrom && al.validUntil
            ? t('report:gpu.allocation', { hours: hours(al.gpuHours), system: al.system, from: ctx.date(al.validFrom), until: ctx.date(al.validUntil) })
            : t('report:gpu.allocationShort', { hours: hours(al.gpuHours) }),
        ),
      );
    }
    if (req.reviewerMessage) blocks.push(para(S.callout, t('report:gpu.reviewer', { message: req.reviewerMessage })));
  }
  return blocks;
}

/** What happens after the report, from the data: first initiatives, funding, AI Act, compute, follow-up. */
function nextSteps(ctx: ReportContext): string[] {
  const { data, t } = ctx;
  const steps: string[] = [];
  const first = firstInitiatives(data.roadmap.initiatives).map((i) => t('report:quoted', { text: i.title }));
  if (first.length) steps.push(t('report:nextSteps.first', { list: joinList(first, t) }));
  if (data.funding?.scenarios.some((s) => s.totalAidCents > 0)) steps.push(t('report:nextSteps.funding'));
  const unclassified = data.roadmap.initiatives.filter((i) => i.aiAct?.risk === 'unclassified').length;
  if (unclassified) steps.push(t('report:nextSteps.aiAct', { count: unclassified }));
  const request = data.gpu?.computeRequest;
  if (data.gpu && (!request || request.status === 'draft')) steps.push(t('report:nextSteps.computePrepare'));
  if (request?.status === 'needs_information') steps.push(t('report:nextSteps.computeAnswer'));
  steps.push(t('report:nextSteps.review', { next: `T${Math.max(1, data.assessment.progress.length)}` }));
  return steps;
}

export function signOffSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const s = data.signOff;
  const rev = (revision: number) => t('report:revision', { revision });
  const blocks: Block[] = [heading(1, t('report:nextSteps.title')), body(t('report:nextSteps.intro'))];
  for (const step of nextSteps(ctx)) blocks.push(bullet(step));
  blocks.push(heading(2, t('report:signOff.title')));
  if (s) {
    blocks.push(
      body(t('report:signOff.signed', { revision: s.revision })),
      table({
        columns: [32, 32, 22, 14],
        header: [t('report:signOff.name'), t('report:signOff.role'), t('report:signOff.date'), t('report:signOff.revision')],
        rows: [[s.name, s.role, ctx.date(s.date), rev(s.revision)]],
      }),
    );
    if (s.revision !== data.roadmap.revision) {
      blocks.push(para(S.callout, flag(t('report:signOff.otherRevision', { signed: s.revision, revision: data.roadmap.revision }))));
    }
    return blocks;
  }
  blocks.push(para(S.callout, flag(t('report:signOff.notSigned')), ' ', t('report:signOff.notSignedExplain')));
  const line = (label: string) => [para(S.signatureLine, ''), para(S.tableNote, label)];
  const column = (title: string): Paragraph[] => [
    para(S.tableGroup, title),
    ...line(t('report:signOff.name')),
    ...line(t('report:signOff.role')),
    ...line(t('report:signOff.date')),
    ...line(t('report:signOff.signature')),
  ];
  blocks.push(
    table({
      columns: [47, 6, 47],
      style: S.signatureTable,
      banded: false,
      rows: [[column(t('report:signOff.company', { client: data.client.name })), '', column(t('report:signOff.advisor'))]],
    }),
  );
  return blocks;
}

export function appendixSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const blocks: Block[] = [heading(1, t('report:appendix.title')), body(t('report:appendix.intro'))];
  if (data.appendix.length === 0) {
    blocks.push(body(t('report:appendix.empty')));
    return blocks;
  }
  const groups: { title: string; entries: typeof data.appendix }[] = [];
  for (const e of data.appendix) {
    let g = groups.find((x) => x.title === e.dimensionTitle);
    if (!g) groups.push((g = { title: e.dimensionTitle, entries: [] }));
    g.entries.push(e);
  }
  for (const g of groups) {
    blocks.push(
      heading(2, g.title),
      table({
        columns: [48, 24, 28],
        header: [t('report:appendix.question'), t('report:appendix.answer'), t('report:appendix.note')],
        rows: g.entries.map((e) => [e.question, e.answerLabel === null ? [para(S.tableText, muted(t('report:appendix.unanswered')))] : e.answerLabel, e.note ?? '']),
      }),
      spacer(),
    );
  }
  return blocks;
}
