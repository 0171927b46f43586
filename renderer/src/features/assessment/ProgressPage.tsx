/**
 * Progress of a client across its finalised checks: T0 (before support) → T1 → T2 …, the
 * overall score on the level bands and each dimension's score at each check, with a table of
 * the same figures and the change since the first check. The overall change is like for like
 * (only dimensions scored in both checks, and it says so); an incomplete overall is marked; the
 * versions each check was made with are named, and a change of version is pointed out.
 */
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import { MATURITY_LEVELS, compareChecks, scoreChange } from '@shared/domain/scoring';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { formatDate, formatDelta } from '@shared/format';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import { LoadError } from '@renderer/components/ErrorText';
import { FigureRow } from '@renderer/components/FigureRow';
import { levelName, loc, scoreText } from '@renderer/lib/check-text';
import { ChartCard } from './ChartCard';
import { ProgressBars, ProgressLine } from './lazy-charts';
import './assessment.css';


export function ProgressPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const { data, error, reload } = useLoad(
    () => Promise.all([call('clients.get', { id: params.id }), call('assessments.progress', { clientId: params.id })]),
    [params.id],
  );

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <p className="loading">{t('common:loading')}</p>;
  const [client, points] = data;

  // Points may come from different instrument versions; dimension titles from the latest.
  const instrument = getInstrument(points[points.length - 1]?.instrumentVersion ?? CURRENT_INSTRUMENT_VERSION);
  const dims = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  const first = points[0];
  const last = points[points.length - 1];
  const signed = (v: number | null) => formatDelta(v, locale, '±');
  const titleOf = (id: string) => loc(dims.find((d) => d.id === id)?.title ?? { en: id, fr: id, de: id, lb: id }, locale);
  const overallChange = points.length > 1 ? compareChecks(first, last) : null;
  const instrumentVersions = [...new Set(points.map((p) => p.instrumentVersion))];
  const scoringVersions = [...new Set(points.map((p) => p.scoringVersion))];
  const mixedVersions = instrumentVersions.length > 1 || scoringVersions.length > 1;
  const bars = dims.map((d) => ({
    label: loc(d.title, locale),
    ...Object.fromEntries(points.map((p) => [p.label, p.dimensions.find((x) => x.id === d.id)?.score ?? null])),
  }));

  return (
    <section className="feature-assessment page progress-page" data-testid="progress">
      <a href={`#/clients/${client.id}`} className="back">
        ← <bdi>{displayName(client.name)}</bdi>
      </a>
      <h1>{t('progress.title', { client: displayName(client.name) })}</h1>
      {points.length === 0 ? (
        <p className="empty">{t('progress.none')}</p>
      ) : (
        <>
          <ol className="progress-steps" data-testid="progress-steps">
            {points.map((p) => (
              <li key={p.id}>
                <a href={`#/checks/${p.id}/results/${p.revision}`}>
                  <span className="badge t-label">{p.label}</span>
                  <strong className="progress-score">{scoreText(p.overall, locale)}</strong>
                  <span>{levelName(t, p.level)}</span>
                  {p.overall !== null && !p.coverage.complete && (
                    <span className="badge warn" data-testid={`progress-incomplete-${p.label}`} title={p.coverage.missing.map(titleOf).join(', ')}>
                      {t('results.incomplete', { scored: p.coverage.scored, total: p.coverage.total })}
                    </span>
                  )}
                  <span className="muted">{formatDate(p.heldOn, locale)}</span>
                </a>
              </li>
            ))}
          </ol>
          <p className={mixedVersions ? 'notice warn progress-note' : 'muted progress-note'} data-testid="progress-versions">
            {mixedVersions
              ? t('progress.versionsDiffer', {
                  list: points.map((p) => t('progress.versionOf', { label: p.label, instrument: p.instrumentVersion, scoring: p.scoringVersion })).join(' · '),
                })
              : t('progress.versionsSame', { instrument: instrumentVersions[0], scoring: scoringVersions[0] })}
          </p>
          {overallChange && !overallChange.allDimensions && (
            <p className="notice progress-note" data-testid="progress-like-for-like">
              {overallChange.delta === null
                ? t('progress.noCommonDimension', { from: first.label, to: last.label })
                : t('progress.likeForLike', {
                    from: first.label,
                    to: last.label,
                    common: overallChange.common.length,
                    total: dims.length,
                    left: dims
                      .filter((d) => !overallChange.common.includes(d.id))
                      .map((d) => loc(d.title, locale))
                      .join(', '),
                  })}
            </p>
          )}
          <div className="chart-grid">
            <ChartCard title={t('progress.overallTitle')}>
              <ProgressLine
                points={points.map((p) => ({ label: p.label, overall: p.overall }))}
                levelLabels={MATURITY_LEVELS.map((l) => levelName(t, l))}
                locale={locale}
                scoringVersion={last.scoringVersion}
              />
            </ChartCard>
            <ChartCard title={t('progress.dimensionsTitle')}>
              <ProgressBars rows={bars} series={points.map((p) => ({ key: p.label, label: `${p.label} · ${formatDate(p.heldOn, locale, 'short')}` }))} locale={locale} />
            </ChartCard>
          </div>
          <div className="card">
            <table className="table results-table" data-testid="progress-table">
              <thead>
                <tr>
                  <th>{t('results.col.dimension')}</th>
                  {points.map((p) => (
                    <th key={p.id} className="num">
                      {p.label}
                    </th>
                  ))}
                  {points.length > 1 && <th className="num">{t('progress.change', { from: first.label, to: last.label })}</th>}
                </tr>
              </thead>
              <tbody>
                {dims.map((d) => {
                  const scores = points.map((p) => p.dimensions.find((x) => x.id === d.id)?.score ?? null);
                  const delta = scoreChange(scores[0], scores[scores.length - 1]);
                  return (
                    <FigureRow key={d.id} label={loc(d.title, locale)} columns={scores} keyOf={(_, i) => i} figure={(s) => scoreText(s, locale)}>
                      {points.length > 1 && <td className={`num ${delta !== null && delta > 0 ? 'up' : delta !== null && delta < 0 ? 'down' : ''}`}>{signed(delta)}</td>}
                    </FigureRow>
                  );
                })}
                <FigureRow
                  className="total-row"
                  label={t('results.overall')}
                  columns={points}
                  keyOf={(p) => p.id}
                  figure={(p) => scoreText(p.overall, locale)}
                  testId={(p) => `progress-overall-${p.label}`}
                >
                  {overallChange && (
                    <td
                      className={`num ${(overallChange.delta ?? 0) > 0 ? 'up' : (overallChange.delta ?? 0) < 0 ? 'down' : ''}`}
                      data-testid="progress-overall-change"
                    >
                      {signed(overallChange.delta)}
                      {overallChange.delta !== null && !overallChange.allDimensions && '*'}
                    </td>
                  )}
                </FigureRow>
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
