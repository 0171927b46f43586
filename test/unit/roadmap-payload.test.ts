/** The app's roadmap payload follows portal-protocol.md: `aiSystem` required, "minimal" without an AI system, benefit in cents. */
import { describe, expect, it } from 'vitest';
import { roadmapPayloadSchema } from '@shared/contract/roadmap-payload';
import { roadmapPayload as portalRoadmapPayload } from '../portal/schemas';
import { PAYLOADS } from '../portal/samples';

// The app sends the level as its id (the protocol leaves the type open; the sample uses a number).
const sample = () => {
  const p = PAYLOADS.roadmap() as { assessment: Record<string, unknown>; initiatives: Record<string, unknown>[] };
  return { ...p, assessment: { ...p.assessment, level: 'adopted' } };
};
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.map(String).join('.'));

describe('roadmap payload', () => {
  it('the protocol sample passes the app schema and the reference portal alike', () => {
    expect(roadmapPayloadSchema.safeParse(sample()).success).toBe(true);
    expect(portalRoadmapPayload.safeParse(sample()).success).toBe(true);
  });

  it('requires aiSystem on every initiative', () => {
    const p = sample();
    delete p.initiatives[0].aiSystem;
    expect(paths(roadmapPayloadSchema.safeParse(p))).toContain('initiatives.0.aiSystem');
  });

  it('an initiative with no AI system is "minimal", in the app and on the portal', () => {
    const p = sample();
    p.initiatives[2] = { ...p.initiatives[2], aiSystem: false, aiActRisk: 'limited' };
    expect(paths(roadmapPayloadSchema.safeParse(p))).toContain('initiatives.2.aiActRisk');
    expect(portalRoadmapPayload.safeParse(p).success).toBe(false);
  });

  it('sends the benefit as integer cents per year', () => {
    const p = sample();
    p.initiatives[0].expectedBenefitCentsPerYear = 1_200_000;
    expect(roadmapPayloadSchema.safeParse(p).success).toBe(true);
    p.initiatives[0].expectedBenefitCentsPerYear = -1;
    expect(paths(roadmapPayloadSchema.safeParse(p))).toContain('initiatives.0.expectedBenefitCentsPerYear');
  });
});
