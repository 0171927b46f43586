/**
 * The `assessment` payload of the portal protocol (docs/portal-protocol.md,
 * "Payloads"): sent only for clients who consented to share their results for peer benchmarks.
 *
 * Protocol rules mirrored here: the listed fields are required; scores are numbers 0–100 with
 * at most one decimal; objects are loose (unknown fields are kept). Our choices:
 * - `level` is the MITRE level id ('initial' … 'optimized'); the protocol allows a string;
 * - notes are NOT sent (`note?` is optional): they are free text from the workshop and may name
 *   people; the benchmark only needs the answers;
 * - an answer's `value` is the level (scale) or the list of option ids in place (checklist), null
 *   when not applicable, don't know or unanswered. Unanswered items are sent as value null with
 *   both flags false, so the portal sees the whole instrument.
 * - extra fields (the protocol keeps unknown fields): `scoringVersion` (the level cut-offs the
 *   `level` follows) and `overallCoverage` {complete, missingDimensionIds}: an overall score over
 *   fewer dimensions than the instrument has is sent as the protocol requires (a number) but
 *   marked incomplete, naming the dimensions without a score.
 */
import { z } from 'zod';
import { payloadCompany, payloadCompanySchema, payloadScore, type CompanyFacts } from './payload-common';
import { answerState, type Answer, type AssessmentScore, MATURITY_LEVELS } from '../domain/scoring';
import type { Instrument } from '../reference/instrument/types';

const count = z.number().int().min(0).max(10_000);

export const assessmentPayloadSchema = z.looseObject({
  company: payloadCompanySchema,
  consentToBenchmark: z.literal(true),
  instrumentVersion: z.string().min(1).max(40),
  finalisedAt: z.iso.datetime({ offset: true }),
  overallScore: payloadScore,
  level: z.enum(MATURITY_LEVELS),
  scoringVersion: z.string().min(1).max(40).optional(),
  overallCoverage: z
    .looseObject({ complete: z.boolean(), missingDimensionIds: z.array(z.string().min(1).max(80)).max(100) })
    .optional(),
  dimensions: z
    .array(
      z.looseObject({
        id: z.string().min(1).max(80),
        score: payloadScore.nullable(),
        target: payloadScore.optional(),
        answered: count,
        notApplicable: count,
        unknown: count,
      }),
    )
    .max(100),
  answers: z
    .array(
      z.looseObject({
        questionId: z.string().min(1).max(120),
        value: z.union([z.number().int().min(0).max(5), z.array(z.string().max(80)).max(50), z.null()]),
        notApplicable: z.boolean(),
        unknown: z.boolean(),
      }),
    )
    .max(1000),
});

/** Builds the payload from a finalised revision. Pure; validate with `checkAssessmentPayload`. */
export function buildAssessmentPayload(input: {
  company: CompanyFacts;
  instrument: Instrument;
  finalisedAt: string;
  result: AssessmentScore;
  answers: readonly Answer[];
}): Record<string, unknown> {
  const { company, instrument, result } = input;
  const byItem = new Map(input.answers.map((a) => [a.itemId, a]));
  return {
    company: payloadCompany(company),
    consentToBenchmark: true,
    instrumentVersion: instrument.version,
    finalisedAt: input.finalisedAt,
    overallScore: result.overall,
    level: result.level,
    scoringVersion: result.scoringVersion,
    overallCoverage: { complete: result.coverage.complete, missingDimensionIds: [...result.coverage.missing] },
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      score: d.score,
      ...(d.target !== null ? { target: d.target } : {}),
      answered: d.answered,
      notApplicable: d.notApplicable,
      unknown: d.unknown,
    })),
    answers: instrument.items.map((item) => {
      const answer = byItem.get(item.id);
      const state = answerState(item, answer);
      const value = state !== 'answered' ? null : item.format.kind === 'scale' ? answer!.level : [...(answer!.checked ?? [])];
      return { questionId: item.id, value, notApplicable: state === 'notApplicable', unknown: state === 'unknown' };
    }),
  };
}

/** The problems ("path: message") that would make the portal refuse the payload; [] when fine. */
export function checkAssessmentPayload(payload: unknown): string[] {
  const parsed = assessmentPayloadSchema.safeParse(payload);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(payload)'}: ${i.message}`);
}
