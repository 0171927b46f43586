/**
 * Peer benchmark on the results screen (a RESULTS_SLOTS entry): the client's scores against
 * companies of the same NACE division and EU size class, from the portal's
 * `/api/v1/benchmarks` through `sync.benchmarks.get` (cached in the main process for offline
 * use). Shows the peer count and date; NOTHING comparative under 10 peers or when the sector or
 * size class is unknown — it says why instead. A compact table with a range strip per row is
 * clearer here than a chart library (and costs nothing to load).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { BenchmarkView } from '@shared/contract/sync';
import { sizeClassOf } from '@shared/domain/sme-size';
import { getInstrument } from '@shared/reference/instrument';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { LoadError } from '@renderer/components/ErrorText';
import type { ResultsSlotProps } from '@renderer/app/plug-in-props';
import { loc, scoreText } from '@renderer/lib/check-text';
import { describeSizeClass } from '@renderer/lib/size-class';
import { comparisonRows, isComparable, scalePercent, type ComparisonRow } from './peer-benchmark-model';
import { benchmarkRequestOf } from '@shared/domain/peer-benchmarks';
import { ensureSyncEvents, useSyncStore } from '@renderer/lib/sync-store';
import './peer-benchmark.css';

function RangeStrip({ row }: { row: ComparisonRow }) {
  const { p25, p75, median } = row.peers;
  return (
    <div className="peer-strip" aria-hidden="true">
      <span className="peer-band" style={{ left: `${scalePercent(p25)}%`, width: `${Math.max(0.5, scalePercent(p75) - scalePercent(p25))}%` }} />
      <span className="peer-median" style={{ left: `${scalePercent(median)}%` }} />
      {row.score !== null && <span className={`peer-you ${row.position ?? ''}`} style={{ left: `${scalePercent(row.score)}%` }} />}
    </div>
  );
}

export function PeerBenchmark({ client, view: results }: ResultsSlotProps) {
  const { t } = useTranslation('sync');
  const locale = useLocale();
  const request = benchmarkRequestOf(client);
  const instrumentVersion = results.assessment.instrumentVersion;
  const key = request.ok ? `${instrumentVersion}|${request.nace}|${request.sizeClass}` : '';
  const paired = useSyncStore((s) => s.status?.paired ?? null);
  const version = useSyncStore((s) => s.version);
  const [view, setView] = useState<BenchmarkView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  /** Set when an explicit update could not reach the portal and the saved copy is shown. */
  const [stale, setStale] = useState(false);

  useEffect(() => ensureSyncEvents(), []);

  function load(refresh: boolean) {
    if (!request.ok) return Promise.resolve();
    return call('sync.benchmarks.get', { instrumentVersion, nace: request.nace, sizeClass: request.sizeClass, refresh }).then(
      (v) => {
        setView(v);
        setError(null);
        setStale(refresh && v.fromCache && v.fetchedAt !== null);
      },
      setError,
    );
  }

  useEffect(() => {
    setView(null);
    setStale(false);
    void load(false);
  }, [key]);

  // Nothing known yet: try again when the sync state changes (paired, portal back).
  useEffect(() => {
    if (view?.state === 'unavailable') void load(false);
  }, [version]);

  async function refresh() {
    setRefreshing(true);
    await load(true);
    setRefreshing(false);
  }

  const sizeName = (s: string) => t(`clients:size.${s}`);
  const head = (
    <div className="peer-head">
      <h2 id="peer-benchmark-title">{t('benchmark.title')}</h2>
      {request.ok && view && (
        <button type="button" className="link" onClick={() => void refresh()} disabled={refreshing} data-testid="peer-refresh">
          {refreshing ? t('benchmark.refreshing') : t('benchmark.refresh')}
        </button>
      )}
    </div>
  );
  const frame = (state: string, body: ReactNode) => (
    <section className="feature-sync card peer-benchmark" data-testid="peer-benchmark" data-state={state} aria-labelledby="peer-benchmark-title">
      {head}
      {body}
    </section>
  );

  if (!request.ok) {
    const size = sizeClassOf(client);
    return frame(
      'missing',
      <>
        <p>{t('benchmark.missingLead')}</p>
        <ul className="peer-missing" data-testid="peer-missing">
          {request.missing.includes('nace') && <li data-missing="nace">{t('benchmark.missingNace')}</li>}
          {request.missing.includes('sizeClass') && <li data-missing="sizeClass">{describeSizeClass(size, t, locale)}</li>}
        </ul>
        <a href={`#/clients/${client.id}`}>{t('benchmark.openClient')}</a>
      </>,
    );
  }

  const filter = t('benchmark.filter', { nace: request.nace, size: sizeName(request.sizeClass) });
  if (error && !view) return frame('error', <LoadError error={error} onRetry={() => load(false)} />);
  if (!view) return frame('loading', <p className="loading">{t('benchmark.loading')}</p>);

  if (view.state === 'unavailable') {
    return frame(
      'unavailable',
      paired === false ? (
        <p className="muted">
          {t('benchmark.notPaired')} <a href="#/settings">{t('benchmark.pairLink')}</a>
        </p>
      ) : (
        <p className="muted">{t('benchmark.unreachable', { filter })}</p>
      ),
    );
  }

  const date = formatDate(view.computedAt ?? view.fetchedAt, locale);
  if (!isComparable(view)) {
    const count = view.count ?? 0;
    return frame(
      'too_few',
      <>
        <p data-testid="peer-too-few" data-count={count}>
          {count === 0 ? t('benchmark.tooFewNone', { filter }) : t('benchmark.tooFew', { count, filter })}
        </p>
        <p className="muted small-print">{t('benchmark.asOfLine', { date })}</p>
      </>,
    );
  }

  const instrument = getInstrument(instrumentVersion);
  const dims = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  const rows = comparisonRows(view, results.result, dims.map((d) => d.id));
  const title = (id: string) => (id === 'overall' ? t('benchmark.overall') : loc(dims.find((d) => d.id === id)!.title, locale));

  return frame(
    'ok',
    <>
      <p className="peer-basis" data-testid="peer-basis">
        <strong data-testid="peer-count">{t('benchmark.basis', { count: view.count, filter })}</strong>
        <span className="muted"> · {t('benchmark.asOf', { date })}</span>
      </p>
      {stale && (
        <p className="notice warn" role="status" data-testid="peer-stale">
          {t('benchmark.stale', { date: formatDate(view.fetchedAt, locale) })}
        </p>
      )}
      <table className="table peer-table" data-testid="peer-table">
        <thead>
          <tr>
            <th>{t('benchmark.col.dimension')}</th>
            <th className="num peer-client-col">{displayName(client.name, t('benchmark.col.client'))}</th>
            <th className="num">{t('benchmark.col.median')}</th>
            <th className="num">{t('benchmark.col.range')}</th>
            <th className="num">{t('benchmark.col.mean')}</th>
            <th className="peer-strip-col">
              <span className="visually-hidden">{t('benchmark.col.strip')}</span>
              <span className="peer-scale" aria-hidden="true">
                <span>0</span>
                <span>50</span>
                <span>100</span>
              </span>
            </th>
            <th>{t('benchmark.col.position')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === 'overall' ? 'peer-overall' : undefined} data-testid={`peer-row-${row.id}`} data-position={row.position ?? 'none'}>
              <th scope="row">{title(row.id)}</th>
              <td className="num strong">{scoreText(row.score, locale)}</td>
              <td className="num">{scoreText(row.peers.median, locale)}</td>
              <td className="num peer-range">
                {scoreText(row.peers.p25, locale)} – {scoreText(row.peers.p75, locale)}
              </td>
              <td className="num muted">{scoreText(row.peers.mean, locale)}</td>
              <td className="peer-strip-col">
                <RangeStrip row={row} />
              </td>
              <td className={`peer-position ${row.position ?? ''}`}>{row.position ? t(`benchmark.position.${row.position}`) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="peer-legend muted" aria-hidden="true">
        <span>
          <span className="peer-key band" /> {t('benchmark.legend.band')}
        </span>
        <span>
          <span className="peer-key median" /> {t('benchmark.legend.median')}
        </span>
        <span>
          <span className="peer-key you" /> {displayName(client.name, t('benchmark.col.client'))}
        </span>
      </p>
      <p className="muted small-print">
        {t('benchmark.method')} {view.fetchedAt && t('benchmark.kept', { date: formatDate(view.fetchedAt, locale) })}
      </p>
    </>,
  );
}
