/**
 * Settings → "Funding schemes": each scheme's figures as in force, editable when the agency
 * publishes new rules. Saving records a new revision (who, when, old → new) shown in the history;
 * scenarios computed earlier keep their revision until the advisor recomputes them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeEntry, SchemePatchInput } from '@shared/contract/funding';
import { COST_TYPES, type CostType, type Scheme } from '@shared/reference/schemes/types';
import { diffScheme } from '@shared/reference/schemes';
import { SIZE_CLASSES } from '@shared/domain/sme-size';
import { formatDate, formatDateTime } from '@shared/format';
import { call } from '@renderer/lib/api';
import { trackSave } from '@renderer/lib/save-state';
import { useLoad } from '@renderer/lib/use-load';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { DateField, NumberField, TextField } from '@renderer/components/fields';
import { ErrorMessage, LoadError } from '@renderer/components/ErrorText';
import { changeSentence, fieldLabel } from './funding-text';
import { SchemeBadges, SchemeSources, useFundingError } from './scheme-bits';
import './funding.css';

/** Fields the form edits (texts in four languages and sources stay as shipped). */
const EDITABLE = [
  'eligibleCostTypes',
  'intensityBySize',
  'capCentsBySize',
  'flatGrantCents',
  'minProjectCents',
  'maxProjectCents',
  'gpuHoursAtMost',
  'gpuHoursAbove',
  'collaborationBonus',
  'legalBasis',
  'countsAsDeMinimis',
  'lastChecked',
  'confirmed',
  'unconfirmedFields',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed; a figure emptied becomes null (removed). */
export function buildPatch(current: Scheme, draft: Scheme): SchemePatchInput {
  const patch: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    if (!same(current[key], draft[key])) patch[key] = draft[key] ?? null;
  }
  // A flat grant removed takes its cost-type list with it (it would be invalid alone).
  if (patch.flatGrantCents === null && current.flatGrantCostTypes) patch.flatGrantCostTypes = null;
  if (Array.isArray(patch.unconfirmedFields) && patch.unconfirmedFields.length === 0) patch.unconfirmedFields = null;
  return patch as SchemePatchInput;
}


export function SchemesSettings() {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const { data: catalogue, error, reload } = useLoad(() => call('funding.listSchemes', {}), []);
  const [open, setOpen] = useState<string | null>(null);
  const fundingError = useFundingError();

  if (!catalogue)
    return (
      <fieldset className="card">
        {error ? <LoadError error={error} onRetry={reload} message={fundingError} /> : <p className="muted">{t('common:loading')}</p>}
      </fieldset>
    );
  return (
    <fieldset className="feature-funding card schemes-settings" data-testid="funding-schemes-settings">
      <legend>{t('settings.title')}</legend>
      <p className="muted">{t('settings.intro', { version: catalogue.version, date: formatDate(catalogue.checkedOn, locale) })}</p>
      <ul className="scheme-list">
        {catalogue.schemes.map((entry) => {
          const s = entry.scheme;
          const isOpen = open === s.id;
          return (
            <li key={s.id} className={isOpen ? 'open' : undefined}>
              <button
                type="button"
                className="scheme-row"
                aria-expanded={isOpen}
                onClick={() => setOpen(isOpen ? null : s.id)}
                data-testid={`settings-scheme-${s.id}`}
              >
                <span className="scheme-name">{s.name[locale]}</span>
                <SchemeBadges scheme={s} overridden={entry.overridden} />
                <span className="muted revision">
                  {entry.lastChange
                    ? t('settings.lastChange', { revision: s.revision, by: entry.lastChange.changedBy, date: formatDate(entry.lastChange.changedAt, locale) })
                    : t('settings.asShipped')}
                </span>
              </button>
              {isOpen && <SchemeEditor entry={entry} onSaved={reload} />}
            </li>
          );
        })}
      </ul>
      <LoadError error={error} onRetry={reload} message={fundingError} />
    </fieldset>
  );
}

function SchemeEditor({ entry, onSaved }: { entry: SchemeEntry; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const fundingError = useFundingError();
  const current = entry.scheme;
  const [draft, setDraft] = useState<Scheme>(() => structuredClone(current));
  // The scheme's change history, and the advisor's name that a change is recorded under.
  const loaded = useLoad(() => Promise.all([call('funding.schemeHistory', { schemeId: current.id }), call('settings.get', {})]), [current]);
  const [history, settings] = loaded.data ?? [null, null];
  const advisor = settings?.advisorName ?? null;
  const [error, setError] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    setDraft(structuredClone(current));
  }, [current]);

  const patch = buildPatch(current, draft);
  const dirty = Object.keys(patch).length > 0;
  const set = <K extends keyof Scheme>(key: K, value: Scheme[K] | undefined) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined) delete next[key];
      else next[key] = value as Scheme[K];
      return next;
    });

  async function save() {
    try {
      await trackSave(() => call('funding.overrideScheme', { schemeId: current.id, patch, expectedRevision: current.revision }));
      setError(null);
      await onSaved();
    } catch (e) {
      setError(fundingError(e));
    }
  }

  async function reset() {
    setConfirmReset(false);
    try {
      await trackSave(() => call('funding.resetScheme', { schemeId: current.id, expectedRevision: current.revision }));
      setError(null);
      await onSaved();
    } catch (e) {
      setError(fundingError(e));
    }
  }

  const showGpu = draft.eligibleCostTypes.includes('compute') || draft.gpuHoursAtMost !== undefined || draft.gpuHoursAbove !== undefined;
  return (
    <div className="scheme-editor" data-testid="scheme-editor">
      <p>{current.description[locale]}</p>
      <SchemeSources scheme={current} />
      {advisor !== null && !advisor.trim() && <p className="notice warn">{t('settings.nameNeeded')}</p>}

      <h4>{t('field.eligibleCostTypes')}</h4>
      <div className="cost-type-checks">
        {COST_TYPES.map((c) => (
          <label className="checkbox" key={c}>
            <input
              type="checkbox"
              checked={draft.eligibleCostTypes.includes(c)}
              onChange={(e) =>
                set('eligibleCostTypes', e.target.checked ? COST_TYPES.filter((x) => x === c || draft.eligibleCostTypes.includes(x)) : draft.eligibleCostTypes.filter((x: CostType) => x !== c))
              }
            />
            {t(`costType.${c}`)}
          </label>
        ))}
      </div>

      <h4>{t('settings.bySize')}</h4>
      <p className="muted">{t('settings.bySizeHint')}</p>
      <div className="by-size">
        {SIZE_CLASSES.map((size) => (
          <div className="by-size-col" key={size}>
            <strong>{t(`sizeTitle.${size}`)}</strong>
            <NumberField
              label={t('field.intensityBySize')}
              percent
              max={100}
              value={draft.intensityBySize[size]}
              testId={`intensity-${size}`}
              onSave={(v) => set('intensityBySize', { ...draft.intensityBySize, [size]: v })}
            />
            <NumberField
              label={t('field.capCentsBySize')}
              money
              max={10_000_000_000}
              value={draft.capCentsBySize[size]}
              testId={`cap-${size}`}
              onSave={(v) => set('capCentsBySize', { ...draft.capCentsBySize, [size]: v })}
            />
          </div>
        ))}
      </div>

      <div className="form-grid">
        <NumberField
          label={t('field.flatGrantCents')}
          money
          min={0.01}
          max={10_000_000_000}
          value={draft.flatGrantCents ?? null}
          hint={draft.flatGrantCostTypes ? t('settings.flatOn', { types: draft.flatGrantCostTypes.map((c) => t(`costType.${c}`)).join(', ') }) : undefined}
          onSave={(v) => set('flatGrantCents', v ?? undefined)}
        />
        <NumberField label={t('field.minProjectCents')} money max={10_000_000_000} value={draft.minProjectCents ?? null} onSave={(v) => set('minProjectCents', v ?? undefined)} />
        <NumberField label={t('field.maxProjectCents')} money min={0.01} max={10_000_000_000} value={draft.maxProjectCents ?? null} onSave={(v) => set('maxProjectCents', v ?? undefined)} />
        {showGpu && (
          <>
            <NumberField label={t('field.gpuHoursAtMost')} max={1_000_000_000} value={draft.gpuHoursAtMost ?? null} onSave={(v) => set('gpuHoursAtMost', v ?? undefined)} />
            <NumberField label={t('field.gpuHoursAbove')} max={1_000_000_000} value={draft.gpuHoursAbove ?? null} onSave={(v) => set('gpuHoursAbove', v ?? undefined)} />
          </>
        )}
        {draft.collaborationBonus && (
          <>
            <NumberField
              label={t('settings.bonusPoints')}
              percent
              max={100}
              value={draft.collaborationBonus.points}
              onSave={(v) => set('collaborationBonus', { ...draft.collaborationBonus!, points: v ?? 0 })}
            />
            <NumberField
              label={t('settings.bonusMax')}
              percent
              max={100}
              value={draft.collaborationBonus.maxIntensity}
              onSave={(v) => set('collaborationBonus', { ...draft.collaborationBonus!, maxIntensity: v ?? 0 })}
            />
          </>
        )}
        <TextField label={t('field.legalBasis')} value={draft.legalBasis} maxLength={200} wide onSave={(v) => set('legalBasis', v)} />
        <DateField label={t('field.lastChecked')} value={draft.lastChecked} required onSave={(v) => v && set('lastChecked', v)} testId="last-checked" />
      </div>

      <h4>{t('settings.cumulationTitle')}</h4>
      <label className="checkbox">
        <input type="checkbox" checked={draft.countsAsDeMinimis} onChange={(e) => set('countsAsDeMinimis', e.target.checked)} data-testid="scheme-de-minimis" />
        {t('field.countsAsDeMinimis')}
      </label>
      <p className="muted">{t(`cumulation.${draft.cumulation}`)}</p>

      <h4>{t('settings.confirmation')}</h4>
      <label className="checkbox">
        <input type="checkbox" checked={draft.confirmed} onChange={(e) => set('confirmed', e.target.checked)} data-testid="scheme-confirmed" />
        {t('settings.confirmed')}
      </label>
      {(current.unconfirmedFields?.length ?? 0) > 0 && (
        <div className="unconfirmed-fields">
          <p className="muted">{t('settings.unconfirmedFields')}</p>
          {(current.unconfirmedFields ?? []).map((f) => (
            <label className="checkbox" key={f}>
              <input
                type="checkbox"
                checked={(draft.unconfirmedFields ?? []).includes(f)}
                onChange={(e) =>
                  set(
                    'unconfirmedFields',
                    e.target.checked
                      ? (current.unconfirmedFields ?? []).filter((x) => x === f || (draft.unconfirmedFields ?? []).includes(x))
                      : (draft.unconfirmedFields ?? []).filter((x) => x !== f),
                  )
                }
              />
              {fieldLabel(f, t)}
            </label>
          ))}
        </div>
      )}

      <div className="actions editor-actions">
        <button type="button" className="primary" disabled={!dirty} onClick={() => void save()} data-testid="save-scheme">
          {t('settings.save', { revision: current.revision + 1 })}
        </button>
        <button type="button" disabled={!dirty} onClick={() => setDraft(structuredClone(current))}>
          {t('settings.discard')}
        </button>
        {entry.overridden && (
          <button type="button" className="danger" onClick={() => setConfirmReset(true)} data-testid="reset-scheme">
            {t('settings.reset')}
          </button>
        )}
      </div>
      {dirty && (
        <ul className="pending-changes" data-testid="pending-changes">
          {diffScheme(current, draft).map((ch) => (
            <li key={ch.field}>
              {changeSentence(ch, { t, locale })}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage message={error} />

      <h4>{t('settings.history')}</h4>
      <LoadError error={loaded.error} onRetry={loaded.reload} message={fundingError} />
      {history && (
        <ol className="scheme-history" data-testid="scheme-history">
          {history.changes.map((c) => (
            <li key={c.revision} data-testid="history-entry">
              <div>
                <strong>{t('settings.revision', { revision: c.revision })}</strong> ·{' '}
                {t(c.kind === 'reset' ? 'settings.resetBy' : 'settings.changedBy', { by: c.changedBy, date: formatDateTime(c.changedAt, locale) })}
              </div>
              <ul>
                {c.changes.map((ch) => (
                  <li key={ch.field}>
                    {changeSentence(ch, { t, locale })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <strong>{t('settings.revision', { revision: history.shipped.revision })}</strong> ·{' '}
            {t('settings.shipped', { version: history.setVersion, date: formatDate(history.shipped.lastChecked, locale) })}
          </li>
        </ol>
      )}

      {confirmReset && (
        <ConfirmDialog title={t('settings.resetTitle', { scheme: current.name[locale] })} confirmLabel={t('settings.reset')} danger onCancel={() => setConfirmReset(false)} onConfirm={() => void reset()}>
          <p>{t('settings.resetExplain')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
