/**
 * The `roadmap` payload of the portal protocol (docs/portal-protocol.md, "Payloads"),
 * as a zod schema. The app checks a roadmap against it before the sign-off queues it, so the
 * portal's 422 never has to be the first to say a field is missing.
 *
 * Protocol rules mirrored here: the listed fields are required; money is integer euro cents;
 * scores are 0–100 with at most one decimal; objects are loose (unknown fields are kept).
 * Our readings, stricter than the text or filling a gap in it:
 * - `assessment.level` is the MITRE level id ('initial' … 'optimized'), as in the assessment payload;
 * - the benefit travels as `expectedBenefitCentsPerYear` (optional integer cents), as the protocol
 *   names it;
 * - `aiSystem` is required: an initiative that neither builds nor uses an AI system sends
 *   `aiSystem: false` with `aiActRisk: 'minimal'` (the protocol's rule, checked below);
 * - at least one initiative, and every initiative ends inside the horizon;
 * - `document` is left out: the report of a revision is made after its sign-off (the report shows
 *   the sign-off block), and a queued submission never changes.
 */
import { z } from 'zod';
import { LIMITS } from './common';
import { payloadCents, payloadCompany, payloadCompanySchema, payloadScore, requiredText, type CompanyFacts } from './payload-common';
import { MATURITY_LEVELS, type MaturityLevel } from '../domain/scoring';
import { effectiveRisk, resolveInitiativeText, type EditedInitiative } from '../domain/roadmap-edit';
import { AI_ACT_RISKS } from '../domain/ai-act';
import { PILLARS } from '../reference/catalogue/types';
import type { Catalogue } from '../reference/catalogue';
import type { Locale } from '../locale';

export { AI_ACT_RISKS };

export const roadmapPayloadInitiativeSchema = z.looseObject({
  id: requiredText(80),
  title: requiredText(LIMITS.shortText),
  pillar: z.enum(PILLARS),
  dimensionIds: z.array(requiredText(80)).max(50),
  startMonth: z.number().int().min(0).max(240),
  durationMonths: z.number().int().min(1).max(240),
  costCents: payloadCents,
  expectedBenefitCentsPerYear: payloadCents.optional(),
  kpi: z.string().max(LIMITS.mediumText).optional(),
  owner: z.string().max(LIMITS.shortText).optional(),
  aiActRisk: z.enum(AI_ACT_RISKS),
  aiSystem: z.boolean(),
  templateId: z.string().max(80).optional(),
});

export const roadmapPayloadSchema = z
  .looseObject({
    company: payloadCompanySchema,
    assessment: z.looseObject({
      id: z.string().uuid(),
      revision: z.number().int().min(1),
      overallScore: payloadScore,
      level: z.enum(MATURITY_LEVELS),
    }),
    horizonMonths: z.number().int().min(1).max(120),
    initiatives: z.array(roadmapPayloadInitiativeSchema).min(1).max(500),
    funding: z
      .looseObject({
        scenarioName: z.string().max(500),
        totalCostCents: payloadCents,
        totalAidCents: payloadCents,
        netCostCents: payloadCents,
        schemes: z.array(z.looseObject({ schemeId: requiredText(80), aidCents: payloadCents })).max(100),
      })
      .optional(),
    document: z
      .looseObject({
        fileName: requiredText(260),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        sizeBytes: z.number().int().min(0),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    p.initiatives.forEach((i, index) => {
      if (i.startMonth + i.durationMonths > p.horizonMonths) {
        ctx.addIssue({ code: 'custom', message: 'beyond_horizon', path: ['initiatives', index, 'durationMonths'] });
      }
      if (!i.aiSystem && i.aiActRisk !== 'minimal') {
        ctx.addIssue({ code: 'custom', message: 'no_ai_system_is_minimal', path: ['initiatives', index, 'aiActRisk'] });
      }
    });
  });

export interface RoadmapPayloadInput {
  /** The client's record: the `company` block is built from it by payloadCompany. */
  company: CompanyFacts;
  /** `scoringVersion`: the rules the level follows (sent as an extra field; the protocol keeps unknown fields). */
  check: { id: string; revision: number; overall: number | null; level: MaturityLevel | null; scoringVersion?: string };
  horizonMonths: number;
  initiatives: readonly EditedInitiative[];
  catalogue: Catalogue | undefined;
  locale: Locale;
  funding?: { scenarioName: string; totalCostCents: number; totalAidCents: number; netCostCents: number; schemes: { schemeId: string; aidCents: number }[] } | null;
}

/** The `roadmap` payload exactly as it will be queued (validate it with roadmapPayloadSchema). Pure. */
export function buildRoadmapPayload(input: RoadmapPayloadInput): Record<string, unknown> {
  const initiatives = input.initiatives.map((i) => {
    const text = resolveInitiativeText(i, input.catalogue, input.locale);
    return {
      id: i.key,
      title: text.title,
      pillar: i.pillar,
      dimensionIds: [...i.dimensionIds],
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
      costCents: i.costCents,
      ...(i.expectedBenefitCentsPerYear !== null ? { expectedBenefitCentsPerYear: i.expectedBenefitCentsPerYear } : {}),
      ...(text.kpi ? { kpi: text.kpi } : {}),
      ...(i.owner.trim() ? { owner: i.owner.trim() } : {}),
      aiActRisk: effectiveRisk(i),
      aiSystem: i.usesAi,
      ...(i.templateId ? { templateId: i.templateId } : {}),
    };
  });
  return {
    company: payloadCompany(input.company),
    // null is kept so the schema names the missing score instead of silently dropping it.
    assessment: {
      id: input.check.id,
      revision: input.check.revision,
      overallScore: input.check.overall,
      level: input.check.level,
      ...(input.check.scoringVersion ? { scoringVersion: input.check.scoringVersion } : {}),
    },
    horizonMonths: input.horizonMonths,
    initiatives,
    ...(input.funding ? { funding: input.funding } : {}),
  };
}
