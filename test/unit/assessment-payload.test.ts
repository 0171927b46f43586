import { describe, expect, it } from 'vitest';
import { getInstrument } from '@shared/reference/instrument';
import { scoreAssessment, type Answer } from '@shared/domain/scoring';
import { buildAssessmentPayload, checkAssessmentPayload } from '@shared/contract/assessment-payload';
import type { CompanyFacts } from '@shared/contract/payload-common';
import { progressLabel, stepIndex, targetStepId, workshopSteps } from '@shared/domain/assessment-flow';
import { canonicalJson } from '@shared/domain/canonical-json';
import { assessmentPayload as portalAssessmentSchema } from '../portal/schemas';

const instrument = getInstrument('2026.1');
const company: CompanyFacts = {
  name: 'Menuiserie Schmit Sàrl',
  rcsNumber: 'B123456',
  naceCode: 'C16.23',
  headcount: 18,
  turnoverCents: 250_000_000,
  balanceSheetCents: null,
  related: [],
};
const base = { level: null, checked: null, notApplicable: false, unknown: false };
const answers: Answer[] = [
  { ...base, itemId: 'strategy.vision', level: 3, note: 'Le gérant veut des devis plus rapides' },
  { ...base, itemId: 'strategy.use_cases', notApplicable: true },
  { ...base, itemId: 'strategy.budget', unknown: true },
  { ...base, itemId: 'foundations.cybersecurity', checked: ['mfa', 'backups'] },
];

function payload(overrides: Partial<Parameters<typeof buildAssessmentPayload>[0]> = {}) {
  return buildAssessmentPayload({
    company,
    instrument,
    finalisedAt: '2026-03-02T10:15:00.000Z',
    result: scoreAssessment(instrument, answers, { strategy: 60 }),
    answers,
    ...overrides,
  });
}

describe('assessment payload (portal-protocol.md, `assessment`)', () => {
  it('an incomplete overall stays protocol-valid and says which dimensions it leaves out, with its scoring version', () => {
    // strategy and foundations answered: 5 of 7 dimensions have no score.
    const p = payload() as Record<string, unknown>;
    expect(p.overallScore).toEqual(expect.any(Number));
    expect(p.scoringVersion).toBe('2026.2');
    expect(p.overallCoverage).toEqual({ complete: false, missingDimensionIds: ['people', 'data', 'ai_use', 'responsible', 'green'] });
    expect(checkAssessmentPayload(p)).toEqual([]);
    expect(portalAssessmentSchema.safeParse(p).success).toBe(true); // the reference portal keeps unknown fields
    expect(checkAssessmentPayload({ ...p, overallCoverage: { complete: 'no', missingDimensionIds: [] } })).not.toEqual([]);
  });

  it('carries every question of the instrument, the scores and the consent flag, never the notes', () => {
    const p = payload() as { answers: { questionId: string; value: unknown; notApplicable: boolean; unknown: boolean }[] } & Record<string, unknown>;
    expect(checkAssessmentPayload(p)).toEqual([]);
    expect(p.consentToBenchmark).toBe(true);
    expect(p.answers).toHaveLength(instrument.items.length);
    const by = new Map(p.answers.map((a) => [a.questionId, a]));
    expect(by.get('strategy.vision')).toEqual({ questionId: 'strategy.vision', value: 3, notApplicable: false, unknown: false });
    expect(by.get('strategy.use_cases')).toEqual({ questionId: 'strategy.use_cases', value: null, notApplicable: true, unknown: false });
    expect(by.get('strategy.budget')).toEqual({ questionId: 'strategy.budget', value: null, notApplicable: false, unknown: true });
    expect(by.get('foundations.cybersecurity')?.value).toEqual(['mfa', 'backups']);
    expect(by.get('data.quality')).toEqual({ questionId: 'data.quality', value: null, notApplicable: false, unknown: false });
    expect(canonicalJson(p)).not.toContain('devis');
    // Optional company figures that are unknown are left out, not sent as null.
    expect(p.company).not.toHaveProperty('balanceSheetCents');
    expect((p.dimensions as { id: string; target?: number }[]).find((d) => d.id === 'strategy')?.target).toBe(60);
    expect((p.dimensions as { id: string; target?: number }[]).find((d) => d.id === 'data')).not.toHaveProperty('target');
  });

  it('is deterministic: the same revision gives the same canonical JSON (so the same sha256)', () => {
    expect(canonicalJson(payload())).toBe(canonicalJson(payload({ answers: [...answers].reverse() })));
  });

  it('names what would make the portal refuse it', () => {
    const unknownShare = [{ name: 'Holding', headcount: 5, turnoverCents: 1, balanceSheetCents: 1, sharePercent: null }];
    expect(checkAssessmentPayload(payload({ company: { ...company, related: unknownShare } })).join()).toMatch(/company\.sizeClass/);
    expect(checkAssessmentPayload(payload({ company: { ...company, headcount: null } })).join()).toMatch(/company\.headcount/);
    expect(checkAssessmentPayload(payload({ company: { ...company, name: '  ' } })).join()).toMatch(/company\.name/);
    const nothing = payload({ result: scoreAssessment(instrument, [], {}), answers: [] });
    expect(checkAssessmentPayload(nothing).join()).toMatch(/overallScore/);
    expect(checkAssessmentPayload(payload({ finalisedAt: 'yesterday' })).join()).toMatch(/finalisedAt/);
  });
});

describe('workshop steps', () => {
  const steps = workshopSteps(instrument);
  it('asks every item once, dimension by dimension, each followed by its target', () => {
    expect(steps.filter((s) => s.kind === 'item')).toHaveLength(instrument.items.length);
    expect(steps.filter((s) => s.kind === 'target')).toHaveLength(instrument.dimensions.length);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps[steps.length - 1].id).toBe(targetStepId('green'));
    const targetAt = steps.findIndex((s) => s.id === 'target:strategy');
    expect(steps.slice(0, targetAt).every((s) => s.dimensionId === 'strategy')).toBe(true);
    expect(steps[targetAt + 1].dimensionId).toBe('foundations');
  });

  it('resumes at a known step, else at the start', () => {
    expect(stepIndex(steps, 'data.quality')).toBe(steps.findIndex((s) => s.id === 'data.quality'));
    expect(stepIndex(steps, null)).toBe(0);
    expect(stepIndex(steps, 'removed.item')).toBe(0);
    expect(stepIndex([], 'x')).toBe(0);
    expect([0, 1, 2].map(progressLabel)).toEqual(['T0', 'T1', 'T2']);
  });
});
