/**
 * What the three portal payloads (assessment, roadmap, compute_request; docs/portal-protocol.md,
 * "Payloads") share: the `company` block, its one builder, and the value rules (scores 0–100 with
 * at most one decimal, money in integer cents, required text). One place, so the payloads cannot
 * drift apart on who counts as which company or what "missing" looks like.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { SIZE_CLASSES, sizeClassOf, type ClientSizeFields } from '../domain/sme-size';

/** A score: 0–100 with at most one decimal. */
export const payloadScore = z
  .number()
  .finite()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, { message: 'one_decimal' });

/** Money: integer euro cents. */
export const payloadCents = z.number().int().min(0).max(LIMITS.maxCents);

/** A required text: blank is "required". */
export const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max);

/** `company {name, rcsNumber?, naceCode?, sizeClass, headcount, turnoverCents?, balanceSheetCents?}`; unknown keys are kept. */
export const payloadCompanySchema = z.looseObject({
  name: requiredText(LIMITS.shortText),
  rcsNumber: z.string().max(20).optional(),
  naceCode: z.string().max(10).optional(),
  sizeClass: z.enum(SIZE_CLASSES),
  headcount: z.number().min(0).max(10_000_000),
  turnoverCents: payloadCents.optional(),
  balanceSheetCents: payloadCents.optional(),
});

/** The client's fields the company block is made from (a `Client` fits). */
export interface CompanyFacts extends ClientSizeFields {
  name: string;
  rcsNumber: string | null;
  naceCode: string | null;
}

/**
 * The `company` block as it will be queued (validate it with the payload's schema). The size
 * class comes from the client's figures, never guessed. The protocol's optional fields are left
 * out when unknown (not sent as null or ""); the required ones are kept even when unknown (an
 * "unknown" size class, a null headcount) so the schema names what is missing instead of the
 * block silently losing it.
 */
export function payloadCompany(company: CompanyFacts): Record<string, unknown> {
  const given = (v: string | null) => v !== null && v !== '';
  return {
    name: company.name,
    ...(given(company.rcsNumber) ? { rcsNumber: company.rcsNumber } : {}),
    ...(given(company.naceCode) ? { naceCode: company.naceCode } : {}),
    sizeClass: sizeClassOf(company).sizeClass,
    headcount: company.headcount,
    ...(company.turnoverCents !== null ? { turnoverCents: company.turnoverCents } : {}),
    ...(company.balanceSheetCents !== null ? { balanceSheetCents: company.balanceSheetCents } : {}),
  };
}
