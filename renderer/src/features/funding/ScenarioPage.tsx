/**
 * One funding scenario: typed cost lines, the schemes picked, prior de minimis aid, and the aid
 * per line and per scheme with the rule behind each figure. Every edit is saved at once; the
 * figures shown are the ones the main process computed with the scenario's pinned rules.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { FundingCostLine, ScenarioView, SchemeCatalogue, SchemeEntry } from '@shared/contract/funding';
import type { LineOutcome } from '@shared/domain/funding';
import { COST_TYPES, type CostType, type Scheme } from '@shared/reference/schemes/types';
import type { SizeClass } from '@shared/domain/sme-size';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { NumberField, SelectField, TextField } from '@renderer/components/fields';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { useInvalidFields } from '@renderer/lib/save-state';
import { costTypeList, ruleSentence, schemeNameLookup, type TextContext } from './funding-text';
import { SchemeBadges, SchemeSources, useFundingError } from './scheme-bits';
import './funding.css';

type Patch = Partial<Omit<FundingCostLine, 'id'>>;

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

function Summary({ view }: { view: ScenarioView }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const { result } = view;
  const share = result.totalCostCents > 0 ? result.totalAidCents / result.totalCostCents : null;
  return (
    <dl className="funding-summary" data-testid="summary">
      <div>
        <dt>{t('summary.totalCost')}</dt>
        <dd data-testid="total-cost">{formatMoney(result.totalCostCents, locale)}</dd>
      </div>
      <div className="aid">
        <dt>{t('summary.aid')}</dt>
        <dd data-testid="total-aid">{formatMoney(result.totalAidCents, locale)}</dd>
        {/* A <dl> holds only dt/dd groups (axe definition-list): the share is a second description. */}
        {share !== null && <dd className="muted share">{t('summary.share', { percent: formatPercent(share, locale) })}</dd>}
      </div>
      <div className="net">
        <dt>{t('summary.netCost')}</dt>
        <dd data-testid="net-cost">{formatMoney(result.netCostCents, locale)}</dd>
      </div>
      <div>
        <dt>{t('summary.headroom')}</dt>
        <dd data-testid="headroom">{formatMoney(result.deMinimis.headroomCents, locale)}</dd>
      </div>
    </dl>
  );
}

function CostLineRow({
  line,
  outcome,
  ctx,
  onChange,
  onRemove,
  failure,
}: {
  line: FundingCostLine;
  outcome: LineOutcome | undefined;
  ctx: TextContext;
  onChange: (patch: Patch) => void;
  onRemove: () => void;
  failure: ReactNode;
}) {
  const { t, locale } = ctx;
  const invalidFields = useInvalidFields(''); // the line's rules wait for valid values, like its aid
  const priced = line.type === 'compute' && line.gpuHours !== null && line.pricePerGpuHourCents !== null;
  return (
    <div className="cost-line" data-testid="cost-line" data-type={line.type}>
      <div className="cost-line-fields">
        <SelectField<CostType>
          label={t('lines.type')}
          value={line.type}
          testId="line-type"
          options={COST_TYPES.map((c) => ({ value: c, label: t(`costType.${c}`) }))}
          onSave={(type) => onChange(type === 'compute' ? { type } : { type, gpuHours: null, pricePerGpuHourCents: null })}
        />
        <TextField label={t('lines.label')} value={line.label} maxLength={200} testId="line-label" onSave={(label) => onChange({ label })} />
        {line.type === 'compute' && (
          <>
            <NumberField
              label={t('lines.gpuHours')}
              value={line.gpuHours}
              max={1_000_000_000}
              testId="line-gpu-hours"
              onSave={(gpuHours) => onChange({ gpuHours })}
            />
            <NumberField
              label={t('lines.pricePerGpuHour')}
              money
              min={0.01}
              max={10_000_000_000}
              value={line.pricePerGpuHourCents}
              testId="line-gpu-price"
              onSave={(pricePerGpuHourCents) => onChange({ pricePerGpuHourCents })}
            />
          </>
        )}
        {priced ? (
          <div className="field">
            <span className="field-label">{t('lines.amount')}</span>
            <output className="computed-amount" data-testid="line-amount-computed">
              {formatMoney(outcome?.amountCents ?? null, locale)}
            </output>
          </div>
        ) : (
          <NumberField
            label={t('lines.amount')}
            money
            max={10_000_000_000}
            value={line.amountCents}
            testId="line-amount"
            hint={line.type === 'compute' ? t('lines.computeHint') : undefined}
            onSave={(v) => onChange({ amountCents: v ?? 0 })}
          />
        )}
      </div>
      <div className="cost-line-outcome">
        <AwaitingValid scope="" inline>
          <div>
            <span className="muted">{t('lines.aid')}</span>
            <strong data-testid="line-aid">{formatMoney(outcome?.aidCents ?? 0, locale)}</strong>
          </div>
          <div>
            <span className="muted">{t('lines.net')}</span>
            <span data-testid="line-net">{formatMoney(outcome?.netCents ?? line.amountCents, locale)}</span>
          </div>
        </AwaitingValid>
        <button type="button" className="link" onClick={onRemove} data-testid="remove-line">
          {t('lines.remove')}
        </button>
      </div>
      {outcome && outcome.rules.length > 0 && invalidFields.length === 0 && (
        <ul className="rules" data-testid="line-rules">
          {outcome.rules.map((r, i) => (
            <li key={i} className={`rule rule-${r.code}`}>
              {ruleSentence(r, 'line', ctx)}
            </li>
          ))}
        </ul>
      )}
      {failure}
    </div>
  );
}

function AddLine({ onAdd }: { onAdd: (type: CostType) => void }) {
  const { t } = useTranslation('funding');
  const [type, setType] = useState<CostType>('diagnostic_consultancy');
  return (
    <div className="add-line">
      <label className="visually-hidden" htmlFor="new-line-type">
        {t('lines.newType')}
      </label>
      <select id="new-line-type" value={type} onChange={(e) => setType(e.target.value as CostType)} data-testid="new-line-type">
        {COST_TYPES.map((c) => (
          <option key={c} value={c}>
            {t(`costType.${c}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onAdd(type)} data-testid="add-line">
        + {t('lines.add')}
      </button>
    </div>
  );
}

/** Key figures of a scheme for the client's size class: "50 % · plafond 50 000 € · forfait 5 000 €". */
function schemeFigures(scheme: Scheme, size: SizeClass | null, t: TextContext['t'], locale: TextContext['locale']): string {
  const parts: string[] = [];
  if (size) {
    const intensity = scheme.intensityBySize[size];
    if (intensity === null) return t('schemes.notForSize', { size: t(`size.${size}`) });
    if (scheme.flatGrantCents === undefined || scheme.flatGrantCostTypes) parts.push(formatPercent(intensity, locale));
    const cap = scheme.capCentsBySize[size];
    parts.push(cap === null ? t('schemes.noCap') : t('schemes.cap', { cap: formatMoney(cap, locale) }));
  }
  if (scheme.flatGrantCents !== undefined) parts.push(t('schemes.flat', { amount: formatMoney(scheme.flatGrantCents, locale) }));
  // A project range decides eligibility as much as the rate: show it on the card (SME Package: €6,650–25,000).
  if (scheme.minProjectCents !== undefined || scheme.maxProjectCents !== undefined) {
    parts.push(t('schemes.project', { min: formatMoney(scheme.minProjectCents ?? 0, locale), max: formatMoney(scheme.maxProjectCents ?? null, locale) }));
  }
  parts.push(t('schemes.costs', { types: costTypeList(scheme.eligibleCostTypes, t) }));
  return parts.join(' · ');
}

function SchemePicker({ catalogue, view, onChange }: { catalogue: SchemeCatalogue; view: ScenarioView; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const selected = view.scenario.schemeIds;
  const size = view.client.sizeClass === 'unknown' ? null : view.client.sizeClass;
  // A scheme and its variants are alternatives (e.g. Fit 4 AI as announced / as on guichet.lu).
  const groups = useMemo(() => {
    const out = new Map<string, SchemeEntry[]>();
    for (const entry of catalogue.schemes) {
      const root = entry.scheme.variantOf ?? entry.scheme.id;
      out.set(root, [...(out.get(root) ?? []), entry]);
    }
    return [...out.values()];
  }, [catalogue]);

  function toggle(entry: SchemeEntry, group: SchemeEntry[], checked: boolean) {
    const siblings = new Set(group.map((g) => g.scheme.id));
    const id = entry.scheme.id;
    onChange(checked ? [...selected.filter((s) => !siblings.has(s)), id] : selected.filter((s) => s !== id));
  }

  return (
    <section className="card" aria-labelledby="schemes-title">
      <h2 id="schemes-title">{t('schemes.title')}</h2>
      <p className="muted">
        {t('schemes.hint', { version: catalogue.version, date: formatDate(catalogue.checkedOn, locale) })}{' '}
        <span data-testid="rules-valid-until">{t('validity.until', { date: formatDate(view.result.validity?.validUntil ?? catalogue.validUntil, locale) })}</span>
      </p>
      <div className="scheme-groups">
        {groups.map((group) => (
          <div className={group.length > 1 ? 'scheme-group variants' : 'scheme-group'} key={group[0].scheme.id}>
            {group.length > 1 && <p className="group-hint">{t('schemes.pickOne')}</p>}
            {group.map((entry, index) => {
              const s = entry.scheme;
              const pinned = view.scenario.schemeRevisions[s.id];
              const isSelected = selected.includes(s.id);
              return (
                <div className={isSelected ? 'scheme-option selected' : 'scheme-option'} key={s.id}>
                  <label>
                    <input type="checkbox" checked={isSelected} onChange={(e) => toggle(entry, group, e.target.checked)} data-testid={`scheme-${s.id}`} />
                    <span className="scheme-name">{s.name[locale]}</span>
                    {group.length > 1 && (
                      // The first reading of a group is the default (the confirmed one in 2026.2).
                      <span className={index === 0 ? 'badge reading-default' : 'badge'} data-testid={index === 0 ? 'default-reading' : 'variant-reading'}>
                        {t(index === 0 ? 'schemes.defaultReading' : 'schemes.variantReading')}
                      </span>
                    )}
                    <SchemeBadges scheme={s} overridden={entry.overridden} />
                    {isSelected && pinned !== undefined && pinned !== s.revision && (
                      <span className="badge">{t('schemes.usesRevision', { revision: pinned })}</span>
                    )}
                  </label>
                  <p className="scheme-figures">{schemeFigures(s, size, t, locale)}</p>
                  <details>
                    <summary>{t('schemes.details')}</summary>
                    <p>{s.description[locale]}</p>
                    <SchemeSources scheme={s} />
                  </details>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

function SchemeResults({ view, ctx }: { view: ScenarioView; ctx: TextContext }) {
  const { t, locale } = ctx;
  const { result } = view;
  const byId = new Map(view.schemes.map((s) => [s.id, s]));
  // Size and expiry have their own notices at the top of the page.
  const warnings = result.warnings.filter((w) => w.code !== 'size_unknown' && w.code !== 'rules_expired');
  return (
    <section className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      {result.perScheme.length === 0 ? (
        <p className="empty">{t('results.noScheme')}</p>
      ) : (
        <table className="table scheme-results">
          <thead>
            <tr>
              <th>{t('results.scheme')}</th>
              <th className="num">{t('results.aid')}</th>
              <th>{t('results.how')}</th>
            </tr>
          </thead>
          <tbody>
            {result.perScheme.map((o) => {
              const scheme = byId.get(o.schemeId);
              return (
                <tr key={o.schemeId} data-testid="scheme-result" data-scheme={o.schemeId}>
                  <td>
                    <strong>{ctx.schemeName(o.schemeId)}</strong>
                    {scheme && (
                      <div>
                        <SchemeBadges scheme={scheme} />
                      </div>
                    )}
                  </td>
                  <td className="num" data-testid="scheme-aid">
                    {o.eligible ? formatMoney(o.aidCents, locale) : <span className="muted">{t('results.notEligible')}</span>}
                  </td>
                  <td>
                    <ul className="rules">
                      {o.rules.filter((r) => r.code !== 'unconfirmed').map((r, i) => (
                        <li key={i} className={`rule rule-${r.code}`}>
                          {ruleSentence(r, 'scheme', ctx)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('results.totalAid')}</th>
              <td className="num">
                <strong>{formatMoney(result.totalAidCents, locale)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {warnings.length > 0 && (
        <div className="notice warn" data-testid="warnings">
          <h3>{t('results.warnings')}</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{ruleSentence(w, 'warning', ctx)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function DeMinimis({ view, onPrior, failure }: { view: ScenarioView; onPrior: (cents: number) => void; failure: ReactNode }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const d = view.result.deMinimis;
  return (
    <section className="card de-minimis" aria-labelledby="de-minimis-title">
      <h2 id="de-minimis-title">{t('deMinimis.title')}</h2>
      <p className="muted">{t('deMinimis.explain', { ceiling: formatMoney(d.ceilingCents, locale) })}</p>
      <div className="de-minimis-body">
        <NumberField
          label={t('deMinimis.prior')}
          hint={t('deMinimis.priorHint')}
          money
          max={10_000_000_000}
          value={view.scenario.priorDeMinimisCents}
          testId="prior-de-minimis"
          onSave={(v) => onPrior(v ?? 0)}
        />
        <dl className="facts" data-testid="de-minimis">
          <dt>{t('deMinimis.ceiling')}</dt>
          <dd>{formatMoney(d.ceilingCents, locale)}</dd>
          <dt>{t('deMinimis.prior')}</dt>
          <dd>{formatMoney(d.priorCents, locale)}</dd>
          <dt>{t('deMinimis.used')}</dt>
          <dd>{formatMoney(d.usedByScenarioCents, locale)}</dd>
          <dt>{t('deMinimis.headroom')}</dt>
          <dd>
            <strong>{formatMoney(d.headroomCents, locale)}</strong>
            {d.exceeded && <span className="badge danger">{t('deMinimis.exceeded')}</span>}
          </dd>
        </dl>
      </div>
      {failure}
    </section>
  );
}
