/**
 * One funding scenario: typed cost lines, the schemes picked, prior de minimis aid, and the aid
 * per line and per scheme with the rule behind each figure. Every edit is saved at once; the
 * figures shown are the ones the main process computed with the scenario's pinned rules.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { FundingCostLine, ScenarioView } from '@shared/contract/funding';
import type { Scheme } from '@shared/reference/schemes/types';
import { formatDate, formatDateTime, formatMoney } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { TextField } from '@renderer/components/fields';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { schemeNameLookup, type TextContext } from './funding-text';
import { useFundingError } from './scheme-bits';
import { AddLine, CostLineRow, type Patch } from './scenario-lines';
import { SchemePicker, SchemeResults } from './scenario-schemes';
import { DeMinimis, Summary } from './scenario-totals';
import './funding.css';

function useTextContext(schemes: readonly Scheme[]): TextContext {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  return useMemo(() => ({ t, locale, schemeName: schemeNameLookup(schemes, locale, t) }), [schemes, locale, t]);
}

export function ScenarioPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const fundingError = useFundingError();
  const loaded = useLoad(() => Promise.all([call('funding.getScenario', { id: params.scenarioId }), call('funding.listSchemes', {})]), [params.scenarioId]);
  const catalogue = loaded.data?.[1] ?? null;
  // The screen's copy of the scenario: changed at once by an edit, then by the main process's answer.
  const [view, setView] = useState<ScenarioView | null>(null);
  const [failure, setFailure] = useState<{ where: string; message: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const latest = useRef(0);
  const id = params.scenarioId;

  useEffect(() => {
    if (loaded.data) setView(loaded.data[0]);
  }, [loaded.data]);

  /**
   * Saves one change. The screen is updated at once (so a field never jumps back while typing),
   * then replaced by the main process's answer — only the answer to the latest change is used.
   */
  function save(where: string, run: () => Promise<ScenarioView>, optimistic?: (v: ScenarioView) => ScenarioView) {
    const n = ++latest.current;
    if (optimistic) setView((v) => (v ? optimistic(v) : v));
    trackSave(run).then(
      (v) => {
        if (n === latest.current) setView(v);
        setFailure(null);
      },
      (error) => {
        setFailure({ where, message: fundingError(error) });
        void loaded.reload();
      },
    );
  }

  const ctx = useTextContext(view?.schemes ?? []);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!view || !catalogue) return <p className="loading">{t('common:loading')}</p>;

  const { scenario, client, result } = view;
  const failureAt = (where: string) => (failure?.where === where ? <p className="error-text" role="alert">{failure.message}</p> : null);
  const money = (cents: number) => formatMoney(cents, locale);
  const size = client.sizeClass === 'unknown' ? null : client.sizeClass;

  const updateLine = (line: FundingCostLine, patch: Patch) =>
    save(
      `line:${line.id}`,
      () => call('funding.updateCostLine', { scenarioId: id, lineId: line.id, patch }),
      (v) => ({ ...v, scenario: { ...v.scenario, costLines: v.scenario.costLines.map((l) => (l.id === line.id ? { ...l, ...patch } : l)) } }),
    );

  return (
    <section className="feature-funding page funding-page" data-testid="scenario-page">
      <div className="page-head">
        <div>
          <a href={`#/clients/${client.id}`} className="back">
            ← <bdi>{displayName(client.name, t('unnamedClient'))}</bdi>
          </a>
          <h1 data-testid="scenario-title">{scenario.name}</h1>
          <p className="muted">{t('scenario.subtitle')}</p>
        </div>
        <div className="actions">
          <a className="button-link" href={`#/clients/${client.id}/funding`} data-testid="open-comparison">
            {t('scenario.compare')}
          </a>
          <button
            type="button"
            data-testid="duplicate-scenario"
            onClick={() =>
              trackSave(() => call('funding.duplicateScenario', { id, name: t('scenario.copyName', { name: scenario.name }).slice(0, 200) })).then(
                (copy) => navigate(`/clients/${client.id}/funding/${copy.scenario.id}`),
                (error) => setFailure({ where: 'head', message: fundingError(error) }),
              )
            }
          >
            {t('scenario.duplicate')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)} data-testid="delete-scenario">
            {t('scenario.delete')}
          </button>
        </div>
      </div>
      {failureAt('head')}

      <AwaitingValid scope="">
        <Summary view={view} />
      </AwaitingValid>

      {result.validity?.expired && (
        <div className="notice warn" role="alert" data-testid="rules-expired">
          <strong>{t('validity.expiredTitle')}</strong> {t('validity.expired', { date: formatDate(result.validity.validUntil, locale) })}
        </div>
      )}

      {view.outdated && (
        <div className="notice warn" data-testid="outdated-notice">
          <h2>{t('outdated.title')}</h2>
          <p>{t('outdated.explain', { date: formatDateTime(scenario.rulesTakenAt, locale) })}</p>
          <ul>
            {view.outdated.notices.map((n) => (
              <li key={n.schemeId}>
                {n.currentRevision === null
                  ? t('outdated.removed', { scheme: ctx.schemeName(n.schemeId) })
                  : n.changedBy
                    ? t('outdated.changed', {
                        scheme: ctx.schemeName(n.schemeId),
                        used: n.usedRevision,
                        current: n.currentRevision,
                        by: n.changedBy,
                        date: formatDateTime(n.changedAt, locale),
                      })
                    : t('outdated.newSet', { scheme: ctx.schemeName(n.schemeId), version: view.outdated!.currentSetVersion })}
              </li>
            ))}
          </ul>
          <p>
            {t('outdated.withCurrent', {
              aid: money(view.outdated.withCurrentRules.totalAidCents),
              net: money(view.outdated.withCurrentRules.netCostCents),
            })}
          </p>
          <button type="button" className="primary" data-testid="recompute" onClick={() => save('outdated', () => call('funding.recomputeScenario', { id }))}>
            {t('outdated.recompute')}
          </button>
          {failureAt('outdated')}
        </div>
      )}

      {size === null ? (
        <div className="notice warn" data-testid="size-missing">
          <strong>{t('size.unknownTitle')}</strong>{' '}
          {t('size.unknownNotice', { figures: client.missingSizeFigures.map((f) => t(`clients:size.figure.${f}`)).join(', ') })}{' '}
          <a href={`#/clients/${client.id}`} data-testid="complete-client">
            {t('size.completeRecord')}
          </a>
        </div>
      ) : (
        <p className="size-line" data-testid="scenario-size" data-size={size}>
          {t('size.known', { size: t(`size.${size}`) })}{' '}
          <a href={`#/clients/${client.id}`}>{t('size.seeRecord')}</a>
        </p>
      )}

      <fieldset className="card scenario-card">
        <legend>{t('scenario.settings')}</legend>
        <TextField
          label={t('scenario.name')}
          value={scenario.name}
          maxLength={200}
          testId="scenario-name"
          error={failure?.where === 'name' ? failure.message : null}
          onSave={(name) => {
            if (!name.trim()) return setFailure({ where: 'name', message: t('errors.nameRequired') });
            save('name', () => call('funding.updateScenario', { id, patch: { name } }), (v) => ({ ...v, scenario: { ...v.scenario, name: name.trim() } }));
          }}
        />
        {view.schemes.some((s) => s.collaborationBonus) && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={scenario.collaboration}
              data-testid="collaboration"
              onChange={(e) => save('collaboration', () => call('funding.updateScenario', { id, patch: { collaboration: e.target.checked } }))}
            />
            {t('scenario.collaboration')}
          </label>
        )}
      </fieldset>
      {failureAt('collaboration')}

      <section className="card" aria-labelledby="lines-title">
        <h2 id="lines-title">{t('lines.title')}</h2>
        <p className="muted">{t('lines.hint')}</p>
        {scenario.costLines.length === 0 && <p className="empty">{t('lines.empty')}</p>}
        {scenario.costLines.map((line) => (
          <CostLineRow
            key={line.id}
            line={line}
            outcome={result.perLine.find((o) => o.lineId === line.id)}
            ctx={ctx}
            onChange={(patch) => updateLine(line, patch)}
            onRemove={() =>
              save(`line:${line.id}`, () => call('funding.removeCostLine', { scenarioId: id, lineId: line.id }), (v) => ({
                ...v,
                scenario: { ...v.scenario, costLines: v.scenario.costLines.filter((l) => l.id !== line.id) },
              }))
            }
            failure={failureAt(`line:${line.id}`)}
          />
        ))}
        <AddLine onAdd={(type) => save('add', () => call('funding.addCostLine', { scenarioId: id, line: { type } }))} />
        {failureAt('add')}
      </section>

      <SchemePicker
        catalogue={catalogue}
        view={view}
        onChange={(schemeIds) => save('schemes', () => call('funding.selectSchemes', { id, schemeIds }), (v) => ({ ...v, scenario: { ...v.scenario, schemeIds } }))}
      />
      {failureAt('schemes')}

      <SchemeResults view={view} ctx={ctx} />
      <DeMinimis
        view={view}
        failure={failureAt('prior')}
        onPrior={(v) =>
          save('prior', () => call('funding.updateScenario', { id, patch: { priorDeMinimisCents: v } }), (x) => ({
            ...x,
            scenario: { ...x.scenario, priorDeMinimisCents: v },
          }))
        }
      />

      {confirmDelete && (
        <ConfirmDialog
          title={t('scenario.deleteTitle', { name: scenario.name })}
          confirmLabel={t('scenario.deleteConfirm')}
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() =>
            void trackSave(() => call('funding.deleteScenario', { id })).then(
              () => navigate(`/clients/${client.id}`),
              (error) => {
                setConfirmDelete(false);
                setFailure({ where: 'head', message: fundingError(error) });
              },
            )
          }
        >
          <p>{t('scenario.deleteExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
