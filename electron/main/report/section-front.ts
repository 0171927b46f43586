/** Cover page and executive summary. */
import type { Paragraph, Table } from 'docx';
import { buildExecutiveSummary } from '@shared/report/summary';
import { body, bullet, flag, heading, para, spacer, table, type Cell } from './blocks';
import type { ReportContext } from './context';
import { S } from './styles';

type Block = Paragraph | Table;

export function coverSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const c = data.client;
  const rows: [string, string][] = [[t('report:cover.client'), c.name]];
  if (c.rcsNumber) rows.push([t('report:cover.rcs'), c.rcsNumber]);
  if (c.commune) rows.push([t('report:cover.commune'), c.commune]);
  const sector = [c.naceCode, c.naceLabel].filter(Boolean).join(' – ');
  if (sector) rows.push([t('report:cover.sector'), sector]);
  rows.push([t('report:cover.size'), t(`domain:sizeClass.${c.sizeClass ?? 'unknown'}`)]);
  // No advisor name set in the settings: the row is left out rather than printed empty.
  if (data.advisorName.trim()) rows.push([t('report:cover.advisor'), data.advisorName]);
  rows.push([t('report:cover.date'), ctx.date(data.generatedAt)]);
  rows.push([t('report:cover.revision'), t('report:revision', { revision: data.roadmap.revision })]);
  rows.push([
    t('report:cover.check'),
    t('report:cover.checkValue', { date: ctx.date(data.assessment.finalisedAt), version: data.assessment.instrumentVersion }),
  ]);
  rows.push([t('report:cover.workshop'), ctx.date(data.assessment.heldOn)]);
  const people = data.assessment.participants.map((p) => (p.role ? t('report:cover.participant', { name: p.name, role: p.role }) : p.name));
  rows.push([t('report:cover.participants'), people.length ? people.join(', ') : t('report:cover.participantsNone')]);

  const s = data.signOff;
  const status =
    s && s.revision === data.roadmap.revision
      ? para(S.coverStatus, t('report:cover.signedOff', { name: s.name, role: s.role, date: ctx.date(s.date) }))
      : para(
          S.coverStatus,
          flag(
            s
              ? t('report:cover.signedOffOther', { signed: s.revision, revision: data.roadmap.revision })
              : t('report:cover.notSignedOff'),
          ),
        );

  return [
    para(S.kicker, t('report:kicker')),
    para(S.title, t('report:documentTitle')),
    para(S.subtitle, c.name),
    para(S.tagline, t('report:tagline')),
    table({ columns: [32, 68], rows: rows.map(([k, v]) => [k, v] as Cell[]), style: S.coverTable, firstColumn: true, banded: false }),
    status,
    para(S.coverNote, t('report:cover.confidential', { client: c.name })),
  ];
}

export function summarySection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const summary = buildExecutiveSummary(data, t);
  const a = data.assessment;
  const totals = data.roadmap.totals;
  const figure = (value: string, label: string): Cell => [para(S.keyValue, value), para(S.keyLabel, label)];
  const keyFigures = table({
    columns: [1, 1, 1],
    style: S.keyTable,
    banded: false,
    rows: [
      [
        figure(a.overall === null ? '—' : t('report:keyFigures.overallValue', { score: ctx.score(a.overall) }), t('report:keyFigures.overall')),
        figure(a.level ? t(`domain:level.${a.level}.name`) : '—', t('report:keyFigures.level')),
        figure(ctx.num(data.roadmap.initiatives.length), t('report:keyFigures.initiatives')),
      ],
      [
        figure(ctx.money(totals.costCents), t('report:keyFigures.cost')),
        figure(ctx.money(totals.benefitCentsPerYear), t('report:keyFigures.benefit')),
        figure(
          totals.paybackMonths === null || !Number.isFinite(totals.paybackMonths) ? '—' : t('report:keyFigures.paybackValue', { months: ctx.num(totals.paybackMonths, 0) }),
          t('report:keyFigures.payback'),
        ),
      ],
    ],
  });

  const blocks: Block[] = [heading(1, t('report:summary.title')), keyFigures, spacer()];
  summary.paragraphs.forEach((text, i) => blocks.push(i === 0 ? para(S.lead, text) : body(text)));
  if (summary.firstSteps.length > 0) {
    blocks.push(heading(3, summary.firstStepsTitle));
    for (const step of summary.firstSteps) blocks.push(bullet(step));
  }
  for (const text of summary.attention) blocks.push(para(S.callout, text));
  return blocks;
}
