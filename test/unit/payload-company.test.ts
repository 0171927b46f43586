/**
 * The `company` block of the three portal payloads (portal-protocol.md, "Payloads"): one builder
 * (payloadCompany) and one schema. Optional fields (rcsNumber, naceCode, turnoverCents,
 * balanceSheetCents) are left out when unknown; required ones (sizeClass, headcount) are kept
 * so each payload's check names exactly what is missing.
 */
import { describe, expect, it } from 'vitest';
import { buildAssessmentPayload, checkAssessmentPayload } from '@shared/contract/assessment-payload';
import { buildComputeRequestPayload, checkComputeRequest } from '@shared/contract/compute-request-payload';
import { payloadCompany, type CompanyFacts } from '@shared/contract/payload-common';
import { buildRoadmapPayload, roadmapPayloadSchema } from '@shared/contract/roadmap-payload';
import { defaultComputeRequestFields } from '@shared/domain/compute-request';
import { estimateDraft } from '@shared/domain/gpu-budget-draft';
import { scoreAssessment, type Answer } from '@shared/domain/scoring';
import { getCatalogue } from '@shared/reference/catalogue';
import { defaultGpuBudgetSettings } from '@shared/reference/gpu/settings';
import { getInstrument } from '@shared/reference/instrument';

const FULL: CompanyFacts = {
  name: 'Muller Logistique S.à r.l.',
  rcsNumber: 'B123456',
  naceCode: 'H49.41',
  headcount: 12,
  turnoverCents: 320_000_000,
  balanceSheetCents: 150_000_000,
  related: [],
};

const instrument = getInstrument('2026.1');
const answers: Answer[] = instrument.items.map((item) =>
  item.format.kind === 'scale'
    ? { itemId: item.id, level: 3, checked: null, notApplicable: false, unknown: false }
    : { itemId: item.id, level: null, checked: [], notApplicable: false, unknown: false },
);

/** The three payloads for one client, as the services build them. */
function payloads(company: CompanyFacts) {
  const result = scoreAssessment(instrument, answers, {});
  const assessment = buildAssessmentPayload({ company, instrument, finalisedAt: '2026-03-02T10:15:00.000Z', result, answers });
  const roadmap = buildRoadmapPayload({
    company,
    check: { id: '0195a3c4-8f1e-7c2a-9b3d-1e2f3a4b5c6d', revision: 1, overall: result.overall, level: result.level },
    horizonMonths: 12,
    initiatives: [
      {
        key: '00000000-0000-4000-8000-000000000001',
        templateId: 'data-inventory-audit',
        title: '',
        pillar: 'assess',
        dimensionIds: ['data'],
        startMonth: 0,
        durationMonths: 2,
        costCents: 1_400_000,
        owner: '',
        expectedBenefitCentsPerYear: null,
        kpi: '',
        usesAi: false,
        aiActAnswers: {},
      },
    ],
    catalogue: getCatalogue(),
    locale: 'fr',
  });
  const estimate = estimateDraft(
    { hardwareId: 'meluxina-a100-40gb', precision: 'bf16', workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }] },
    defaultGpuBudgetSettings(),
  ).estimate!;
  const fields = {
    ...defaultComputeRequestFields({ estimate, budgetName: 'Assistant SAV', locale: 'fr', now: new Date('2026-03-02T09:41:00Z') }),
    summary: 'Affiner un modèle sur les échanges du service client.',
    storageGiB: 200,
    justification: 'Texte rédigé par le conseiller.',
  };
  const computeRequest = buildComputeRequestPayload({ company, fields, estimate });
  return { assessment, roadmap, computeRequest };
}

/** The payload paths under `company` each payload's own check refuses. */
function companyProblems(company: CompanyFacts) {
  const p = payloads(company);
  const roadmap = roadmapPayloadSchema.safeParse(p.roadmap);
  return {
    assessment: checkAssessmentPayload(p.assessment).map((s) => s.split(':')[0]).filter((s) => s.startsWith('company.')).sort(),
    roadmap: (roadmap.success ? [] : roadmap.error.issues.map((i) => i.path.join('.'))).filter((s) => s.startsWith('company.')).sort(),
    computeRequest: checkComputeRequest(p.computeRequest).problems.map((x) => x.path).filter((s) => s.startsWith('company.')).sort(),
  };
}

describe('the company block of every portal payload', () => {
  it('is the same block in the assessment, roadmap and compute_request payloads', () => {
    for (const company of [FULL, { ...FULL, rcsNumber: '', naceCode: '', balanceSheetCents: null }, { ...FULL, headcount: null, turnoverCents: null, balanceSheetCents: null }]) {
      const p = payloads(company);
      expect(p.assessment.company).toEqual(payloadCompany(company));
      expect(p.roadmap.company).toEqual(payloadCompany(company));
      expect(p.computeRequest.company).toEqual(payloadCompany(company));
    }
  });

  it('sends every known field, with the size class from the figures', () => {
    expect(payloadCompany(FULL)).toEqual({
      name: FULL.name,
      rcsNumber: 'B123456',
      naceCode: 'H49.41',
      sizeClass: 'small',
      headcount: 12,
      turnoverCents: 320_000_000,
      balanceSheetCents: 150_000_000,
    });
    expect(companyProblems(FULL)).toEqual({ assessment: [], roadmap: [], computeRequest: [] });
  });

  it('leaves the optional fields out when unknown, never null or ""', () => {
    const block = payloadCompany({ ...FULL, rcsNumber: '', naceCode: null, balanceSheetCents: null });
    expect(block).toEqual({ name: FULL.name, sizeClass: 'small', headcount: 12, turnoverCents: 320_000_000 });
    expect(payloadCompany({ ...FULL, turnoverCents: null })).not.toHaveProperty('turnoverCents');
    expect(companyProblems({ ...FULL, rcsNumber: '', naceCode: null, balanceSheetCents: null })).toEqual({ assessment: [], roadmap: [], computeRequest: [] });
  });

  it('keeps the required fields when unknown, so all three checks name them alike', () => {
    const block = payloadCompany({ ...FULL, headcount: null, turnoverCents: null, balanceSheetCents: null });
    expect(block).toMatchObject({ sizeClass: 'unknown', headcount: null });
    const missing = ['company.headcount', 'company.sizeClass'];
    expect(companyProblems({ ...FULL, headcount: null, turnoverCents: null, balanceSheetCents: null })).toEqual({ assessment: missing, roadmap: missing, computeRequest: missing });
    const unknownShare = { ...FULL, related: [{ name: 'Holding', headcount: 5, turnoverCents: 1, balanceSheetCents: 1, sharePercent: null }] };
    expect(companyProblems(unknownShare)).toEqual({ assessment: ['company.sizeClass'], roadmap: ['company.sizeClass'], computeRequest: ['company.sizeClass'] });
    expect(companyProblems({ ...FULL, name: '  ' })).toEqual({ assessment: ['company.name'], roadmap: ['company.name'], computeRequest: ['company.name'] });
  });

  it('counts partner and linked enterprises in the size class, in every payload', () => {
    const linked = { ...FULL, related: [{ name: 'Groupe', headcount: 300, turnoverCents: 9_000_000_000, balanceSheetCents: 9_000_000_000, sharePercent: 60 }] };
    const p = payloads(linked);
    expect([p.assessment.company, p.roadmap.company, p.computeRequest.company].map((c) => (c as { sizeClass: string }).sizeClass)).toEqual(['large', 'large', 'large']);
  });
});
