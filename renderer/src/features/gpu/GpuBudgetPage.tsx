/**
 * The GPU-hour budget screen: workloads on the left, what they cost in GPU-hours, money, energy
 * and CO2e as they are typed (the shared estimator runs right here for an instant preview;
 * every edit is saved to the main process, which computes the same figures).
 */
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { lazyNamed } from '@renderer/lib/load-on-first-use';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { GpuBudget } from '@shared/contract/gpu';
import { estimateDraft, estimateEach, type WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import { GPU_HARDWARE, type HardwareId, type Precision } from '@shared/reference/gpu/hardware';
import type { Locale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { TextField, SelectField } from '@renderer/components/fields';
import { InitiativeField } from './InitiativeField';
import { WorkloadEditor } from './WorkloadEditor';
import { BudgetTotals, fieldName } from './BudgetResults';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { useInvalidFields } from '@renderer/lib/save-state';
import { problemText } from './gpu-format';
import './gpu.css';

const GpuCharts = lazyNamed(() => import('./GpuCharts').then((m) => m.GpuCharts));

const NEW_WORKLOAD: WorkloadDraft = { type: 'lora', model: 'llama-3.1-8b', tokens: null, epochs: 1 };

export function GpuBudgetPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const invalidFields = useInvalidFields(''); // the chart, like the totals, waits for valid values
  const [budget, setBudget] = useState<GpuBudget | null>(null);
  const loaded = useLoad(async () => {
    const [view, settings] = await Promise.all([call('gpu.budgets.get', { id: params.id }), call('gpu.settings.get', {})]);
    return { budget: view.budget, settings, client: await call('clients.get', { id: view.budget.clientId }) };
  }, [params.id]);
  const settings = loaded.data?.settings ?? null;
  const client = loaded.data?.client ?? null;
  const [actionError, setActionError] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const latest = useRef<GpuBudget | null>(null);

  // The screen edits its own copy of the loaded budget (edits build on `latest`, never a stale copy).
  useEffect(() => {
    if (!loaded.data) return;
    latest.current = loaded.data.budget;
    setBudget(loaded.data.budget);
  }, [loaded.data]);

  /** Applies an edit at once on screen and saves it; edits build on the latest state, never a stale copy. */
  function save(patch: Partial<Pick<GpuBudget, 'name' | 'hardwareId' | 'precision' | 'workloads' | 'initiativeId'>>) {
    if (!latest.current) return;
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setBudget(next);
    trackSave(() => call('gpu.budgets.update', { id: next.id, patch })).catch(setActionError);
  }
  const setWorkloads = (f: (list: WorkloadDraft[]) => WorkloadDraft[]) => save({ workloads: f(latest.current?.workloads ?? []) });

  const preview = useMemo(() => (budget && settings ? estimateDraft(budget, settings.settings) : null), [budget, settings]);
  // Without a total (one workload incomplete), the complete workloads still show their figures.
  const each = useMemo(
    () => (budget && settings && preview && !preview.estimate ? estimateEach(budget, settings.settings) : null),
    [budget, settings, preview],
  );

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!budget || !settings || !preview) return <p className="loading">{t('common:loading')}</p>;

  const hardware = GPU_HARDWARE.find((h) => h.id === budget.hardwareId);
  const general = preview.problems.filter((p) => !p.path.startsWith('workloads.'));

  async function createRequest() {
    try {
      const request = await call('gpu.requests.create', { budgetId: budget!.id, initiativeId: budget!.initiativeId });
      navigate(`/gpu/requests/${request.id}`);
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <section className="feature-gpu page gpu-page" data-testid="gpu-budget-page">
      <div className="page-head">
        <div>
          <a href={`#/clients/${budget.clientId}`} className="back">
            ← <bdi>{displayName(client?.name, t('backToClient'))}</bdi>
          </a>
          <h1>{budget.name || t('budget.untitled')}</h1>
          <p className="muted gpu-lead">{t('budget.lead')}</p>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={createRequest} disabled={!preview.estimate} data-testid="create-request">
            {t('budget.createRequest')}
          </button>
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('budget.delete')}
          </button>
        </div>
      </div>
      <ErrorText error={actionError} />

      <fieldset className="card form-grid gpu-setup">
        <legend>{t('budget.setup')}</legend>
        <TextField label={t('budget.field.name')} value={budget.name} maxLength={200} onSave={(name) => save({ name })} testId="budget-name" />
        <SelectField<HardwareId>
          label={t('budget.field.hardwareId')}
          value={budget.hardwareId}
          options={GPU_HARDWARE.map((h) => ({ value: h.id, label: h.label[locale] }))}
          onSave={(hardwareId) => {
            const h = GPU_HARDWARE.find((x) => x.id === hardwareId);
            // FP8 only where the GPU has FP8 tensor cores.
            save({ hardwareId, ...(h && h.peakTflops.fp8 === null ? { precision: 'bf16' as Precision } : {}) });
          }}
          hint={hardware?.unconfirmed ? t('budget.hardwareUnconfirmed') : undefined}
          testId="budget-hardware"
        />
        <SelectField<Precision>
          label={t('budget.field.precision')}
          value={budget.precision}
          options={[
            { value: 'bf16', label: t('precision.bf16') },
            ...(hardware?.peakTflops.fp8 ? [{ value: 'fp8' as Precision, label: t('precision.fp8') }] : []),
          ]}
          onSave={(precision) => save({ precision })}
          testId="budget-precision"
        />
        <InitiativeField clientId={budget.clientId} value={budget.initiativeId} onSave={(initiativeId) => save({ initiativeId })} />
        {general.length > 0 && (
          <ul className="gpu-problems field-wide">
            {general.map((p) => (
              <li key={p.path + p.code}>{problemText(p, t, fieldName(p.path, t))}</li>
            ))}
          </ul>
        )}
      </fieldset>

      <AwaitingValid scope="">
        {preview.estimate ? (
          <BudgetTotals estimate={preview.estimate} />
        ) : (
          <p className="empty" data-testid="budget-incomplete">
            {t('budget.incomplete')}
          </p>
        )}
      </AwaitingValid>

      <section className="gpu-budget-workloads" aria-labelledby="workloads-title">
        <h2 id="workloads-title">{t('budget.workloads')}</h2>
        {budget.workloads.length === 0 && <p className="empty">{t('budget.noWorkloads')}</p>}
        {budget.workloads.map((w, i) => (
          <WorkloadEditor
            key={i}
            index={i}
            workload={w}
            problems={preview.problems}
            estimate={preview.estimate?.workloads[i] ?? each?.[i] ?? null}
            onChange={(next) => setWorkloads((list) => list.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setWorkloads((list) => list.filter((_, j) => j !== i))}
            canRemove
          />
        ))}
        <button type="button" onClick={() => setWorkloads((list) => [...list, NEW_WORKLOAD])} data-testid="add-workload">
          + {t('budget.addWorkload')}
        </button>
      </section>

      {preview.estimate && invalidFields.length === 0 && (
        <Suspense fallback={<p className="loading">{t('chart.loading')}</p>}>
          <section className="card" aria-label={t('chart.sectionLabel')}>
            <GpuCharts estimate={preview.estimate} labels={budget.workloads.map((w) => w.label ?? '')} />
          </section>
        </Suspense>
      )}

      {confirmDelete && (
        <ConfirmDialog
          title={t('budget.deleteTitle', { name: budget.name || t('budget.untitled') })}
          confirmLabel={t('budget.delete')}
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={async () => {
            try {
              await call('gpu.budgets.delete', { id: budget.id });
              navigate(`/clients/${budget.clientId}`);
            } catch (e) {
              setConfirmDelete(false);
              setActionError(e);
            }
          }}
        >
          <p>{t('budget.deleteExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
