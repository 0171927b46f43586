/**
 * One workload of a GPU budget: what is trained or served, on which model, with how much data;
 * and, next to it, what the estimator made of it (or what it still needs).
 */
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '@shared/errors';
import type { Locale } from '@shared/locale';
import { WORKLOAD_TYPES, type WorkloadEstimate, type WorkloadType } from '@shared/domain/gpu-budget';
import { WORKLOAD_TYPE_LABELS, type CustomModelDraft, type WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import { MODEL_PRESETS, findModelPreset, type Architecture } from '@shared/reference/gpu/models';
import { NumberField, TextField, SelectField } from '@renderer/components/fields';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { useLocale } from '@renderer/lib/use-locale';
import { WorkloadAssumptions, WorkloadResult } from './BudgetResults';
import { problemText } from './gpu-format';

const TEXT_TRAINING: WorkloadType[] = ['full_finetune', 'pretraining', 'lora', 'qlora'];
const CUSTOM = '__custom__';

function architectureOf(model: WorkloadDraft['model']): Architecture {
  if (typeof model === 'string') return findModelPreset(model)?.architecture ?? 'decoder';
  return model.architecture ?? (model.forwardFlopsPerImage !== null && model.forwardFlopsPerImage !== undefined ? 'vision' : 'decoder');
}

/** Which models make sense for a workload type (the estimator refuses the others). */
function modelFits(type: WorkloadType, architecture: Architecture): boolean {
  if (type === 'vision_training') return architecture === 'vision';
  if (TEXT_TRAINING.includes(type)) return architecture !== 'vision';
  return true;
}

/** A custom shape starts from the preset the advisor had chosen, so only the differences are typed. */
function customFrom(model: WorkloadDraft['model']): CustomModelDraft {
  if (typeof model !== 'string') return model;
  const p = findModelPreset(model);
  if (!p) return { architecture: 'decoder' };
  return p.architecture === 'vision'
    ? { architecture: 'vision', parameterCount: p.parameterCount, forwardFlopsPerImage: p.forwardFlopsPerImage ?? null }
    : {
        architecture: p.architecture,
        parameterCount: p.parameterCount,
        layers: p.layers,
        hiddenSize: p.hiddenSize,
        kvHeads: p.kvHeads,
        headDim: p.headDim,
        vocabSize: p.vocabSize,
        sequenceLength: p.sequenceLength,
      };
}

interface Props {
  index: number;
  workload: WorkloadDraft;
  problems: FieldProblem[];
  estimate: WorkloadEstimate | null;
  onChange: (next: WorkloadDraft) => void;
  onRemove: () => void;
  canRemove: boolean;
}

export function WorkloadEditor({ index, workload, problems, estimate, onChange, onRemove, canRemove }: Props) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const prefix = `workloads.${index}`;
  const errorAt = (key: string) => {
    // "required" is listed once in the result box; under a field it would only shout at a new form.
    const p = problems.find((x) => x.path === `${prefix}.${key}` && x.code !== 'required');
    return p ? problemText(p, t) : null;
  };
  const architecture = architectureOf(workload.model);
  const vision = architecture === 'vision';
  const type = workload.type;
  const set = (patch: Partial<WorkloadDraft>) => onChange({ ...workload, ...patch });
  const setModel = (patch: Partial<CustomModelDraft>) => onChange({ ...workload, model: { ...(workload.model as CustomModelDraft), ...patch } });
  const num = (key: keyof WorkloadDraft & string, opts: { integer?: boolean; max: number; min?: number; hint?: string }) => (
    <NumberField
      key={key}
      label={t(`workload.field.${key}`)}
      hint={opts.hint ?? t(`workload.hint.${key}`, { defaultValue: '' }) ?? undefined}
      value={workload[key] as number | null | undefined}
      onSave={(v) => set({ [key]: v } as Partial<WorkloadDraft>)}
      error={errorAt(key)}
      integer={opts.integer}
      max={opts.max}
      min={opts.min}
      testId={`workload-${index}-${key}`}
    />
  );

  const modelOptions = [
    ...MODEL_PRESETS.filter((m) => modelFits(type, m.architecture)).map((m) => ({ value: m.id, label: m.name })),
    { value: CUSTOM, label: t('workload.customModel') },
  ];
  const modelValue = typeof workload.model === 'string' ? workload.model : CUSTOM;
  const typeProblem = errorAt('type') ?? errorAt('model');

  function changeType(next: WorkloadType) {
    // Keep the model when it still fits; otherwise take the first preset that does.
    const fits = modelFits(next, architecture);
    const model = fits ? workload.model : (MODEL_PRESETS.find((m) => modelFits(next, m.architecture))?.id ?? workload.model);
    onChange({ ...workload, type: next, model });
  }

  const inference = type === 'batch_inference' || type === 'serving';
  const custom = typeof workload.model !== 'string' ? workload.model : null;

  return (
    <article className="card gpu-workload" data-testid={`workload-${index}`} aria-labelledby={`workload-${index}-title`}>
      <header className="gpu-workload-head">
        <h3 id={`workload-${index}-title`}>
          {t('workload.title', { n: index + 1 })}
          {workload.label ? ` · ${workload.label}` : ''}
        </h3>
        {canRemove && (
          <button type="button" className="link" onClick={onRemove} data-testid={`workload-${index}-remove`}>
            {t('workload.remove')}
          </button>
        )}
      </header>
      <div className="gpu-workload-body">
        <div className="form-grid gpu-workload-form">
          <TextField label={t('workload.field.label')} hint={t('workload.hint.label')} value={workload.label ?? ''} maxLength={200} onSave={(v) => set({ label: v })} testId={`workload-${index}-label`} />
          <SelectField
            label={t('workload.field.type')}
            value={type}
            options={WORKLOAD_TYPES.map((w) => ({ value: w, label: WORKLOAD_TYPE_LABELS[w][locale] }))}
            onSave={changeType}
            hint={t(`workload.typeHint.${type}`)}
            testId={`workload-${index}-type`}
          />
          <SelectField
            label={t('workload.field.model')}
            value={modelValue}
            options={modelOptions}
            onSave={(v) => set({ model: v === CUSTOM ? customFrom(workload.model) : v })}
            error={typeProblem}
            testId={`workload-${index}-model`}
          />

          {custom && (
            <fieldset className="gpu-custom-model field-wide">
              <legend>{t('workload.customShape')}</legend>
              <div className="form-grid">
                <SelectField
                  label={t('workload.field.architecture')}
                  value={custom.architecture ?? 'decoder'}
                  options={(['decoder', 'encoder', 'vision'] as const).map((a) => ({ value: a, label: t(`architecture.${a}`) }))}
                  onSave={(a) => setModel({ architecture: a })}
                />
                <NumberField label={t('workload.field.parameterCount')} value={custom.parameterCount} max={1e13} onSave={(v) => setModel({ parameterCount: v })} error={errorAt('model.parameterCount')} testId={`workload-${index}-parameterCount`} />
                {vision ? (
                  <NumberField label={t('workload.field.forwardFlopsPerImage')} hint={t('workload.hint.forwardFlopsPerImage')} value={custom.forwardFlopsPerImage} max={1e16} onSave={(v) => setModel({ forwardFlopsPerImage: v })} error={errorAt('model.forwardFlopsPerImage')} />
                ) : (
                  (['layers', 'hiddenSize', 'kvHeads', 'headDim', 'vocabSize', 'sequenceLength'] as const).map((key) => (
                    <NumberField
                      key={key}
                      label={t(`workload.field.shape.${key}`)}
                      value={custom[key]}
                      integer
                      max={1e8}
                      onSave={(v) => setModel({ [key]: v })}
                      error={errorAt(`model.${key}`)}
                    />
                  ))
                )}
              </div>
            </fieldset>
          )}

          {TEXT_TRAINING.includes(type) && (
            <>
              {num('tokens', { max: 1e15 })}
              {num('epochs', { max: 1000 })}
            </>
          )}
          {type === 'vision_training' && (
            <>
              {num('images', { max: 1e12 })}
              {num('epochs', { max: 1000 })}
            </>
          )}
          {type === 'batch_inference' && vision && num('images', { max: 1e12, hint: t('workload.hint.imagesInference') })}
          {type === 'batch_inference' && !vision && (
            <>
              {num('requests', { max: 1e12, integer: true })}
              {num('tokensPerRequest', { max: 1e8, integer: true })}
              {architecture !== 'encoder' && num('outputTokensPerRequest', { max: 1e8, integer: true })}
            </>
          )}
          {type === 'serving' && (
            <>
              {num('servingHours', { max: 87_600 })}
              {!vision && num('concurrentUsers', { max: 1e7, integer: true })}
              {!vision && num('tokensPerRequest', { max: 1e8, integer: true })}
              {!vision && architecture !== 'encoder' && num('outputTokensPerRequest', { max: 1e8, integer: true })}
            </>
          )}
        </div>

        <details className="gpu-workload-advanced">
          <summary>{t('workload.advanced')}</summary>
          <div className="form-grid">
            {type !== 'serving' && num('runs', { max: 100, integer: true, min: 1 })}
            {type !== 'serving' && num('overhead', { max: 10, min: 1 })}
            {!vision && !inference && num('sequenceLength', { max: 1e8, integer: true })}
            {!vision && num('batchSize', { max: 1e5, integer: true })}
            {num('gpusPerJob', { max: 1e5, integer: true })}
          </div>
        </details>

        <AwaitingValid scope="" inline>
          <WorkloadResult estimate={estimate} problems={problems.filter((p) => p.path.startsWith(`${prefix}.`) || p.path === prefix)} />
        </AwaitingValid>
      </div>
      <AwaitingValid scope="" inline>
        <WorkloadAssumptions estimate={estimate} />
      </AwaitingValid>
    </article>
  );
}
