/** The client page's "Funding scenarios" section: the client's scenarios and "new scenario". */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/format';
import { ErrorMessage, LoadError } from '@renderer/components/ErrorText';
import { LoadedList, RecordTable } from '@renderer/components/RecordTable';
import { call, onEvent } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import type { ClientPanelProps } from '@renderer/app/plug-in-props';
import { useFundingError } from './scheme-bits';
import './funding.css';

export function FundingPanel({ client }: ClientPanelProps) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const fundingError = useFundingError();
  const { data: list, error: loadError, reload } = useLoad(() => call('funding.listScenarios', { clientId: client.id }), [client.id]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Reloaded when the client's record is saved: its size class (and so the aid) may change.
  useEffect(
    () =>
      onEvent((e) => {
        if (e.type === 'changed' && e.entity === 'client' && e.id === client.id) void reload();
      }),
    [client.id, reload],
  );

  async function create() {
    const trimmed = name.trim() || t('panel.defaultName', { n: (list?.length ?? 0) + 1 });
    try {
      const v = await trackSave(() => call('funding.createScenario', { clientId: client.id, name: trimmed }));
      navigate(`/clients/${client.id}/funding/${v.scenario.id}`);
    } catch (e) {
      setError(fundingError(e));
    }
  }

  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <section className="feature-funding card funding-panel" data-testid="funding-panel" aria-labelledby="funding-panel-title">
      <div className="panel-head">
        <h2 id="funding-panel-title">{t('panel.title')}</h2>
        {list && list.length > 0 && (
          <a href={`#/clients/${client.id}/funding`} data-testid="compare-scenarios">
            {t('panel.compare', { count: list.length })}
          </a>
        )}
      </div>
      <LoadedList items={list} empty={t('panel.empty')}>
        {(rows) => (
          <RecordTable
            columns={[
              { label: t('panel.name') },
              { label: t('summary.totalCost'), num: true },
              { label: t('summary.aid'), num: true },
              { label: t('summary.netCost'), num: true },
            ]}
            rows={rows}
          >
            {(s) => (
              <tr key={s.id} data-testid="scenario-row">
                <td>
                  <a href={`#/clients/${client.id}/funding/${s.id}`} data-testid="scenario-link">
                    {s.name}
                  </a>
                  {s.outdated && <span className="badge warn">{t('compare.outdated')}</span>}
                  {s.rulesExpired && (
                    <span className="badge warn" data-testid="rules-expired-badge">
                      {t('compare.rulesExpired')}
                    </span>
                  )}
                  {s.status === 'size_unknown' && <span className="badge size-unknown">{t('clients:size.unknown')}</span>}
                </td>
                <td className="num">{money(s.totalCostCents)}</td>
                <td className="num">{money(s.totalAidCents)}</td>
                <td className="num">{money(s.netCostCents)}</td>
              </tr>
            )}
          </RecordTable>
        )}
      </LoadedList>
      <form
        className="inline-form new-scenario"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="visually-hidden" htmlFor="new-scenario-name">
          {t('panel.newName')}
        </label>
        <input
          id="new-scenario-name"
          value={name}
          maxLength={200}
          placeholder={t('panel.newName')}
          onChange={(e) => setName(e.target.value)}
          data-testid="new-scenario-name"
        />
        <button type="submit" className="primary" data-testid="new-scenario">
          {t('panel.new')}
        </button>
      </form>
      <LoadError error={loadError} onRetry={reload} message={fundingError} />
      <ErrorMessage message={error} />
    </section>
  );
}
