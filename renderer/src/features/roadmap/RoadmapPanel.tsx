/** The client page's "Roadmaps" section: the client's roadmaps and "generate from a finalised check". */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROADMAP_HORIZONS, type RoadmapHorizon } from '@shared/domain/roadmap';
import { formatDate, formatMoney, formatNumber, formatScore } from '@shared/format';
import { ErrorMessage, LoadError } from '@renderer/components/ErrorText';
import { LoadedList, RecordTable } from '@renderer/components/RecordTable';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import type { ClientPanelProps } from '@renderer/app/plug-in-props';
import { SyncBadge } from '@renderer/components/SyncBadge';
import { useRoadmapError } from './roadmap-bits';
import './roadmap.css';

export function RoadmapPanel({ client }: ClientPanelProps) {
  const { t } = useTranslation('roadmap');
  const locale = useLocale();
  const errorText = useRoadmapError();
  const loaded = useLoad(
    () => Promise.all([call('roadmaps.list', { clientId: client.id }), call('roadmaps.sources', { clientId: client.id })]),
    [client.id],
  );
  const [list, sources] = loaded.data ?? [undefined, []];
  const [picked, setSource] = useState('');
  // The latest finalised check until the advisor picks another.
  const source = picked || (sources[0] ? `${sources[0].assessmentId}:${sources[0].revision}` : '');
  const [horizon, setHorizon] = useState<RoadmapHorizon>(18);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function generate() {
    const [assessmentId, revision] = source.split(':');
    if (!assessmentId) return;
    setBusy(true);
    try {
      const view = await trackSave(() =>
        call('roadmaps.generate', { clientId: client.id, assessmentId, assessmentRevision: Number(revision), horizonMonths: horizon }),
      );
      navigate(`/roadmaps/${view.id}`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <section className="feature-roadmap card roadmap-panel" data-testid="roadmap-panel" aria-labelledby="roadmap-panel-title">
      <div className="panel-head">
        <h2 id="roadmap-panel-title">{t('panel.title')}</h2>
      </div>
      <LoadedList items={list} empty={t('panel.empty')}>
        {(rows) => (
          <RecordTable
            columns={[
              { label: t('panel.roadmap') },
              { label: t('panel.status') },
              { label: t('panel.initiatives'), num: true },
              { label: t('totals.cost'), num: true },
            ]}
            rows={rows}
          >
            {(r) => (
              <tr key={r.id} data-testid="roadmap-row">
                <td>
                  <a href={`#/roadmaps/${r.id}`} data-testid="roadmap-link">
                    {t('panel.name', { date: formatDate(r.checkHeldOn, locale), months: r.horizonMonths })}
                  </a>{' '}
                  <span className="badge">{t('revision.short', { revision: r.revision })}</span>
                </td>
                <td>
                  <span className={`badge status-${r.status}`}>{t(`status.${r.status}`)}</span>
                  {r.status === 'signed_off' && <SyncBadge kind="roadmap" recordId={r.id} revision={r.revision} compact />}
                  {r.signOff && (
                    <span className="muted small">
                      {' '}
                      {t('panel.signedBy', { name: r.signOff.managerName, date: formatDate(r.signOff.signedOn, locale) })}
                    </span>
                  )}
                </td>
                <td className="num">{formatNumber(r.initiativeCount, locale, 0)}</td>
                <td className="num">{formatMoney(r.totalCostCents, locale)}</td>
              </tr>
            )}
          </RecordTable>
        )}
      </LoadedList>
      {sources.length === 0 ? (
        <p className="muted" data-testid="roadmap-no-check">
          {t('panel.noCheck')}
        </p>
      ) : (
        <form
          className="inline-form roadmap-generate"
          onSubmit={(e) => {
            e.preventDefault();
            void generate();
          }}
        >
          <label className="field">
            <span>{t('panel.from')}</span>
            <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="roadmap-source">
              {sources.map((s) => (
                <option key={`${s.assessmentId}:${s.revision}`} value={`${s.assessmentId}:${s.revision}`}>
                  {t('panel.check', {
                    date: formatDate(s.heldOn, locale),
                    revision: s.revision,
                    score: formatScore(s.overall, locale),
                  })}
                </option>
              ))}
            </select>
          </label>
          <div className="field horizon-choice" role="radiogroup" aria-labelledby="roadmap-horizon-label">
            <span id="roadmap-horizon-label" className="horizon-label">
              {t('panel.horizon')}
            </span>
            <div className="horizon-options">
              {ROADMAP_HORIZONS.map((h) => (
                <label key={h} className="radio">
                  <input type="radio" name="horizon" value={h} checked={horizon === h} onChange={() => setHorizon(h)} data-testid={`horizon-${h}`} />
                  {t('months', { count: h })}
                </label>
              ))}
            </div>
          </div>
          <button type="submit" className="primary" disabled={busy || !source} data-testid="roadmap-generate">
            {t('panel.generate')}
          </button>
        </form>
      )}
      <LoadError error={loaded.error} onRetry={loaded.reload} message={errorText} />
      <ErrorMessage message={error} />
    </section>
  );
}
