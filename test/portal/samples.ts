/**
 * Valid sample payloads of each kind (portal-protocol.md, "Payloads") and helpers to queue or
 * send them: used by the conformance tests, the sync tests, the e2e spec and the benchmark.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '@shared/domain/canonical-json';
import { enqueueSubmission } from '@main/sync/outbox';
import { sha256Hex, type SubmissionKind } from '@main/sync/submission-envelope';
import type { Db } from '@main/db/open-database';

export const company = (name = 'Boulangerie Muller Sàrl') => ({
  name,
  rcsNumber: 'B123456',
  naceCode: 'C10.71',
  sizeClass: 'small',
  headcount: 23,
  turnoverCents: 410_000_000,
  balanceSheetCents: 180_000_000,
});

export function assessmentPayload(overrides: Record<string, unknown> = {}) {
  return {
    company: company(),
    instrumentVersion: '2026.1',
    finalisedAt: '2026-03-02T09:41:00.000Z',
    overallScore: 41.2,
    level: 2,
    consentToBenchmark: true,
    dimensions: [
      { id: 'strategy', score: 45, target: 60, answered: 5, notApplicable: 0, unknown: 0 },
      { id: 'data', score: 35.5, answered: 4, notApplicable: 1, unknown: 0 },
    ],
    answers: [
      { questionId: 'strategy.vision', value: 3, notApplicable: false, unknown: false, note: 'Vision discussed with the owner' },
      { questionId: 'data.quality', value: null, notApplicable: false, unknown: true },
    ],
    ...overrides,
  };
}

export function roadmapPayload(overrides: Record<string, unknown> = {}) {
  return {
    company: company(),
    assessment: { id: '0195a3c4-8f1e-7c2a-9b3d-1e2f3a4b5c6d', revision: 1, overallScore: 41.2, level: 2 },
    horizonMonths: 18,
    initiatives: [
      { id: 'i1', title: 'Demand forecasting for the bakery line', pillar: 'build_test', dimensionIds: ['data'], startMonth: 1, durationMonths: 6, costCents: 4_500_000, aiSystem: true, aiActRisk: 'minimal' },
      { id: 'i2', title: 'Staff training on AI tools', pillar: 'upskill', dimensionIds: ['people'], startMonth: 0, durationMonths: 3, costCents: 800_000, kpi: '12 staff trained', aiSystem: true, aiActRisk: 'unclassified' },
      { id: 'i3', title: 'Fit 4 AI application', pillar: 'fund', dimensionIds: [], startMonth: 2, durationMonths: 2, costCents: 0, aiSystem: false, aiActRisk: 'minimal' },
    ],
    funding: { scenarioName: 'Fit 4 AI + SME Package', totalCostCents: 5_300_000, totalAidCents: 2_650_000, netCostCents: 2_650_000, schemes: [{ schemeId: 'fit4ai', aidCents: 2_650_000 }] },
    ...overrides,
  };
}

export function computeRequestPayload(overrides: Record<string, unknown> = {}) {
  return {
    company: company('Précision Mécanique Esch S.A.'),
    projectTitle: 'Visual inspection of machined parts',
    summary: 'Fine-tune a vision model on 40 000 labelled images of defects.',
    accessMode: 'fast_lane',
    system: 'MeluXina-AI',
    gpuModel: 'H200',
    periodMonths: 3,
    startDate: '2026-04-01',
    workloads: [
      { type: 'vision_training', model: 'ViT-L/16', parameterCount: 304_000_000, images: 40_000, epochs: 30, gpuHoursLow: 120, gpuHoursExpected: 180, gpuHoursHigh: 260, peakMemoryGiB: 48, gpusPerJob: 4 },
    ],
    totalGpuHours: 180,
    nodeHours: 45,
    storageGiB: 500,
    dataSensitivity: 'confidential',
    personalData: false,
    energyKwh: 126,
    co2eKg: 9.5,
    estimatedCostCents: 0,
    cashbackCents: 0,
    justification: 'Defect rate of 2.1 % costs about €180 000 a year in scrap.',
    ...overrides,
  };
}

export const PAYLOADS = { assessment: assessmentPayload, roadmap: roadmapPayload, compute_request: computeRequestPayload } as const;

/** A complete envelope as the app sends it. */
export function envelope(kind: SubmissionKind, options: { id?: string; revision?: number; payload?: Record<string, unknown>; deviceId?: string | null } = {}) {
  const payload = options.payload ?? PAYLOADS[kind]();
  const revision = options.revision ?? 1;
  return {
    kind,
    id: options.id ?? randomUUID(),
    revision,
    supersedes: revision > 1 ? revision - 1 : null,
    locale: 'fr',
    createdAt: '2026-03-02T09:41:00.000Z',
    client: { appVersion: '1.2.0', instrumentVersion: '2026.1', deviceId: options.deviceId ?? null },
    payload,
    sha256: sha256Hex(canonicalJson(payload)),
  };
}

/** Queues one record in the app's outbox, as a finalising feature does. */
export function enqueue(db: Db, kind: SubmissionKind, options: { recordId?: string; revision?: number; payload?: Record<string, unknown>; clientId?: string | null } = {}) {
  const recordId = options.recordId ?? randomUUID();
  const result = db.transaction(() =>
    enqueueSubmission(db, {
      kind,
      recordId,
      revision: options.revision ?? 1,
      locale: 'fr',
      clientId: options.clientId ?? null,
      payload: options.payload ?? PAYLOADS[kind](),
      instrumentVersion: '2026.1',
      appVersion: 'test',
      createdAt: new Date('2026-03-02T09:41:00Z'),
      newId: randomUUID,
    }),
  )();
  return { recordId, ...result };
}
