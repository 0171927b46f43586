/**
 * A GPU-hour budget as the advisor builds it: possibly incomplete (a field not typed yet is
 * `null`), saved as typed. `estimateDraft` turns it into the estimator's input and answers
 * either an estimate or the field problems that prevent one — the same function runs in the
 * main process (stored estimate, compute request) and in the renderer (instant preview).
 */
import { fieldProblem, type FieldProblem } from '../field-problems';
import type { LocalizedText } from '../locale';
import type { Architecture } from '../reference/gpu/models';
import type { Precision } from '../reference/gpu/hardware';
import type { GpuBudgetSettings } from '../reference/gpu/settings';
import { GpuBudgetInputError, estimateGpuBudget, type GpuBudgetEstimate, type WorkloadEstimate, type WorkloadInput, type WorkloadType } from './gpu-budget';

export interface CustomModelDraft {
  architecture?: Architecture;
  parameterCount?: number | null;
  layers?: number | null;
  hiddenSize?: number | null;
  kvHeads?: number | null;
  headDim?: number | null;
  vocabSize?: number | null;
  sequenceLength?: number | null;
  forwardFlopsPerImage?: number | null;
}

type NumericWorkloadKey = Exclude<keyof WorkloadInput, 'type' | 'model'>;

export type WorkloadDraft = {
  /** The advisor's name for the workload ("Chatbot SAV"), shown in charts. */
  label?: string;
  type: WorkloadType;
  /** A preset id (shared/reference/gpu/models.ts) or a custom shape. */
  model: string | CustomModelDraft;
} & { [K in NumericWorkloadKey]?: number | null };

export interface BudgetDraft {
  hardwareId: string;
  precision: Precision;
  workloads: WorkloadDraft[];
}

/** Data sensitivity classes (portal-protocol.md, compute_request); the access modes are gpu-budget.ts's. */
export { ACCESS_MODES } from './gpu-budget';
export const DATA_SENSITIVITIES = ['public', 'internal', 'confidential', 'personal'] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];

export const WORKLOAD_TYPE_LABELS: Readonly<Record<WorkloadType, LocalizedText>> = {
  full_finetune: { en: 'Full fine-tune', fr: 'Affinage complet', de: 'Vollständiges Fine-Tuning', lb: 'Komplett Fine-Tuning' },
  pretraining: { en: 'Continued pre-training', fr: 'Pré-entraînement continu', de: 'Fortgesetztes Vortraining', lb: 'Weidergefouert Pre-Training' },
  lora: { en: 'LoRA fine-tune', fr: 'Affinage LoRA', de: 'LoRA-Fine-Tuning', lb: 'LoRA-Fine-Tuning' },
  qlora: { en: 'QLoRA fine-tune (4-bit)', fr: 'Affinage QLoRA (4 bits)', de: 'QLoRA-Fine-Tuning (4 Bit)', lb: 'QLoRA-Fine-Tuning (4 Bit)' },
  vision_training: { en: 'Vision model training', fr: 'Entraînement d’un modèle de vision', de: 'Training eines Bildmodells', lb: 'Training vun engem Bildmodell' },
  batch_inference: { en: 'Batch inference', fr: 'Inférence par lots', de: 'Batch-Inferenz', lb: 'Batch-Inferenz' },
  serving: { en: 'Serving (online inference)', fr: 'Mise en service (inférence en ligne)', de: 'Bereitstellung (Online-Inferenz)', lb: 'Bereetstellung (Online-Inferenz)' },
};

/** Drops the fields not typed yet (null) so the estimator says which ones it needs. */
function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function toWorkloadInput(draft: WorkloadDraft): WorkloadInput {
  const { label: _label, model, ...rest } = draft;
  return {
    ...withoutNulls(rest),
    model: typeof model === 'string' ? model : (withoutNulls(model) as WorkloadInput['model']),
  } as WorkloadInput;
}

export type DraftEstimate = { estimate: GpuBudgetEstimate; problems: [] } | { estimate: null; problems: FieldProblem[] };

/** The estimate of a draft, or why there is none (an empty budget: `workloads` required). */
export function estimateDraft(draft: BudgetDraft, settings: GpuBudgetSettings): DraftEstimate {
  if (draft.workloads.length === 0) {
    return { estimate: null, problems: [fieldProblem('workloads', 'required', 'add at least one workload')] };
  }
  try {
    const estimate = estimateGpuBudget({
      hardwareId: draft.hardwareId,
      precision: draft.precision,
      workloads: draft.workloads.map(toWorkloadInput),
      settings,
    });
    return { estimate, problems: [] };
  } catch (error) {
    if (error instanceof GpuBudgetInputError) {
      return { estimate: null, problems: error.problems };
    }
    throw error;
  }
}

/**
 * Each workload estimated on its own: while one workload is incomplete the budget has no total,
 * but the others keep showing their figures. `index` is the workload's place in the budget.
 */
export function estimateEach(draft: BudgetDraft, settings: GpuBudgetSettings): (WorkloadEstimate | null)[] {
  return draft.workloads.map((w, index) => {
    const one = estimateDraft({ ...draft, workloads: [w] }, settings);
    return one.estimate ? { ...one.estimate.workloads[0], index } : null;
  });
}
