import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ROADMAP_RULES,
  proposeRoadmap,
  roadmapTotals,
  type ProposeRoadmapInput,
  type ProposedRoadmap,
  type RoadmapDimensionInput,
  type RoadmapHorizon,
} from '@shared/domain/roadmap';
import { getCatalogue, type Catalogue, type InitiativeTemplate } from '@shared/reference/catalogue';

const catalogue = getCatalogue() as Catalogue;
const byId = new Map(catalogue.templates.map((t) => [t.id, t]));

const DIMENSION_IDS = ['strategy', 'foundations', 'people', 'data', 'ai_use', 'responsible', 'green'];
const ITEM_IDS = [
  'strategy.vision', 'strategy.use_cases', 'strategy.business_case', 'strategy.budget', 'strategy.leadership',
  'foundations.systems', 'foundations.cloud', 'foundations.cybersecurity', 'foundations.integration',
  'people.literacy', 'people.skills', 'people.change', 'people.training', 'people.partners',
  'data.inventory', 'data.quality', 'data.governance', 'data.access',
  'ai_use.genai', 'ai_use.pilots', 'ai_use.automation', 'ai_use.mlops', 'ai_use.compute',
  'responsible.ai_act', 'responsible.gdpr', 'responsible.oversight', 'responsible.policy', 'responsible.fairness',
  'green.measurement', 'green.efficiency', 'green.use_cases', 'green.procurement',
];

/** Every dimension at `score` with target `target`, overridden per dimension. */
function dims(score: number | null, target: number | null, overrides: Record<string, Partial<RoadmapDimensionInput>> = {}): RoadmapDimensionInput[] {
  return DIMENSION_IDS.map((id) => ({ id, score, target, ...overrides[id] }));
}

function input(partial: Partial<ProposeRoadmapInput>): ProposeRoadmapInput {
  return { dimensions: dims(50, 50), answers: [], horizonMonths: 12, catalogue, ...partial };
}

const ids = (r: ProposedRoadmap): string[] => r.initiatives.map((i) => i.templateId);

/** Invariants every proposed roadmap must satisfy, whatever the input. */
function checkInvariants(r: ProposedRoadmap, horizon: number, max: number, cat: Catalogue = catalogue, scored?: Set<string>): void {
  const templates = new Map(cat.templates.map((t) => [t.id, t]));
  const placed = new Map(r.initiatives.map((i) => [i.templateId, i]));
  expect(placed.size).toBe(r.initiatives.length); // no duplicates
  expect(r.initiatives.length).toBeLessThanOrEqual(max);
  for (const i of r.initiatives) {
    const t = templates.get(i.templateId) as InitiativeTemplate;
    expect(Number.isInteger(i.startMonth) && Number.isInteger(i.durationMonths)).toBe(true);
    expect(i.startMonth).toBeGreaterThanOrEqual(0);
    expect(i.durationMonths).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(t.durationMonths / 2)));
    expect(i.durationMonths).toBeLessThanOrEqual(t.durationMonths);
    expect(i.startMonth + i.durationMonths).toBeLessThanOrEqual(horizon);
    expect(i.shortened).toBe(i.durationMonths < t.durationMonths);
    expect(i.costCents).toBe(Math.round((t.costRangeCents[0] + t.costRangeCents[1]) / 2));
    expect(i.pillar).toBe(t.pillar);
    // Every prerequisite is either scheduled before it (or, when flagged, started together) or already in place.
    expect([...i.prerequisiteIds, ...i.prerequisitesInPlace].sort()).toEqual([...t.prerequisites].sort());
    for (const p of i.prerequisiteIds) {
      const pre = placed.get(p);
      expect(pre, `${i.templateId} needs ${p}`).toBeDefined();
      if (!pre) continue;
      if (i.overlapsPrerequisite) expect(pre.startMonth).toBeLessThanOrEqual(i.startMonth);
      else expect(pre.startMonth + pre.durationMonths).toBeLessThanOrEqual(i.startMonth);
    }
    // A gap exists exactly when a target does (no target is ever invented).
    if (i.reason.target === null) expect(i.reason.gap).toBeNull();
    else expect(Math.abs((i.reason.gap as number) - (i.reason.target - i.reason.score))).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(i.reason).not.toHaveProperty('targetIsDefault');
    // A pick is explained by one of its own dimensions; a pulled-in prerequisite may borrow its dependent's.
    // In sustain mode a template whose dimensions were not scored borrows the weakest scored dimension.
    if (!i.pulledIn && r.mode === 'close_gaps') expect(i.dimensionIds).toContain(i.reason.dimensionId);
    for (const w of i.reason.weakItemIds) expect(t.itemIds).toContain(w);
    if (scored) expect(scored.has(i.reason.dimensionId)).toBe(true);
  }
  // Output order: by start month.
  for (let k = 1; k < r.initiatives.length; k++) expect(r.initiatives[k].startMonth).toBeGreaterThanOrEqual(r.initiatives[k - 1].startMonth);
}

describe('proposeRoadmap: choosing initiatives', () => {
  it('serves the largest gap first and explains it with the weak answers', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(60, 70, { data: { score: 28, target: 60 } }),
        answers: [
          { itemId: 'data.inventory', score: 0 },
          { itemId: 'data.quality', score: 0.2 },
          { itemId: 'data.governance', score: 0.6 },
        ],
        maxInitiatives: 1,
      }),
    );
    expect(r.mode).toBe('close_gaps');
    expect(ids(r)).toEqual(['data-inventory-audit']);
    expect(r.initiatives[0].reason).toEqual({
      dimensionId: 'data',
      score: 28,
      target: 60,
      gap: 32,
      weakItemIds: ['data.inventory', 'data.quality'],
    });
  });

  it('gives bigger gaps more initiatives (one per 20 points, at most 3)', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { ai_use: { score: 10, target: 70 }, green: { score: 55, target: 65 } }),
        horizonMonths: 24,
        maxInitiatives: 20,
      }),
    );
    const picked = r.initiatives.filter((i) => i.reason.dimensionId === 'ai_use').length;
    expect(picked).toBeGreaterThanOrEqual(3);
    // A 10-point gap gets exactly one initiative of its own.
    expect(r.initiatives.filter((i) => i.reason.dimensionId === 'green').length).toBe(1);
    // Dimensions without a gap get nothing.
    expect(r.initiatives.some((i) => i.reason.dimensionId === 'strategy')).toBe(false);
  });

  it('picks the template that addresses the weak item, not just any of the dimension', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { responsible: { score: 40, target: 60 } }),
        answers: [
          { itemId: 'responsible.ai_act', score: 1 },
          { itemId: 'responsible.gdpr', score: 1 },
          { itemId: 'responsible.policy', score: 1 },
          { itemId: 'responsible.oversight', score: 0.2 },
          { itemId: 'responsible.fairness', score: 0 },
        ],
        maxInitiatives: 2,
      }),
    );
    // human-oversight-fairness hits both weak items; its prerequisite (AI Act classification) is already
    // in place (responsible.ai_act = 1), so it is not added.
    expect(ids(r)).toEqual(['human-oversight-fairness']);
    expect(r.initiatives[0].reason.weakItemIds).toEqual(['responsible.oversight', 'responsible.fairness']);
    expect(r.initiatives[0].prerequisitesInPlace).toEqual(['ai-act-classification']);
    expect(r.initiatives[0].prerequisiteIds).toEqual([]);
  });

  it('skips templates whose practices are already in place (all items ≥ 0.8)', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { data: { score: 40, target: 80 } }),
        answers: [
          { itemId: 'data.inventory', score: 0.8 },
          { itemId: 'data.quality', score: 1 },
          { itemId: 'data.access', score: 0.9 },
          { itemId: 'data.governance', score: 0 },
        ],
      }),
    );
    expect(ids(r)).not.toContain('data-inventory-audit');
    expect(r.initiatives.length).toBeGreaterThan(0);
    for (const i of r.initiatives) expect(i.reason.weakItemIds).toEqual(['data.governance']);
  });

  it('pulls in prerequisites and schedules them first', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { ai_use: { score: 20, target: 40 } }),
        answers: [
          { itemId: 'ai_use.pilots', score: 0 },
          { itemId: 'ai_use.automation', score: 0 },
        ],
        maxInitiatives: 4,
      }),
    );
    // The computer-vision pilot hits both weak items; it needs the data inventory and a business case,
    // which needs the opportunity workshop.
    expect(ids(r).sort()).toEqual(['ai-opportunity-workshop', 'cv-quality-control-pilot', 'data-inventory-audit', 'use-case-business-case']);
    const at = new Map(r.initiatives.map((i) => [i.templateId, i]));
    const end = (id: string) => (at.get(id)?.startMonth ?? 0) + (at.get(id)?.durationMonths ?? 0);
    expect(at.get('use-case-business-case')?.startMonth).toBeGreaterThanOrEqual(end('ai-opportunity-workshop'));
    expect(at.get('cv-quality-control-pilot')?.startMonth).toBeGreaterThanOrEqual(Math.max(end('data-inventory-audit'), end('use-case-business-case')));
    expect(at.get('data-inventory-audit')?.requiredBy).toEqual(['cv-quality-control-pilot']);
    // A pulled-in prerequisite without a gap of its own is explained by the gap that needs it.
    expect(at.get('ai-opportunity-workshop')).toMatchObject({ pulledIn: true, reason: { dimensionId: 'ai_use', weakItemIds: [] } });
    expect(at.get('cv-quality-control-pilot')?.pulledIn).toBe(false);
    checkInvariants(r, 12, 4);
  });

  it('does not let a pick plus its prerequisites exceed maxInitiatives, and takes the next candidate', () => {
    const r = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { ai_use: { score: 20, target: 40 } }),
        answers: [
          { itemId: 'ai_use.pilots', score: 0 },
          { itemId: 'ai_use.automation', score: 0 },
        ],
        maxInitiatives: 2,
      }),
    );
    expect(r.initiatives.length).toBeLessThanOrEqual(2);
    expect(ids(r)).not.toContain('cv-quality-control-pilot');
    expect(r.initiatives.length).toBeGreaterThan(0);
  });

  it('never invents a target: a dimension without one has no gap and is served only for its weak answers', () => {
    // Before 2026.2 this dimension got a made-up target of 50 ("one level up") and a gap of 20.
    const noEvidence = proposeRoadmap(input({ dimensions: dims(70, 70, { green: { score: 30, target: null } }), maxInitiatives: 5 }));
    expect(noEvidence.mode).toBe('sustain');
    for (const i of noEvidence.initiatives) {
      if (i.reason.dimensionId === 'green') expect(i.reason).toMatchObject({ score: 30, target: null, gap: null });
      else expect(i.reason.target).toBe(70);
    }
    const weak = proposeRoadmap(
      input({ dimensions: dims(70, 70, { green: { score: 30, target: null } }), answers: [{ itemId: 'green.measurement', score: 0 }], maxInitiatives: 5 }),
    );
    expect(weak.mode).toBe('close_gaps');
    const green = weak.initiatives.filter((i) => i.reason.dimensionId === 'green' && !i.pulledIn);
    expect(green).toHaveLength(1); // one initiative, not ceil(invented gap / 20)
    expect(green[0].reason).toEqual({ dimensionId: 'green', score: 30, target: null, gap: null, weakItemIds: ['green.measurement'] });
    // A real gap is served before a dimension without a target.
    const both = proposeRoadmap(
      input({
        dimensions: dims(70, 70, { green: { score: 10, target: null }, data: { score: 50, target: 70 } }),
        answers: [{ itemId: 'green.measurement', score: 0 }],
        maxInitiatives: 1,
      }),
    );
    expect(both.initiatives[0].reason).toMatchObject({ dimensionId: 'data', target: 70, gap: 20 });
  });

  it('treats gaps of at most 5 points as noise', () => {
    const r = proposeRoadmap(input({ dimensions: dims(50, 55) }));
    expect(r.mode).toBe('sustain');
    const r2 = proposeRoadmap(input({ dimensions: dims(50, 55, { data: { score: 50, target: 55.1 } }) }));
    expect(r2.mode).toBe('close_gaps');
    expect(r2.initiatives.every((i) => !byId.get(i.templateId)?.sustain)).toBe(true);
  });
});

describe('proposeRoadmap: mature and empty companies', () => {
  it('gives an all-Optimized company a short sustain-and-scale roadmap, never an empty one', () => {
    for (const horizon of [12, 18, 24] as const) {
      const r = proposeRoadmap(input({ dimensions: dims(88, 80), answers: ITEM_IDS.map((itemId) => ({ itemId, score: 1 })), horizonMonths: horizon }));
      expect(r.mode).toBe('sustain');
      expect(r.initiatives.length).toBeGreaterThanOrEqual(2);
      expect(r.initiatives.length).toBeLessThanOrEqual(4);
      for (const i of r.initiatives) {
        expect(byId.get(i.templateId)?.sustain).toBe(true);
        expect(i.reason.gap).toBeLessThanOrEqual(0);
      }
      checkInvariants(r, horizon, 4);
    }
  });

  it('also sustains when no target was set and every score is already ≥ 80', () => {
    const r = proposeRoadmap(input({ dimensions: dims(92, null) }));
    expect(r.mode).toBe('sustain');
    expect(r.initiatives.length).toBe(ROADMAP_RULES.sustainCount);
    expect(r.initiatives.every((i) => i.reason.gap === null && i.reason.target === null)).toBe(true);
  });

  it('points sustain initiatives at the relatively weakest area', () => {
    const r = proposeRoadmap(input({ dimensions: dims(95, 80, { people: { score: 81, target: 80 } }) }));
    const academy = r.initiatives.find((i) => i.templateId === 'sustain-ai-academy');
    expect(academy?.reason.dimensionId).toBe('people');
    expect(r.initiatives.map((i) => i.templateId)).toContain('sustain-ai-academy');
  });

  it('returns an empty "no_data" roadmap when nothing was scored', () => {
    expect(proposeRoadmap(input({ dimensions: dims(null, 60) }))).toMatchObject({ mode: 'no_data', initiatives: [], dropped: [] });
    expect(proposeRoadmap(input({ dimensions: [] }))).toMatchObject({ mode: 'no_data', initiatives: [] });
  });

  it('respects an explicit maxInitiatives of 0', () => {
    expect(proposeRoadmap(input({ dimensions: dims(20, 80), maxInitiatives: 0 })).initiatives).toEqual([]);
  });
});

describe('proposeRoadmap: bad input', () => {
  it('rejects a horizon other than 12, 18 or 24', () => {
    expect(() => proposeRoadmap(input({ horizonMonths: 6 as RoadmapHorizon }))).toThrow(RangeError);
  });

  it('treats NaN as unknown and clamps out-of-range scores', () => {
    const r = proposeRoadmap(
      input({
        dimensions: [
          { id: 'data', score: Number.NaN, target: 90 },
          { id: 'green', score: -50, target: 1e9 },
          { id: 'people', score: Number.POSITIVE_INFINITY, target: 10 },
        ],
        answers: [
          { itemId: 'green.measurement', score: Number.NaN },
          { itemId: 'green.efficiency', score: -3 },
          { itemId: 'green.use_cases', score: 7 },
        ],
        maxInitiatives: 1,
      }),
    );
    expect(r.initiatives).toHaveLength(1);
    const reason = r.initiatives[0].reason;
    expect(reason).toMatchObject({ dimensionId: 'green', score: 0, target: 100, gap: 100 });
    // -3 is clamped to 0 → weak; 7 → 1 → not weak; NaN → unknown.
    expect(reason.weakItemIds.every((i) => i === 'green.efficiency')).toBe(true);
  });

  it('rejects a catalogue with a prerequisite cycle or an unknown prerequisite', () => {
    const t = (id: string, prerequisites: string[]): InitiativeTemplate => ({
      ...(byId.get('data-inventory-audit') as InitiativeTemplate),
      id,
      prerequisites,
    });
    const cyclic: Catalogue = { ...catalogue, templates: [t('a', ['b']), t('b', ['a'])] };
    expect(() => proposeRoadmap(input({ catalogue: cyclic, dimensions: dims(70, 70, { data: { score: 10, target: 60 } }) }))).toThrow(/cycle/);
    const dangling: Catalogue = { ...catalogue, templates: [t('a', ['ghost'])] };
    expect(() => proposeRoadmap(input({ catalogue: dangling, dimensions: dims(70, 70, { data: { score: 10, target: 60 } }) }))).toThrow(/unknown/);
  });
});

describe('proposeRoadmap: fitting the horizon', () => {
  /** A toy catalogue on dimension `data`: a chain a → b → c → d → e of long initiatives, and f..j of 2 months. */
  const toy = (durations: Record<string, number>): Catalogue => {
    const base = byId.get('data-inventory-audit') as InitiativeTemplate;
    const mk = (id: string, prerequisites: string[], itemIds: string[]): InitiativeTemplate => ({
      ...base,
      id,
      prerequisites,
      itemIds,
      dimensionIds: ['data'],
      durationMonths: durations[id] ?? 2,
    });
    return {
      ...catalogue,
      templates: [
        mk('a', [], ['data.z1']),
        mk('b', ['a'], ['data.z2']),
        mk('c', ['b'], ['data.z3']),
        mk('d', ['c'], ['data.z4']),
        mk('e', ['d'], ['data.w1', 'data.w2', 'data.w3']),
      ],
    };
  };
  const weak = ['data.w1', 'data.w2', 'data.w3'].map((itemId) => ({ itemId, score: 0 }));

  it('shortens (to at least half), then overlaps with the prerequisite, then drops — never past the horizon', () => {
    const cat = toy({ a: 8, b: 8, c: 8, d: 10, e: 2 });
    const r = proposeRoadmap({ catalogue: cat, horizonMonths: 12, dimensions: [{ id: 'data', score: 30, target: 50 }], answers: weak, maxInitiatives: 10 });
    const at = new Map(r.initiatives.map((i) => [i.templateId, i]));
    expect(at.get('a')).toMatchObject({ startMonth: 0, durationMonths: 8, shortened: false, overlapsPrerequisite: false });
    expect(at.get('b')).toMatchObject({ startMonth: 8, durationMonths: 4, shortened: true, overlapsPrerequisite: false });
    expect(at.get('c')).toMatchObject({ startMonth: 8, durationMonths: 4, shortened: true, overlapsPrerequisite: true });
    expect(r.dropped).toEqual([
      { templateId: 'd', cause: 'horizon' },
      { templateId: 'e', cause: 'prerequisite_dropped' },
    ]);
    checkInvariants(r, 12, 10, cat);
  });

  it('keeps the full duration when the horizon is long enough', () => {
    const cat = toy({ a: 8, b: 8, c: 8, d: 10, e: 2 });
    const r = proposeRoadmap({ catalogue: cat, horizonMonths: 24, dimensions: [{ id: 'data', score: 30, target: 50 }], answers: weak, maxInitiatives: 10 });
    const at = new Map(r.initiatives.map((i) => [i.templateId, i]));
    expect(at.get('b')).toMatchObject({ startMonth: 8, durationMonths: 8, shortened: false });
    expect(at.get('c')).toMatchObject({ startMonth: 16, durationMonths: 8, overlapsPrerequisite: false });
    // d (10 months) cannot follow c; it starts with c and is cut to the horizon (8 ≥ half of 10).
    expect(at.get('d')).toMatchObject({ startMonth: 16, durationMonths: 8, shortened: true, overlapsPrerequisite: true });
    expect(at.get('e')).toMatchObject({ startMonth: 16, durationMonths: 2, shortened: false, overlapsPrerequisite: true });
    expect(r.dropped).toEqual([]);
    checkInvariants(r, 24, 10, cat);
  });

  it('runs at most three initiatives in parallel when the horizon allows it', () => {
    const base = byId.get('data-inventory-audit') as InitiativeTemplate;
    const cat: Catalogue = {
      ...catalogue,
      templates: ['p', 'q', 'r', 's', 't'].map((id) => ({ ...base, id, prerequisites: [], itemIds: [`data.${id}`], dimensionIds: ['data'], durationMonths: 2 })),
    };
    const r = proposeRoadmap({
      catalogue: cat,
      horizonMonths: 12,
      dimensions: [{ id: 'data', score: 0, target: 100 }],
      answers: ['p', 'q', 'r', 's', 't'].map((id) => ({ itemId: `data.${id}`, score: 0 })),
      maxInitiatives: 5,
    });
    // Gap 100 → 3 slots, so three are chosen; a second dimension is needed for more.
    expect(r.initiatives.map((i) => i.startMonth)).toEqual([0, 0, 0]);
    const r2 = proposeRoadmap({
      catalogue: { ...cat, templates: cat.templates.map((t, k) => (k < 3 ? t : { ...t, dimensionIds: ['green'], itemIds: [`green.${t.id}`] })) },
      horizonMonths: 12,
      dimensions: [
        { id: 'data', score: 0, target: 100 },
        { id: 'green', score: 0, target: 100 },
      ],
      answers: [],
      maxInitiatives: 5,
    });
    const starts = r2.initiatives.map((i) => i.startMonth);
    expect(starts.filter((s) => s === 0)).toHaveLength(3);
    expect(starts.filter((s) => s === 2)).toHaveLength(2);
  });
});

// ───────────────────────────── property tests ─────────────────────────────

const scoreArb = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 100 }));
const dimsArb = fc.tuple(...DIMENSION_IDS.map(() => fc.record({ score: scoreArb, target: scoreArb }))).map((list) =>
  list.map((d, k) => ({ id: DIMENSION_IDS[k], ...d })),
);
const answersArb = fc
  .subarray(ITEM_IDS)
  .chain((items) => fc.tuple(...items.map(() => fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })))).map((scores) => items.map((itemId, k) => ({ itemId, score: scores[k] }))));
const horizonArb = fc.constantFrom<RoadmapHorizon>(12, 18, 24);
const maxArb = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 40 }));

describe('proposeRoadmap: properties', () => {
  it('always fits the horizon, respects prerequisites and the maximum', () => {
    fc.assert(
      fc.property(dimsArb, answersArb, horizonArb, maxArb, (dimensions, answers, horizonMonths, maxInitiatives) => {
        const r = proposeRoadmap({ dimensions, answers, horizonMonths, maxInitiatives, catalogue });
        const max = maxInitiatives ?? ROADMAP_RULES.defaultMaxInitiatives[horizonMonths];
        const scored = new Set(dimensions.filter((d) => d.score !== null).map((d) => d.id));
        checkInvariants(r, horizonMonths, max, catalogue, scored);
        // No invented target: a reason names exactly the target given for its dimension, or none.
        for (const i of r.initiatives) {
          const given = dimensions.find((d) => d.id === i.reason.dimensionId)?.target ?? null;
          if (given === null) expect(i.reason.target).toBeNull();
          else expect(i.reason.target).toBeCloseTo(Math.round(given * 10) / 10, 9);
        }
        expect(r.horizonMonths).toBe(horizonMonths);
        if (dimensions.every((d) => d.score === null)) expect(r.mode).toBe('no_data');
        if (r.mode === 'sustain' && max >= 2) {
          expect(r.initiatives.length).toBeGreaterThanOrEqual(2);
          expect(r.initiatives.length).toBeLessThanOrEqual(4);
        }
        if (r.mode === 'close_gaps') expect(r.initiatives.every((i) => !byId.get(i.templateId)?.sustain)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order of dimensions and answers', () => {
    fc.assert(
      fc.property(dimsArb, answersArb, horizonArb, (dimensions, answers, horizonMonths) => {
        const a = proposeRoadmap({ dimensions, answers, horizonMonths, catalogue });
        const b = proposeRoadmap({ dimensions, answers, horizonMonths, catalogue });
        const c = proposeRoadmap({ dimensions: [...dimensions].reverse(), answers: [...answers].reverse(), horizonMonths, catalogue });
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('never proposes anything for a dimension whose gap is within the noise', () => {
    fc.assert(
      fc.property(dimsArb, answersArb, horizonArb, (dimensions, answers, horizonMonths) => {
        const r = proposeRoadmap({ dimensions, answers, horizonMonths, catalogue });
        if (r.mode !== 'close_gaps') return;
        // Every direct pick has a real gap, or no target and a weak answer it addresses; pulled-in
        // prerequisites borrow the reason of the pick needing them.
        for (const i of r.initiatives) {
          if (i.pulledIn) continue;
          if (i.reason.gap === null) expect(i.reason.weakItemIds.length).toBeGreaterThan(0);
          else expect(i.reason.gap).toBeGreaterThan(ROADMAP_RULES.smallGapPoints);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('roadmapTotals', () => {
  it('sums cost and benefit and gives the simple payback in months', () => {
    expect(
      roadmapTotals([
        { costCents: 1_000_000, expectedBenefitCentsPerYear: 1_500_000 },
        { costCents: 2_000_000, expectedBenefitCentsPerYear: 500_000 },
        { costCents: 500_000 },
      ]),
    ).toEqual({ totalCostCents: 3_500_000, yearlyBenefitCents: 2_000_000, paybackMonths: 21 });
  });

  it('rounds the payback to one decimal', () => {
    expect(roadmapTotals([{ costCents: 100, expectedBenefitCentsPerYear: 7 }]).paybackMonths).toBe(171.4);
  });

  it('has no payback without a positive benefit', () => {
    expect(roadmapTotals([{ costCents: 100 }])).toEqual({ totalCostCents: 100, yearlyBenefitCents: null, paybackMonths: null });
    expect(roadmapTotals([{ costCents: 100, expectedBenefitCentsPerYear: null }]).yearlyBenefitCents).toBeNull();
    expect(roadmapTotals([{ costCents: 100, expectedBenefitCentsPerYear: 0 }])).toEqual({ totalCostCents: 100, yearlyBenefitCents: 0, paybackMonths: null });
    expect(roadmapTotals([{ costCents: 100, expectedBenefitCentsPerYear: -50 }]).paybackMonths).toBeNull();
  });

  it('pays back immediately when nothing costs', () => {
    expect(roadmapTotals([{ costCents: 0, expectedBenefitCentsPerYear: 1000 }]).paybackMonths).toBe(0);
  });

  it('handles an empty list, non-finite figures and huge sums', () => {
    expect(roadmapTotals([])).toEqual({ totalCostCents: 0, yearlyBenefitCents: null, paybackMonths: null });
    expect(
      roadmapTotals([
        { costCents: Number.NaN, expectedBenefitCentsPerYear: Number.POSITIVE_INFINITY },
        { costCents: 1200, expectedBenefitCentsPerYear: 1200 },
      ]),
    ).toEqual({ totalCostCents: 1200, yearlyBenefitCents: 1200, paybackMonths: 12 });
    const huge = roadmapTotals([{ costCents: 4e15, expectedBenefitCentsPerYear: 1e15 }]);
    expect(huge.paybackMonths).toBe(48);
  });

  it('works directly on a proposed roadmap', () => {
    const r = proposeRoadmap(input({ dimensions: dims(20, 60) }));
    const totals = roadmapTotals(r.initiatives);
    expect(totals.totalCostCents).toBe(r.initiatives.reduce((s, i) => s + i.costCents, 0));
    expect(totals.totalCostCents).toBeGreaterThan(0);
    expect(totals.paybackMonths).toBeNull();
  });
});
