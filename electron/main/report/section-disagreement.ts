/**
 * Where the room disagreed (issue 14): only when participants answered individually. States the
 * flag rule (shared/domain/spread.ts, DISAGREEMENT) and the source, then each flagged question
 * with the participants' distribution beside the agreed answer (the one that scores).
 */
import type { Paragraph, Table } from 'docx';
import { formatPercent } from '@shared/format';
import { DISAGREEMENT } from '@shared/domain/spread';
import { body, heading, muted, para, spacer, strong, table, type Cell } from './blocks';
import type { ReportContext } from './context';
import { S } from './styles';

type Block = Paragraph | Table;

export function disagreementSection(ctx: ReportContext): Block[] {
  const { data, t } = ctx;
  const d = data.disagreement;
  if (!d || d.participants === 0) return [];
  const blocks: Block[] = [
    heading(2, t('votes:core.report.title')),
    body(t('votes:core.report.intro', { count: d.participants, named: d.named, anonymous: d.anonymous, items: d.itemsAnswered })),
    para(
      S.note,
      t('votes:core.report.rule', { min: DISAGREEMENT.minVoters, range: DISAGREEMENT.scaleRange, iqr: DISAGREEMENT.scaleIqr }),
      ' ',
      t('votes:core.report.source', { date: ctx.date(data.assessment.heldOn) }),
    ),
  ];
  if (d.items.length === 0) {
    blocks.push(body(t('votes:core.report.none')));
    return blocks;
  }
  const rows: Cell[][] = d.items.map((item) => {
    const parts =
      item.kind === 'scale'
        ? item.counts.flatMap((n, level) => (n > 0 ? [t('votes:core.report.level', { level, n })] : []))
        : // Options somebody ticked, most ticked first (a list of every 0 % option would bury the split).
          [...item.options]
            .filter((o) => o.share > 0)
            .sort((x, y) => y.share - x.share)
            .map((o) => t('votes:core.report.option', { option: o.label, share: formatPercent(o.share, ctx.locale) }));
    if (item.notApplicable > 0) parts.push(t('votes:core.report.notApplicable', { n: item.notApplicable }));
    if (item.unknown > 0) parts.push(t('votes:core.report.unknown', { n: item.unknown }));
    const spread =
      item.kind === 'scale' && item.median !== null && item.range !== null
        ? t('votes:core.report.medianRange', { median: ctx.num(item.median, 1), range: ctx.num(item.range) })
        : '—';
    return [
      [para(S.tableText, strong(item.question)), para(S.tableText, muted(item.dimensionTitle))],
      [para(S.tableText, t('votes:core.report.voters', { count: item.voters })), ...parts.map((p) => para(S.tableText, p))],
      spread,
      item.agreedLabel ?? t('votes:core.report.noAgreed'),
    ];
  });
  blocks.push(
    table({
      columns: [34, 28, 14, 24],
      header: [t('votes:core.report.question'), t('votes:core.report.answers'), t('votes:core.report.spread'), t('votes:core.report.agreed')],
      rows,
    }),
    spacer(),
  );
  return blocks;
}
