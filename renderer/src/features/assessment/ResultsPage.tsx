/**
 * Results of a maturity check (a finalised revision, or a preview of a draft): the overall
 * score with its level and what it means, the DMA band, confidence and answer counts, the
 * strongest and weakest dimensions, a radar (score, target, previous check), bars with the gap
 * to the target, and a table with the same figures. Charts are loaded lazily.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { FinaliseOutcome } from '@shared/contract/assessments';
import { getInstrument } from '@shared/reference/instrument';
import { DMA_BANDS, MATURITY_LEVELS, levelOf, scoreChange, scoringRules } from '@shared/domain/scoring';
import { formatDate, formatDateTime, formatDelta, formatPercent } from '@shared/format';
import type { Locale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { bandName, levelMeaning, levelName, loc, scoreText } from '@renderer/lib/check-text';
import { clearLastFinalise, peekLastFinalise } from './FinalisePage';
import type { PlugIn, ResultsSlotProps } from '@renderer/app/plug-in-props';
import { SyncBadge } from '@renderer/components/SyncBadge';
import type { DimensionPoint } from './charts';
import { radarDefinition } from '@shared/charts/radar';
import { GapBars, ResultsRadar } from './lazy-charts';
import { RadarLegend } from './RadarLegend';
import { ChartCard } from './ChartCard';
import './assessment.css';


const signed = (value: number | null, locale: Locale) => formatDelta(value, locale, '±');

/** `slots`: what other features add to the results (app/results-slots.tsx, handed over by the route). */
export function ResultsPage({ params, slots }: { params: Record<string, string>; slots: PlugIn<ResultsSlotProps>[] }) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const revision = params.revision ? Number(params.revision) : undefined;
  const loaded = useLoad(async () => {
    const view = await call('assessments.results', { id: params.id, revision });
    return { view, client: await call('clients.get', { id: view.assessment.clientId }) };
  }, [params.id, params.revision]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [sharing] = useState<FinaliseOutcome['sharing'] | null>(() => peekLastFinalise(params.id)?.sharing ?? null);
  useEffect(() => () => clearLastFinalise(params.id), [params.id]);

  if (actionError) return <ErrorText error={actionError} />;
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p className="loading">{t('common:loading')}</p>;
  const { view, client } = loaded.data;

  const { assessment, result, previous } = view;
  const instrument = getInstrument(assessment.instrumentVersion);
  const dims = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  const title = (id: string) => loc(dims.find((d) => d.id === id)!.title, locale);
  const points: DimensionPoint[] = result.dimensions.map((d) => ({
    id: d.id,
    label: title(d.id),
    score: d.score,
    target: d.target,
    previous: previous?.result.dimensions.find((p) => p.id === d.id)?.score ?? null,
  }));
  const radar = radarDefinition(
    { dimensions: points, heldOn: assessment.heldOn, previousHeldOn: previous?.heldOn ?? null, scoringVersion: result.scoringVersion, locale },
    (key, vars) => t(key, vars),
  );
  const isDraft = view.source.kind === 'draft';
  const shownRevision = view.source.kind === 'revision' ? view.source.revision : null;
  const progressIndex = view.progress.findIndex((p) => p.id === assessment.id);
  const tLabel = progressIndex >= 0 ? view.progress[progressIndex].label : null;
  const { coverage } = result;
  const titles = (ids: readonly string[]) => ids.map(title).join(', ');
  const comparison = view.comparison;
  const levelMin = scoringRules(result.scoringVersion).levelMin;

  async function edit() {
    try {
      if (assessment.status === 'finalised') await call('assessments.reopen', { id: assessment.id });
      navigate(`/checks/${assessment.id}/present`);
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <section className="feature-assessment page results-page" data-testid="results">
      <div className="page-head">
        <div>
          <a href={`#/clients/${client.id}`} className="back">
            ← <bdi>{displayName(client.name)}</bdi>
          </a>
          <h1>
            {t('results.title')} {tLabel && <span className="badge t-label">{tLabel}</span>}
          </h1>
          <p className="muted results-sub">
            {t('results.subtitle', { date: formatDate(assessment.heldOn, locale), stage: t(`stage.${assessment.stage}`) })}
            {' · '}
            {isDraft ? (
              <span className="badge warn" data-testid="draft-badge">
                {t('results.draftPreview')}
              </span>
            ) : (
              <span data-testid="revision-label">
                {t('results.revisionOf', { revision: shownRevision, date: formatDateTime(view.source.kind === 'revision' ? view.source.finalisedAt : null, locale) })}
              </span>
            )}
            {shownRevision !== null && <SyncBadge kind="assessment" recordId={assessment.id} revision={shownRevision} compact />}
          </p>
          <p className="muted results-versions" data-testid="results-versions">
            {t('results.versions', { instrument: view.versions.instrument, scoring: view.versions.scoring, fundingRules: view.versions.fundingRules })}
          </p>
        </div>
        <div className="actions">
          {view.revisions.length > 1 && (
            <label className="revision-pick">
              <span>{t('results.revision')}</span>
              <select
                value={shownRevision ?? ''}
                onChange={(e) => navigate(`/checks/${assessment.id}/results/${e.target.value}`)}
                data-testid="revision-select"
              >
                {view.revisions.map((r) => (
                  <option key={r.revision} value={r.revision}>
                    {t('results.revisionOption', { revision: r.revision, date: formatDate(r.finalisedAt, locale), score: scoreText(r.overall, locale) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {view.progress.length > 1 && (
            <a className="button-link" href={`#/clients/${client.id}/progress`} data-testid="to-progress">
              {t('progress.open')}
            </a>
          )}
          <button type="button" onClick={() => void edit()} data-testid="edit-check">
            {assessment.status === 'finalised' ? t('results.editNewRevision') : t('results.continue')}
          </button>
        </div>
      </div>

      {sharing && (
        <p className={sharing.state === 'not_shareable' ? 'notice warn' : 'notice'} role="status" data-testid="sharing-notice">
          {t(`sharing.${sharing.state}`)}
        </p>
      )}

      <div className="hero-grid">
        <div className="card hero-score">
          <span className="hero-label">{t('results.overall')}</span>
          <span className="hero-number" data-testid="overall-score">
            {scoreText(result.overall, locale)}
          </span>
          <span className="hero-of">/ 100</span>
          {result.overall !== null && !coverage.complete && (
            <span className="hero-incomplete" data-testid="overall-incomplete">
              <span className="badge warn">{t('results.incomplete', { scored: coverage.scored, total: coverage.total })}</span>{' '}
              {t('results.missing', { list: titles(coverage.missing) })}
            </span>
          )}
          {previous && comparison && (
            // The change is like for like: only the dimensions scored in both checks count.
            <span className="hero-delta" data-testid="overall-delta">
              {comparison.delta === null ? (
                <span className="hero-note">{t('results.noCommonDimension', { date: formatDate(previous.heldOn, locale) })}</span>
              ) : (
                t('results.sincePrevious', { delta: signed(comparison.delta, locale), date: formatDate(previous.heldOn, locale) })
              )}
              {comparison.delta !== null && !comparison.allDimensions && (
                <span className="hero-note" title={titles(comparison.common)}>
                  {t('results.likeForLike', { common: comparison.common.length, total: result.dimensions.length })}
                </span>
              )}
            </span>
          )}
          {previous && comparison && (!comparison.sameInstrument || !comparison.sameScoring) && (
            <span className="hero-versions muted" data-testid="versions-differ">
              {t('results.versionsDiffer', {
                instrumentBefore: previous.instrumentVersion,
                instrumentNow: view.versions.instrument,
                scoringBefore: previous.scoringVersion,
                scoringNow: view.versions.scoring,
              })}
            </span>
          )}
        </div>
        <div className="card hero-level" data-level={result.level ?? 'none'}>
          <span className="hero-label">{t('results.level')}</span>
          <strong className="hero-level-name" data-testid="overall-level">
            {levelName(t, result.level)}
          </strong>
          <p>{result.level ? levelMeaning(t, result.level) : t('results.noAnswers')}</p>
          <p className="muted">
            {t('results.dmaBand')} <strong data-testid="dma-band">{bandName(t, result.dmaBand)}</strong> ({t('results.dmaBandNote')})
          </p>
        </div>
        <div className="card hero-facts">
          <dl className="facts">
            <div>
              <dt>{t('results.strongest')}</dt>
              <dd data-testid="strongest">{result.strongest ? title(result.strongest) : '—'}</dd>
            </div>
            <div>
              <dt>{t('results.weakest')}</dt>
              <dd data-testid="weakest">{result.weakest ? title(result.weakest) : '—'}</dd>
            </div>
            <div className="wide">
              <dt>{t('results.confidence')}</dt>
              <dd data-testid="confidence">{t('results.confidenceValue', { percent: formatPercent(result.confidence, locale) })}</dd>
            </div>
          </dl>
          <ul className="count-tiles small" data-testid="counts">
            <li className="tile cell-answered">
              <strong>{result.counts.answered}</strong> {t('counts.answered', { count: result.counts.answered })}
            </li>
            <li className="tile cell-notApplicable">
              <strong>{result.counts.notApplicable}</strong> {t('counts.notApplicable', { count: result.counts.notApplicable })}
            </li>
            <li className="tile cell-unknown">
              <strong>{result.counts.unknown}</strong> {t('counts.unknown', { count: result.counts.unknown })}
            </li>
            <li className="tile cell-unanswered">
              <strong>{result.counts.unanswered}</strong> {t('counts.unanswered', { count: result.counts.unanswered })}
            </li>
          </ul>
        </div>
      </div>

      <div className="chart-grid results-charts">
        <ChartCard title={t('results.radarTitle')} testId="radar" footer={<RadarLegend chart={radar} />}>
          <ResultsRadar chart={radar} height={window.innerWidth >= 1700 ? 620 : 480} />
        </ChartCard>
        <ChartCard title={t('results.barsTitle')} testId="gap-bars">
          <GapBars points={points} labels={{ score: t('results.series.score'), gap: t('results.series.gap') }} locale={locale} />
        </ChartCard>
      </div>

      <div className="card">
        <h2>{t('results.tableTitle')}</h2>
        <table className="table results-table" data-testid="dimension-table">
          <thead>
            <tr>
              <th>{t('results.col.dimension')}</th>
              <th className="num">{t('results.col.score')}</th>
              <th>{t('results.col.level')}</th>
              <th className="num">{t('results.col.target')}</th>
              <th className="num">{t('results.col.gap')}</th>
              {previous && <th className="num">{t('results.col.previous')}</th>}
              {previous && <th className="num">{t('results.col.change')}</th>}
              <th className="num">{t('results.col.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => {
              const before = previous?.result.dimensions.find((p) => p.id === d.id)?.score ?? null;
              const change = scoreChange(before, d.score);
              return (
                <tr key={d.id} data-testid={`dim-row-${d.id}`}>
                  <th scope="row">{title(d.id)}</th>
                  <td className="num strong" data-testid={`dim-score-${d.id}`}>
                    {scoreText(d.score, locale)}
                  </td>
                  <td data-testid={`dim-level-${d.id}`}>{d.score === null ? '—' : levelName(t, levelOf(d.score, result.scoringVersion))}</td>
                  <td className="num">{scoreText(d.target, locale)}</td>
                  <td className="num">{d.gap === null ? '—' : d.gap <= 0 ? t('results.reached') : scoreText(d.gap, locale)}</td>
                  {previous && <td className="num">{scoreText(before, locale)}</td>}
                  {previous && (
                    <td className={`num ${change !== null && change > 0 ? 'up' : change !== null && change < 0 ? 'down' : ''}`} data-testid={`dim-change-${d.id}`}>
                      {signed(change, locale)}
                    </td>
                  )}
                  <td className="num muted">
                    {t('results.answeredOf', { answered: d.answered, total: d.itemCount })}
                    {d.notApplicable > 0 && ` · ${t('answer.naShort')} ${d.notApplicable}`}
                    {d.unknown > 0 && ` · ? ${d.unknown}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted small-print">
          {t('results.method')}{' '}
          {t('results.levelsRule', {
            version: result.scoringVersion,
            ...Object.fromEntries(MATURITY_LEVELS.map((l) => [l, levelName(t, l)])),
            ...Object.fromEntries(MATURITY_LEVELS.map((l) => [`${l}Min`, levelMin[l]])),
            ...Object.fromEntries(DMA_BANDS.map((b) => [b, bandName(t, b)])),
          })}
        </p>
      </div>

      {slots.map(({ id, component: Slot }) => (
        <Slot key={id} client={client} view={view} />
      ))}
    </section>
  );
}
