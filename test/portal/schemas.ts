/**
 * Schema validation of submissions, exactly the required fields of portal-protocol.md
 * ("Payloads"). Objects are loose: unknown fields are kept, as the protocol says.
 * A failed check becomes a 422 with `details.fields: [{path: "payload.initiatives[2].costCents", ...}]`.
 */
import { z } from 'zod';

const uuid = z.uuid();
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const text = (max = 10_000) => z.string().max(max);
const required = (max = 500) => z.string().trim().min(1).max(max);
const nonNegative = z.number().finite().min(0);
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** "Scores are numbers 0–100 with one decimal at most." */
export const score = z
  .number()
  .finite()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, { message: 'at most one decimal' });

const level = z.union([z.number().int().min(0).max(5), required(40)]);

export const company = z.looseObject({
  name: required(300),
  rcsNumber: optional(text(40)),
  naceCode: optional(text(20)),
  sizeClass: z.enum(['micro', 'small', 'medium', 'large']),
  headcount: nonNegative,
  turnoverCents: optional(cents),
  balanceSheetCents: optional(cents),
});

export const assessmentPayload = z.looseObject({
  company,
  instrumentVersion: required(40),
  finalisedAt: isoDateTime,
  overallScore: score,
  level,
  consentToBenchmark: z.boolean().optional(),
  dimensions: z
    .array(
      z.looseObject({
        id: required(80),
        score: score.nullable(),
        target: optional(score),
        answered: z.number().int().min(0),
        notApplicable: z.number().int().min(0),
        unknown: z.number().int().min(0),
      }),
    )
    .max(100),
  answers: z
    .array(
      z.looseObject({
        questionId: required(120),
        value: z.unknown().refine((v) => v !== undefined, { message: 'required (null when not answered)' }),
        notApplicable: z.boolean(),
        unknown: z.boolean(),
        note: optional(text(50_000)),
      }),
    )
    .max(1000),
});

const PILLARS = ['assess', 'upskill', 'connect', 'fund', 'build_test', 'scale_execute'] as const;
const AI_ACT_RISKS = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'] as const;

export const roadmapPayload = z.looseObject({
  company,
  assessment: z.looseObject({ id: uuid, revision: z.number().int().min(1), overallScore: score, level }),
  horizonMonths: z.number().int().min(1).max(120),
  initiatives: z
    .array(
      z.looseObject({
        id: required(80),
        title: required(500),
        pillar: z.enum(PILLARS),
        dimensionIds: z.array(required(80)).max(50),
        startMonth: z.number().int().min(0).max(240),
        durationMonths: z.number().int().min(1).max(240),
        costCents: cents,
        expectedBenefitCentsPerYear: optional(cents),
        kpi: optional(text()),
        aiSystem: z.boolean(),
        aiActRisk: z.enum(AI_ACT_RISKS),
      })
      // portal-protocol.md: an initiative that develops or uses no AI system sends aiActRisk "minimal".
      .refine((i) => i.aiSystem || i.aiActRisk === 'minimal', { message: 'an initiative without an AI system is "minimal"', path: ['aiActRisk'] }),
    )
    .max(500),
  funding: optional(
    z.looseObject({
      scenarioName: text(500),
      totalCostCents: cents,
      totalAidCents: cents,
      netCostCents: cents,
      schemes: z.array(z.looseObject({ schemeId: required(80), aidCents: cents })).max(100),
    }),
  ),
  document: optional(
    z.looseObject({
      fileName: required(260),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'lowercase hex sha256'),
      sizeBytes: z.number().int().min(0),
    }),
  ),
});

const WORKLOAD_TYPES = ['full_finetune', 'lora', 'qlora', 'pretraining', 'vision_training', 'batch_inference', 'serving'] as const;

export const computeRequestPayload = z.looseObject({
  company,
  projectTitle: required(500),
  summary: text(),
  accessMode: z.enum(['playground', 'fast_lane', 'large_scale']),
  system: required(100),
  gpuModel: required(100),
  periodMonths: z.number().int().min(1).max(60),
  startDate: isoDate,
  workloads: z
    .array(
      z.looseObject({
        type: z.enum(WORKLOAD_TYPES),
        model: required(200),
        parameterCount: nonNegative,
        tokens: optional(nonNegative),
        images: optional(nonNegative),
        epochs: optional(nonNegative),
        gpuHoursLow: nonNegative,
        gpuHoursExpected: nonNegative,
        gpuHoursHigh: nonNegative,
        peakMemoryGiB: nonNegative,
        gpusPerJob: z.number().int().min(1),
      }),
    )
    .min(1)
    .max(100),
  totalGpuHours: nonNegative,
  nodeHours: nonNegative,
  storageGiB: nonNegative,
  dataSensitivity: z.enum(['public', 'internal', 'confidential', 'personal']),
  personalData: z.boolean(),
  energyKwh: nonNegative,
  co2eKg: nonNegative,
  estimatedCostCents: cents,
  cashbackCents: cents,
  justification: text(),
});

export const PAYLOAD_SCHEMAS = {
  assessment: assessmentPayload,
  roadmap: roadmapPayload,
  compute_request: computeRequestPayload,
} as const;

export type Kind = keyof typeof PAYLOAD_SCHEMAS;
export const KINDS = Object.keys(PAYLOAD_SCHEMAS) as Kind[];

export const envelope = z.looseObject({
  kind: z.enum(['roadmap', 'compute_request', 'assessment']),
  id: uuid,
  revision: z.number().int().min(1),
  supersedes: z.number().int().min(1).nullable(),
  locale: z.enum(['fr', 'de', 'en', 'lb']),
  createdAt: isoDateTime,
  client: z.looseObject({ appVersion: required(50), instrumentVersion: required(40), deviceId: uuid.nullable() }),
  payload: z.record(z.string(), z.unknown()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'lowercase hex sha256'),
});

export interface FieldError {
  path: string;
  message: string;
  code: string;
}

/** ['payload', 'initiatives', 2, 'costCents'] → "payload.initiatives[2].costCents". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function issues(error: z.ZodError, prefix: PropertyKey[]): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message, code: issue.code }));
}

/** Validates the envelope, then the payload of its kind; all field errors at once. */
export function validateSubmission(body: unknown): { ok: true; value: z.infer<typeof envelope> } | { ok: false; fields: FieldError[] } {
  const outer = envelope.safeParse(body);
  const fields: FieldError[] = outer.success ? [] : issues(outer.error, []);
  const raw = body as { kind?: unknown; payload?: unknown } | null;
  const kind = raw && typeof raw === 'object' ? raw.kind : undefined;
  if (typeof kind === 'string' && kind in PAYLOAD_SCHEMAS && raw?.payload && typeof raw.payload === 'object') {
    const inner = PAYLOAD_SCHEMAS[kind as Kind].safeParse(raw.payload);
    if (!inner.success) fields.push(...issues(inner.error, ['payload']));
  }
  if (fields.length > 0 || !outer.success) return { ok: false, fields };
  const value = outer.data;
  if (value.supersedes !== null && value.supersedes >= value.revision) {
    return { ok: false, fields: [{ path: 'supersedes', message: 'must be lower than revision', code: 'too_big' }] };
  }
  return { ok: true, value };
}
