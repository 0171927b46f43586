/** Maturity results: scores table, radar chart, progress since the last check, history, peers. */
import type { Paragraph, Table } from 'docx';
import { peersShowable, reportLevelOf } from '@shared/report/report-data';
import { scoringRules } from '@shared/domain/scoring';
import { peerPositionOf, type PeerPosition } from '@shared/domain/peer-benchmarks';
import { body, figure, heading, para, spacer, table, type Cell } from './blocks';
import type { ReportContext } from './context';
import { S } from './styles';
import type { RenderedChart } from './charts';

type Block = Paragraph | Table;

const POSITION_KEYS: Record<PeerPosition, string> = { above: 'report:results.above', below: 'report:results.below', at: 'report:results.atMedian' };

export function resultsSection(ctx: ReportContext, radar: RenderedChart): Block[] {
  const { data, t } = ctx;
  const a = data.assessment;
  // Levels under the scoring version the check was made with (never re-levelled).
  const level = (score: number | null, scoringVersion = a.scoringVersion) => {
    const l = reportLevelOf(score, scoringVersion);
    return l ? t(`domain:level.${l}.name`) : '—';
  };
  const missing = a.missingDimensionTitles ?? [];
  const incomplete = typeof a.overall === 'number' && missing.length > 0;
  const num = [S.tableText, S.tableRight, S.tableRight, S.tableRight, S.tableText];
  const blocks: Block[] = [heading(1, t('report:results.title')), body(t('report:results.intro', { count: a.dimensions.length }))];

  const rows: Cell[][] = a.dimensions.map((d) => [d.title, ctx.score(d.score), ctx.score(d.target), d.gap === null ? '—' : ctx.delta(d.gap), level(d.score)]);
  rows.push([
    t('report:results.overall'),
    incomplete ? `${ctx.score(a.overall)} *` : ctx.score(a.overall),
    '',
    '',
    a.level ? t(`domain:level.${a.level}.name`) : '—',
  ]);
  blocks.push(
    table({
      columns: [36, 12, 12, 16, 24],
      header: [t('report:results.dimension'), t('report:results.score'), t('report:results.target'), t('report:results.gap'), t('report:results.level')],
      rows,
      styles: num,
      totals: true,
    }),
    para(
      S.note,
      t('report:results.counts', {
        answered: a.counts.answered,
        notApplicable: a.counts.notApplicable,
        unknown: a.counts.unknown,
        unanswered: a.counts.unanswered,
        total: a.counts.total,
      }),
    ),
  );
  if (incomplete) {
    blocks.push(para(S.note, t('report:results.incomplete', { list: missing.join(', '), scored: a.dimensions.length - missing.length, total: a.dimensions.length })));
  }
  if (a.scoringVersion) {
    blocks.push(
      para(
        S.note,
        t('report:results.versions', { instrument: a.instrumentVersion, scoring: a.scoringVersion, fundingRules: a.fundingRulesVersion ?? '—' }),
      ),
    );
    // The level rule the check was made with, so a reader can check every level in the table.
    const min = scoringRules(a.scoringVersion).levelMin;
    const name = (l: keyof typeof min) => t(`domain:level.${l}.name`);
    blocks.push(
      para(
        S.note,
        t('report:results.levelsRule', {
          version: a.scoringVersion,
          initial: name('initial'),
          adopted: name('adopted'),
          defined: name('defined'),
          managed: name('managed'),
          optimized: name('optimized'),
          adoptedMin: min.adopted,
          definedMin: min.defined,
          managedMin: min.managed,
          optimizedMin: min.optimized,
        }),
      ),
    );
  }
  blocks.push(
    ...figure(radar, 1, t('report:results.radarTitle'), t('report:results.radarCaption', { previous: a.previous ? t('report:results.radarCaptionPrevious') : '' })),
  );

  // Progress since the last check.
  if (a.previous) {
    const before = new Map(a.previous.dimensions.map((d) => [d.id, d.score]));
    const change = (now: number | null, then: number | null | undefined) =>
      typeof now === 'number' && typeof then === 'number' ? ctx.delta(now - then) : '—';
    const progressRows: Cell[][] = a.dimensions.map((d) => [d.title, ctx.score(before.get(d.id)), ctx.score(d.score), change(d.score, before.get(d.id))]);
    // Overall change like for like: the mean of the dimensions scored in both checks.
    const lfl = a.previous.likeForLike;
    if (lfl && !lfl.allDimensions) {
      progressRows.push([t('report:results.overallLikeForLike', { common: lfl.commonTitles.length, total: a.dimensions.length }), ctx.score(lfl.before), ctx.score(lfl.now), lfl.delta === null ? '—' : ctx.delta(lfl.delta)]);
    } else {
      progressRows.push([t('report:results.overall'), ctx.score(a.previous.overall), ctx.score(a.overall), change(a.overall, a.previous.overall)]);
    }
    blocks.push(
      heading(2, t('report:results.progressTitle')),
      body(t('report:results.progressIntro', { date: ctx.date(a.previous.finalisedAt) })),
      table({
        columns: [52, 16, 16, 16],
        header: [t('report:results.dimension'), t('report:results.before'), t('report:results.now'), t('report:results.change')],
        rows: progressRows,
        styles: [S.tableText, S.tableRight, S.tableRight, S.tableRight],
        totals: true,
      }),
      spacer(),
    );
  }

  // History of the checks (T0, T1, …).
  if (a.progress.length >= 2) {
    blocks.push(
      heading(2, t('report:results.historyTitle')),
      table({
        columns: [16, 34, 20, 30],
        header: [t('report:results.check'), t('report:results.date'), t('report:results.score'), t('report:results.level')],
        rows: a.progress.map((p) => [
          p.label,
          ctx.date(p.heldOn ?? p.finalisedAt),
          p.complete === false && typeof p.overall === 'number' ? `${ctx.score(p.overall)} *` : ctx.score(p.overall),
          p.level !== undefined ? (p.level ? t(`domain:level.${p.level}.name`) : '—') : level(p.overall, p.scoringVersion),
        ]),
        styles: [S.tableText, S.tableText, S.tableRight, S.tableText],
      }),
      ...(a.progress.some((p) => p.complete === false && typeof p.overall === 'number') ? [para(S.note, t('report:results.starIncomplete'))] : []),
      spacer(),
    );
  }

  // Peers: only with at least 10 companies and real statistics, never invented numbers.
  const peers = data.peers;
  if (peersShowable(peers)) {
    const byId = new Map(peers.dimensions.map((d) => [d.id, d]));
    // The screen's rule: compare the figures as printed (one decimal).
    const position = (you: number | null, median: number | undefined) => {
      const p = peerPositionOf(you, median);
      return p === null ? '—' : t(POSITION_KEYS[p]);
    };
    const peerRows: Cell[][] = a.dimensions.map((d) => {
      const p = byId.get(d.id);
      return [d.title, ctx.score(d.score), ctx.score(p?.median), p ? `${ctx.score(p.p25)} – ${ctx.score(p.p75)}` : '—', position(d.score, p?.median)];
    });
    peerRows.push([
      t('report:results.overall'),
      ctx.score(a.overall),
      ctx.score(peers.overall.median),
      `${ctx.score(peers.overall.p25)} – ${ctx.score(peers.overall.p75)}`,
      position(a.overall, peers.overall.median),
    ]);
    blocks.push(
      heading(2, t('report:results.peersTitle')),
      body(t('report:results.peersIntro', { count: peers.count, date: ctx.date(peers.computedAt) })),
      table({
        columns: [34, 14, 14, 18, 20],
        header: [
          t('report:results.dimension'),
          t('report:results.you', { client: data.client.name }),
          t('report:results.peerMedian'),
          t('report:results.peerRange'),
          t('report:results.position'),
        ],
        rows: peerRows,
        styles: [S.tableText, S.tableRight, S.tableRight, S.tableCenter, S.tableText],
        totals: true,
      }),
      spacer(),
    );
  }
  return blocks;
}
