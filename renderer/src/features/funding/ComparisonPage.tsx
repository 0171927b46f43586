/** A client's funding scenarios side by side: stacked bars (aid by scheme vs net cost) and a table. */
import { Suspense, useState } from 'react';
import { lazyNamed } from '@renderer/lib/load-on-first-use';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import { formatDate, formatMoney, formatPercent } from '@shared/format';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { LoadError } from '@renderer/components/ErrorText';
import { FigureRow } from '@renderer/components/FigureRow';
import { useLoad } from '@renderer/lib/use-load';
import { SchemeBadges } from './scheme-bits';
import './funding.css';

// recharts is large: fetched only when a comparison is opened.
const ComparisonChart = lazyNamed(() => import('./ComparisonChart').then((m) => m.ComparisonChart));

export function ComparisonPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const { data, error, reload } = useLoad(() => call('funding.compareScenarios', { clientId: params.id }), [params.id]);
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <p className="loading">{t('common:loading')}</p>;

  const { client } = data;
  const rows = data.rows.filter((r) => !hidden.has(r.id));
  // The table lists every scheme selected in a shown scenario; the chart only those that pay something.
  const schemes = data.schemes.filter((s) => rows.some((r) => r.aidBySchemeCents[s.id] !== undefined));
  const paying = schemes.filter((s) => rows.some((r) => (r.aidBySchemeCents[s.id] ?? 0) > 0));
  const money = (cents: number) => formatMoney(cents, locale);

  return (
    <section className="feature-funding page funding-page" data-testid="comparison-page">
      <div className="page-head">
        <div>
          <a href={`#/clients/${client.id}`} className="back">
            ← <bdi>{displayName(client.name, t('unnamedClient'))}</bdi>
          </a>
          <h1>{t('compare.title')}</h1>
          <p className="muted">{t('compare.subtitle', { size: client.sizeClass === 'unknown' ? t('size.unknown') : t(`size.${client.sizeClass}`) })}</p>
        </div>
      </div>

      {client.sizeClass === 'unknown' && (
        <div className="notice warn" data-testid="size-missing">
          <strong>{t('size.unknownTitle')}</strong>{' '}
          {t('size.unknownNotice', { figures: client.missingSizeFigures.map((f) => t(`clients:size.figure.${f}`)).join(', ') })}{' '}
          <a href={`#/clients/${client.id}`}>{t('size.completeRecord')}</a>
        </div>
      )}

      {data.rows.some((r) => r.rulesExpired) && (
        <div className="notice warn" role="alert" data-testid="compare-rules-expired">
          <strong>{t('validity.expiredTitle')}</strong>{' '}
          {t('compare.rulesExpiredNotice', { date: formatDate(data.rows.find((r) => r.rulesExpired)?.rulesValidUntil ?? null, locale) })}
        </div>
      )}

      {data.rows.length === 0 ? (
        <p className="empty">{t('compare.empty')}</p>
      ) : (
        <>
          <fieldset className="card compare-pick">
            <legend>{t('compare.shown')}</legend>
            {data.rows.map((r) => (
              <label className="checkbox" key={r.id}>
                <input
                  type="checkbox"
                  checked={!hidden.has(r.id)}
                  onChange={(e) =>
                    setHidden((h) => {
                      const next = new Set(h);
                      if (e.target.checked) next.delete(r.id);
                      else next.add(r.id);
                      return next;
                    })
                  }
                />
                {r.name}
              </label>
            ))}
          </fieldset>

          {rows.length > 0 && (
            <div className="card">
              <h2>{t('compare.chartTitle')}</h2>
              <Suspense fallback={<div className="chart-placeholder">{t('common:loading')}</div>}>
                <ComparisonChart rows={rows} schemes={paying} />
              </Suspense>
            </div>
          )}

          {rows.length > 0 && (
            <div className="card table-scroll">
              <table className="table compare-table" data-testid="compare-table">
                <caption className="visually-hidden">{t('compare.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compare.figure')}</th>
                    {rows.map((r) => (
                      <th scope="col" className="num" key={r.id} data-testid="compare-column">
                        <a href={`#/clients/${client.id}/funding/${r.id}`}>{r.name}</a>
                        <div>
                          {r.outdated && <span className="badge warn">{t('compare.outdated')}</span>}
                          {r.rulesExpired && (
                            <span className="badge warn" data-testid="rules-expired-badge">
                              {t('compare.rulesExpired')}
                            </span>
                          )}
                          {r.unconfirmed && <span className="badge warn">{t('badge.unconfirmed')}</span>}
                        </div>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <FigureRow label={t('compare.totalCost')} columns={rows} keyOf={(r) => r.id} figure={(r) => money(r.totalCostCents)} testId="compare-cost" />
                  {schemes.map((s) => (
                    <FigureRow
                      key={s.id}
                      rowProps={{ 'data-scheme': s.id }}
                      label={
                        <>
                          {s.name[locale]} <SchemeBadges scheme={s} />
                        </>
                      }
                      columns={rows}
                      keyOf={(r) => r.id}
                      figure={(r) => (r.aidBySchemeCents[s.id] === undefined ? <span className="muted">—</span> : money(r.aidBySchemeCents[s.id]))}
                      testId={`compare-aid-${s.id}`}
                    />
                  ))}
                  <FigureRow className="total" label={t('compare.totalAid')} columns={rows} keyOf={(r) => r.id} figure={(r) => money(r.totalAidCents)} testId="compare-total-aid" />
                  <FigureRow className="total" label={t('compare.netCost')} columns={rows} keyOf={(r) => r.id} figure={(r) => money(r.netCostCents)} testId="compare-net" />
                  <FigureRow
                    label={t('compare.aidShare')}
                    columns={rows}
                    keyOf={(r) => r.id}
                    figure={(r) => (r.totalCostCents > 0 ? formatPercent(r.totalAidCents / r.totalCostCents, locale) : '—')}
                  />
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
