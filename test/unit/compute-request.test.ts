import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildComputeRequestPayload, checkComputeRequest, computeRequestPayloadSchema } from '@shared/contract/compute-request-payload';
import { payloadCompany, type CompanyFacts } from '@shared/contract/payload-common';
import { defaultComputeRequestFields, defaultStartDate, type ComputeRequestFields } from '@shared/domain/compute-request';
import { containsTemplatePrompt, justificationTemplate } from '@shared/domain/compute-request-template';
import { estimateDraft, estimateEach, toWorkloadInput, type WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import { problemPath } from '@shared/field-problems';
import { estimateGpuBudget, type GpuBudgetEstimate } from '@shared/domain/gpu-budget';
import { defaultGpuBudgetSettings } from '@shared/reference/gpu/settings';
import { LOCALES } from '@shared/locale';
import { formatNumber } from '@shared/format';

/** The example of portal-protocol.md's field list, filled in as a portal would receive it. */
function validPayload(): Record<string, unknown> {
  return {
    company: { name: 'Muller Logistique S.à r.l.', rcsNumber: 'B123456', naceCode: 'H49.41', sizeClass: 'small', headcount: 12, turnoverCents: 320_000_000 },
    projectTitle: 'Assistant SAV',
    summary: 'Affiner un modèle de langue sur les échanges du service client.',
    accessMode: 'playground',
    system: 'MeluXina',
    gpuModel: 'NVIDIA A100-SXM4-40GB',
    periodMonths: 3,
    startDate: '2026-04-01',
    workloads: [
      { type: 'lora', model: 'llama-3.1-8b', parameterCount: 8_030_261_248, tokens: 50_000_000, epochs: 3, gpuHoursLow: 10, gpuHoursExpected: 40, gpuHoursHigh: 123, peakMemoryGiB: 19.6, gpusPerJob: 1 },
    ],
    totalGpuHours: 40,
    nodeHours: 10,
    storageGiB: 200,
    dataSensitivity: 'confidential',
    personalData: true,
    energyKwh: 19,
    co2eKg: 6.5,
    estimatedCostCents: 4085,
    cashbackCents: 3268,
    justification: 'Texte rédigé par le conseiller.',
  };
}

const COMPANY: CompanyFacts = {
  name: 'Muller Logistique S.à r.l.',
  rcsNumber: 'B123456',
  naceCode: '',
  headcount: 12,
  turnoverCents: 320_000_000,
  balanceSheetCents: null,
  related: [],
};

function estimate(workloads: WorkloadDraft[] = [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }]): GpuBudgetEstimate {
  const r = estimateDraft({ hardwareId: 'meluxina-a100-40gb', precision: 'bf16', workloads }, defaultGpuBudgetSettings());
  if (!r.estimate) throw new Error(JSON.stringify(r.problems));
  return r.estimate;
}

function filledFields(e: GpuBudgetEstimate): ComputeRequestFields {
  return {
    ...defaultComputeRequestFields({ estimate: e, budgetName: 'Assistant SAV', locale: 'fr', now: new Date('2026-03-02T09:41:00Z') }),
    summary: 'Affiner Llama-3.1-8B sur les échanges du service client.',
    storageGiB: 200,
    justification: 'Texte rédigé par le conseiller.',
  };
}

const issuePaths = (payload: unknown) => {
  const r = computeRequestPayloadSchema.safeParse(payload);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

describe('compute_request payload schema (portal-protocol.md)', () => {
  it('accepts the protocol’s field list and keeps unknown fields', () => {
    const payload = { ...validPayload(), futureField: { x: 1 } };
    const r = computeRequestPayloadSchema.safeParse(payload);
    expect(r.success).toBe(true);
    expect((r.data as Record<string, unknown>).futureField).toEqual({ x: 1 });
    const company = { ...(validPayload().company as object), legalForm: 'S.à r.l.' };
    expect(computeRequestPayloadSchema.safeParse({ ...validPayload(), company }).success).toBe(true);
  });

  it('names every missing required field by its path', () => {
    const required = ['company', 'projectTitle', 'summary', 'accessMode', 'system', 'gpuModel', 'periodMonths', 'startDate', 'workloads', 'totalGpuHours', 'nodeHours', 'storageGiB', 'dataSensitivity', 'personalData', 'energyKwh', 'co2eKg', 'estimatedCostCents', 'cashbackCents', 'justification'];
    for (const key of required) {
      const payload = validPayload();
      delete payload[key];
      expect(issuePaths(payload), key).toEqual([key]);
    }
    for (const key of ['name', 'sizeClass', 'headcount']) {
      const payload = validPayload();
      delete (payload.company as Record<string, unknown>)[key];
      expect(issuePaths(payload)).toEqual([`company.${key}`]);
    }
    for (const key of ['type', 'model', 'parameterCount', 'gpuHoursLow', 'gpuHoursExpected', 'gpuHoursHigh', 'peakMemoryGiB', 'gpusPerJob']) {
      const payload = validPayload();
      delete ((payload.workloads as Record<string, unknown>[])[0] as Record<string, unknown>)[key];
      expect(issuePaths(payload)[0]).toBe(`workloads.0.${key}`);
    }
  });

  it('refuses wrong enums, non-integer money, blank text, hostile numbers and an empty workload list', () => {
    const cases: [string, unknown, string][] = [
      ['accessMode', 'free_lunch', 'accessMode'],
      ['dataSensitivity', 'secret', 'dataSensitivity'],
      ['estimatedCostCents', 40.5, 'estimatedCostCents'],
      ['cashbackCents', -1, 'cashbackCents'],
      ['projectTitle', '   ', 'projectTitle'],
      ['totalGpuHours', Number.NaN, 'totalGpuHours'],
      ['totalGpuHours', 1e18, 'totalGpuHours'],
      ['storageGiB', '200', 'storageGiB'],
      ['periodMonths', 0, 'periodMonths'],
      ['startDate', '01/04/2026', 'startDate'],
      ['personalData', 'no', 'personalData'],
      ['workloads', [], 'workloads'],
    ];
    for (const [key, value, path] of cases) {
      expect(issuePaths({ ...validPayload(), [key]: value }), `${key}=${String(value)}`).toEqual([path]);
    }
    const unknownSize = { ...validPayload(), company: { ...(validPayload().company as object), sizeClass: 'unknown' } };
    expect(issuePaths(unknownSize)).toEqual(['company.sizeClass']);
    const w = (validPayload().workloads as object[])[0];
    expect(issuePaths({ ...validPayload(), workloads: [{ ...w, type: 'mining' }] })).toEqual(['workloads.0.type']);
    expect(issuePaths({ ...validPayload(), workloads: [{ ...w, gpuHoursLow: 50 }] })).toEqual(['workloads.0.gpuHoursExpected']);
  });
});

describe('building and checking a compute request', () => {
  it('builds a payload that passes the schema from any estimable LoRA / vision budget', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('llama-3.1-8b', 'mistral-7b-v0.3', 'qwen2.5-14b', 'llama-3.1-70b'),
        fc.integer({ min: 1, max: 5e9 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (model, tokens, epochs, images) => {
          const e = estimate([
            { type: 'lora', model, tokens, epochs },
            { type: 'vision_training', model: 'resnet-50', images, epochs: 90 },
          ]);
          const payload = buildComputeRequestPayload({ company: COMPANY, fields: filledFields(e), estimate: e });
          const checked = checkComputeRequest(payload);
          expect(checked.problems).toEqual([]);
          expect(checked.payload?.totalGpuHours).toBe((payload.workloads as { gpuHoursExpected: number }[]).reduce((s, w) => s + w.gpuHoursExpected, 0));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes the size class from the client record and never guesses it', () => {
    expect(payloadCompany(COMPANY)).toEqual({ name: COMPANY.name, rcsNumber: 'B123456', sizeClass: 'small', headcount: 12, turnoverCents: 320_000_000 });
    const unknown = payloadCompany({ ...COMPANY, headcount: null, turnoverCents: null });
    expect(unknown.sizeClass).toBe('unknown');
    const e = estimate();
    const payload = buildComputeRequestPayload({ company: { ...COMPANY, headcount: null, turnoverCents: null }, fields: filledFields(e), estimate: e });
    expect(checkComputeRequest(payload).problems.map((p) => p.path).sort()).toEqual(['company.headcount', 'company.sizeClass']);
  });

  it('refuses personal data marked as internal, a non-date and template prompts left in', () => {
    const e = estimate();
    const base = filledFields(e);
    const check = (fields: Partial<ComputeRequestFields>) =>
      checkComputeRequest(buildComputeRequestPayload({ company: COMPANY, fields: { ...base, ...fields }, estimate: e })).problems.map((p) => [p.path, p.code]);
    expect(check({ personalData: true, dataSensitivity: 'internal' })).toEqual([['dataSensitivity', 'personal_data_mismatch']]);
    expect(check({ personalData: false, dataSensitivity: 'personal' })).toEqual([['personalData', 'personal_data_mismatch']]);
    expect(check({ personalData: true, dataSensitivity: 'personal' })).toEqual([]);
    expect(check({ startDate: '2026-02-29' })).toEqual([['startDate', 'invalid_date']]); // 2026 is not a leap year
    expect(check({ startDate: '2028-02-29' })).toEqual([]);
    expect(check({ justification: justificationTemplate('lb', e) })).toEqual([['justification', 'template_prompts_left']]);
    expect(check({ periodMonths: null, storageGiB: null })).toEqual([
      ['periodMonths', 'required'],
      ['storageGiB', 'required'],
    ]);
    expect(check({ summary: '  ' })).toEqual([['summary', 'required']]);
  });

  it('defaults: the suggested access mode, the system of the hardware, next month as start', () => {
    expect(defaultStartDate(new Date('2026-03-02T09:41:00Z'))).toBe('2026-04-01');
    expect(defaultStartDate(new Date('2026-12-31T23:59:59Z'))).toBe('2027-01-01');
    expect(defaultStartDate(new Date('2026-11-01T00:00:00Z'))).toBe('2026-12-01');
    const big = estimate([{ type: 'full_finetune', model: 'llama-3.1-70b', tokens: 2e10, epochs: 2 }]);
    expect(big.accessMode).toBe('large_scale');
    const fields = defaultComputeRequestFields({ estimate: big, budgetName: 'Modèle juridique', locale: 'fr', now: new Date('2026-03-02T00:00:00Z') });
    expect(fields).toMatchObject({ accessMode: 'large_scale', periodMonths: 6, system: 'MeluXina', projectTitle: 'Modèle juridique', personalData: false });
    const none = defaultComputeRequestFields({ estimate: null, budgetName: '', locale: 'fr', now: new Date('2026-03-02T00:00:00Z') });
    expect(none).toMatchObject({ accessMode: 'playground', system: '', justification: '' });
  });
});

describe('guided justification', () => {
  it('is written in each language with that language’s number format and the budget’s figures', () => {
    const e = estimate([{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }]);
    const texts = Object.fromEntries(LOCALES.map((l) => [l, justificationTemplate(l, e)]));
    expect(texts.fr).toContain('heures GPU');
    expect(texts.fr).toContain(`${formatNumber(50_000_000, 'fr', 0)} tokens × 3 époques`);
    expect(texts.de).toContain('GPU-Stunden');
    expect(texts.de).toContain('50.000.000 Tokens');
    expect(texts.lb).toContain('GPU-Stonnen');
    expect(texts.lb).toContain('50.000.000 Tokens');
    expect(texts.en).toContain('GPU-hours');
    expect(texts.en).toContain('50,000,000 tokens');
    const expected = Math.ceil(e.workloads[0].gpuHours.expected);
    for (const l of LOCALES) {
      expect(texts[l]).toContain(String(expected));
      expect(texts[l]).toContain('NVIDIA A100-SXM4-40GB');
      expect(containsTemplatePrompt(texts[l])).toBe(true);
      expect(texts[l].split('\n\n')).toHaveLength(6);
    }
    expect(new Set(Object.values(texts)).size).toBe(4);
    expect(texts.fr).toContain('Fondée sur la localisation');
  });

  it('describes sharded and custom-model workloads', () => {
    const e = estimate([
      { type: 'full_finetune', model: 'llama-3.1-70b', tokens: 10_000_000 },
      { type: 'lora', model: { parameterCount: 3e9, layers: 26, hiddenSize: 3072, kvHeads: 8, headDim: 128, vocabSize: 32_000, sequenceLength: 8192 }, tokens: 1e6 },
    ]);
    const text = justificationTemplate('en', e);
    expect(text).toMatch(/sharded across \d+ GPUs/);
    expect(text).toContain('own model with 3,000,000,000 parameters');
  });

  it('a prompt edited by the advisor no longer counts as left in', () => {
    const text = justificationTemplate('fr', estimate());
    const edited = text.replace(/\[[^\]]*\]/g, 'Réponse du conseiller.');
    expect(containsTemplatePrompt(edited)).toBe(false);
    expect(containsTemplatePrompt('')).toBe(false);
  });
});

describe('budget drafts', () => {
  it('drops fields not typed yet so the estimator names them', () => {
    expect(toWorkloadInput({ label: 'x', type: 'lora', model: 'llama-3.1-8b', tokens: null, epochs: 2 })).toEqual({ type: 'lora', model: 'llama-3.1-8b', epochs: 2 });
    const r = estimateDraft({ hardwareId: 'meluxina-a100-40gb', precision: 'bf16', workloads: [{ type: 'lora', model: { parameterCount: 1e9, layers: null } as never, tokens: 5 }] }, defaultGpuBudgetSettings());
    expect(r.estimate).toBeNull();
    expect(r.problems.map((p) => p.path)).toContain('workloads.0.model.layers');
    expect(problemPath('workloads[12].model.layers')).toBe('workloads.12.model.layers');
  });

  it('gives the same estimate as the estimator and says when there is nothing to estimate', () => {
    const direct = estimateGpuBudget({ hardwareId: 'h100-sxm', precision: 'fp8', workloads: [{ type: 'qlora', model: 'qwen2.5-14b', tokens: 1e8 }], settings: defaultGpuBudgetSettings() });
    expect(estimateDraft({ hardwareId: 'h100-sxm', precision: 'fp8', workloads: [{ type: 'qlora', model: 'qwen2.5-14b', tokens: 1e8 }] }, defaultGpuBudgetSettings()).estimate).toEqual(direct);
    expect(estimateDraft({ hardwareId: 'h100-sxm', precision: 'fp8', workloads: [] }, defaultGpuBudgetSettings())).toEqual({
      estimate: null,
      problems: [{ path: 'workloads', code: 'required', message: 'add at least one workload' }],
    });
    expect(estimateDraft({ hardwareId: 'a100-80gb', precision: 'fp8', workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 1 }] }, defaultGpuBudgetSettings()).problems[0]).toMatchObject({
      path: 'precision',
      code: 'precision_unsupported',
    });
  });

  it('estimates the complete workloads on their own while another one is incomplete', () => {
    const draft = {
      hardwareId: 'meluxina-a100-40gb',
      precision: 'bf16' as const,
      workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 5e7, epochs: 3 }, { type: 'lora', model: 'llama-3.1-8b', tokens: null }] as WorkloadDraft[],
    };
    expect(estimateDraft(draft, defaultGpuBudgetSettings()).estimate).toBeNull();
    const each = estimateEach(draft, defaultGpuBudgetSettings());
    expect(each[1]).toBeNull();
    expect(each[0]?.index).toBe(0);
    expect(each[0]?.gpuHours).toEqual(estimate([draft.workloads[0]]).workloads[0].gpuHours);
    const swapped = estimateEach({ ...draft, workloads: [draft.workloads[1], draft.workloads[0]] }, defaultGpuBudgetSettings());
    expect(swapped[0]).toBeNull();
    expect(swapped[1]?.index).toBe(1);
  });
});
