import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareWithProposal,
  describeReason,
  effectiveRisk,
  resolveInitiativeText,
  roadmapWarnings,
  signOffBlockers,
  templatesInPlace,
  type EditedInitiative,
} from '@shared/domain/roadmap-edit';
import { buildReportData } from '@shared/report/roadmap-report-data';
import { AI_ACT_OBLIGATIONS } from '@shared/domain/ai-act';
import { buildRoadmapPayload, roadmapPayloadSchema } from '@shared/contract/roadmap-payload';
import { proposeRoadmap } from '@shared/domain/roadmap';
import { scoreAssessment, type Answer } from '@shared/domain/scoring';
import { createTranslator } from '@shared/report/translate';
import { getCatalogue, PILLARS } from '@shared/reference/catalogue';
import { CURRENT_INSTRUMENT_VERSION, getInstrument, listInstrumentVersions } from '@shared/reference/instrument';
import { LOCALES, type Locale } from '@shared/locale';
import type { FinalisedSnapshot } from '@shared/contract/assessments';
import en from '@locales/en/roadmap.json';
import fr from '@locales/fr/roadmap.json';
import de from '@locales/de/roadmap.json';
import lb from '@locales/lb/roadmap.json';

const catalogue = getCatalogue()!;
// The instrument the current catalogue is written against (new checks use it).
const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const RESOURCES = { en, fr, de, lb } as const;
const tr = (locale: Locale) => createTranslator(locale, { roadmap: RESOURCES[locale] }, 'roadmap');

let n = 0;
function initiative(over: Partial<EditedInitiative> = {}): EditedInitiative {
  n++;
  return {
    key: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
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
    ...over,
  };
}

const COMPANY = { name: 'Muller & Fils Sàrl', rcsNumber: null, naceCode: null, headcount: 23, turnoverCents: 410_000_000, balanceSheetCents: null, related: [] };
const CHECK = { id: '0195a3c4-8f1e-7c2a-9b3d-1e2f3a4b5c6d', revision: 1, overall: 37.7, level: 'adopted' as const };

describe('texts of an initiative', () => {
  it('takes the catalogue title and KPIs in the reader’s language unless the advisor wrote their own', () => {
    const template = catalogue.templates.find((t) => t.id === 'data-inventory-audit')!;
    for (const locale of LOCALES) {
      const text = resolveInitiativeText(initiative(), catalogue, locale);
      expect(text.title).toBe(template.title[locale]);
      expect(text.kpi).toBe(template.kpis.map((k) => k[locale]).join('; '));
    }
    expect(resolveInitiativeText(initiative({ title: '  Eegen Titel ', kpi: 'Fehlerquote < 2 %' }), catalogue, 'de')).toEqual({ title: 'Eegen Titel', kpi: 'Fehlerquote < 2 %' });
    // Unknown template (newer catalogue): the id, never an empty title.
    expect(resolveInitiativeText(initiative({ templateId: 'from-2027' }), catalogue, 'fr').title).toBe('from-2027');
    expect(resolveInitiativeText(initiative({ templateId: null, title: 'Custom' }), undefined, 'fr')).toEqual({ title: 'Custom', kpi: '' });
  });
});

describe('reason sentences', () => {
  const reason = { dimensionId: 'data', score: 28, target: 60, gap: 32, targetIsDefault: false, weakItemIds: ['data.inventory', 'data.quality'] };
  it('reads "Data: 28 vs target 60; no data inventory, …" in each language', () => {
    expect(describeReason(reason, 'Data', 'en', tr('en'))).toBe('Data: 28 vs target 60; no data inventory, unreliable data');
    expect(describeReason(reason, 'Daten', 'lb', tr('lb'))).toBe('Daten: 28 géint Zil 60; keen Dateninventaire, onzouverlässeg Donnéeën');
    expect(describeReason(reason, 'Daten', 'de', tr('de'))).toBe('Daten: 28 gegenüber Ziel 60; keine Dateninventur, unzuverlässige Daten');
    expect(describeReason(reason, 'Données', 'fr', tr('fr'))).toBe('Données\u00a0: 28 pour un objectif de 60\u00a0; pas d’inventaire des données, données peu fiables');
  });
  it('never names a target that was not agreed, and says when the dimension is at target', () => {
    expect(describeReason({ ...reason, score: 36.2, target: null, gap: null, weakItemIds: [] }, 'Green', 'en', tr('en'))).toBe('Green: 36.2, no target agreed');
    expect(describeReason({ ...reason, score: 36.2, target: null, gap: null, weakItemIds: [] }, 'Grün', 'de', tr('de'))).toBe('Grün: 36,2, kein Ziel vereinbart');
    // A reason stored by a roadmap generated before 2026.2, with an invented default target: not shown.
    const legacy = describeReason({ ...reason, score: 36.2, target: 56.2, gap: 20, targetIsDefault: true, weakItemIds: [] }, 'Green', 'en', tr('en'));
    expect(legacy).toBe('Green: 36.2, no target agreed');
    expect(legacy).not.toContain('56.2');
    expect(describeReason({ ...reason, score: 85, target: 85, gap: 0, weakItemIds: [] }, 'Données', 'fr', tr('fr'))).toContain('objectif atteint');
    expect(describeReason({ ...reason, score: 28.5 }, 'Daten', 'de', tr('de'))).toContain('28,5');
  });
  it('has a short phrase for every item of the instrument in every language', () => {
    for (const locale of LOCALES) {
      const t = tr(locale);
      // Reasons of roadmaps made from checks of every version are shown.
      for (const item of listInstrumentVersions().flatMap((v) => getInstrument(v).items)) {
        const phrase = t(`roadmap:weak.${item.id.replace(/\./g, '_')}`);
        expect(phrase, `${locale} ${item.id}`).not.toMatch(/^roadmap:/);
        expect(phrase.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('warnings', () => {
  it('flags a start before a prerequisite has ended, a missing prerequisite and unclassified / prohibited / high AI', () => {
    const inventory = initiative({ templateId: 'data-inventory-audit', startMonth: 0, durationMonths: 3 });
    const template = catalogue.templates.find((t) => t.prerequisites.includes('data-inventory-audit') && t.buildsAiSystem)!;
    const early = initiative({ templateId: template.id, startMonth: 1, usesAi: true });
    const w = roadmapWarnings([inventory, early], catalogue, new Set(template.prerequisites.filter((p) => p !== 'data-inventory-audit')));
    expect(w.get(early.key)).toContainEqual({ code: 'starts_before_prerequisite', prerequisiteKey: inventory.key, prerequisiteTemplateId: 'data-inventory-audit' });
    expect(w.get(early.key)).toContainEqual({ code: 'ai_act_unclassified' });
    expect(w.get(inventory.key)).toEqual([]);

    const alone = roadmapWarnings([early], catalogue, new Set());
    expect(alone.get(early.key)).toContainEqual({ code: 'prerequisite_missing', prerequisiteTemplateId: 'data-inventory-audit' });
    // In place in the company (answers ≥ 0.8): no warning.
    const inPlace = roadmapWarnings([early], catalogue, new Set(template.prerequisites));
    expect(inPlace.get(early.key)?.some((x) => x.code === 'prerequisite_missing')).toBe(false);

    const prohibited = initiative({ usesAi: true, aiActAnswers: { prohibited_practice: 'social_scoring' } });
    const high = initiative({ usesAi: true, aiActAnswers: { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'no' } });
    const ws = roadmapWarnings([prohibited, high], catalogue, new Set());
    expect(ws.get(prohibited.key)).toContainEqual({ code: 'ai_act_prohibited' });
    expect(ws.get(high.key)).toContainEqual({ code: 'ai_act_high' });
    expect(signOffBlockers([prohibited, high])).toEqual([{ code: 'prohibited_initiative', key: prohibited.key }]);
    expect(signOffBlockers([])).toEqual([{ code: 'no_initiatives' }]);
  });

  it('counts an initiative without an AI system as minimal risk, whatever its stored answers', () => {
    expect(effectiveRisk({ usesAi: false, aiActAnswers: { prohibited_practice: 'social_scoring' } })).toBe('minimal');
    expect(effectiveRisk({ usesAi: true, aiActAnswers: {} })).toBe('unclassified');
  });

  it('finds the templates whose practices are all in place (every item ≥ 0.8)', () => {
    const scores = new Map(instrument.items.map((i) => [i.id, 1]));
    expect(templatesInPlace(catalogue, scores).size).toBe(catalogue.templates.filter((t) => t.itemIds.length > 0).length);
    scores.set('data.inventory', 0.6);
    expect(templatesInPlace(catalogue, scores).has('data-inventory-audit')).toBe(false);
    expect(templatesInPlace(catalogue, new Map()).size).toBe(0);
  });
});

describe('comparison with the proposal', () => {
  const proposal = proposeRoadmap({
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, score: 20, target: 60 })),
    answers: instrument.items.map((i) => ({ itemId: i.id, score: 0.2 })),
    horizonMonths: 18,
    catalogue,
  });
  const asEdited = proposal.initiatives.map((p) => initiative({ templateId: p.templateId, pillar: p.pillar, startMonth: p.startMonth, durationMonths: p.durationMonths, costCents: p.costCents }));

  it('is all "kept, unchanged" for the untouched proposal', () => {
    const cmp = compareWithProposal(proposal, asEdited);
    expect(cmp.removed).toEqual([]);
    expect(cmp.added).toEqual([]);
    expect(cmp.kept.every((k) => k.changes.length === 0)).toBe(true);
  });

  it('names removed, added and changed initiatives, a duplicate counting as added', () => {
    const [a, b, ...rest] = asEdited;
    const changed = { ...a, startMonth: a.startMonth + 1, costCents: a.costCents + 1, title: 'Own title' };
    const duplicate = initiative({ templateId: a.templateId });
    const custom = initiative({ templateId: null, title: 'Custom' });
    const cmp = compareWithProposal(proposal, [changed, ...rest, duplicate, custom]);
    expect(cmp.removed).toEqual([b.templateId]);
    expect(cmp.added).toEqual([
      { key: duplicate.key, templateId: a.templateId },
      { key: custom.key, templateId: null },
    ]);
    expect(cmp.kept[0]).toEqual({ templateId: a.templateId, key: a.key, changes: ['start', 'cost', 'title'] });
  });
});

describe('portal payload', () => {
  it('validates for a normal roadmap, with titles in the client’s language and the initiative keys as ids', () => {
    const items = [initiative(), initiative({ templateId: 'customer-service-chatbot', pillar: 'build_test', usesAi: true, expectedBenefitCentsPerYear: 2_400_000, owner: ' Anne ' })];
    const payload = buildRoadmapPayload({ company: COMPANY, check: CHECK, horizonMonths: 12, initiatives: items, catalogue, locale: 'lb' });
    const parsed = roadmapPayloadSchema.safeParse(payload);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const sent = (payload as { initiatives: Record<string, unknown>[] }).initiatives;
    expect(sent.map((i) => i.id)).toEqual(items.map((i) => i.key));
    expect(sent[0]).toMatchObject({ title: catalogue.templates.find((t) => t.id === 'data-inventory-audit')!.title.lb, aiActRisk: 'minimal', aiSystem: false });
    expect(sent[1]).toMatchObject({ aiActRisk: 'unclassified', aiSystem: true, expectedBenefitCentsPerYear: 2_400_000, owner: 'Anne' });
    expect(sent[0]).not.toHaveProperty('expectedBenefitCentsPerYear');
  });

  it('is refused by the schema when empty, beyond the horizon, without a score or a size class', () => {
    const ok = { company: COMPANY, check: CHECK, horizonMonths: 12, catalogue, locale: 'fr' as const };
    const issues = (p: Record<string, unknown>) => (roadmapPayloadSchema.safeParse(p).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues(buildRoadmapPayload({ ...ok, initiatives: [] }))).toHaveLength(1);
    expect(issues(buildRoadmapPayload({ ...ok, initiatives: [initiative({ startMonth: 10, durationMonths: 3 })] }))).toEqual(['initiatives.0.durationMonths:beyond_horizon']);
    expect(issues(buildRoadmapPayload({ ...ok, check: { ...CHECK, overall: null, level: null }, initiatives: [initiative()] })).map((s) => s.split(':')[0])).toEqual([
      'assessment.overallScore',
      'assessment.level',
    ]);
    expect(issues(buildRoadmapPayload({ ...ok, company: { ...COMPANY, name: 'X', headcount: null }, initiatives: [initiative()] })).map((s) => s.split(':')[0])).toEqual([
      'company.sizeClass',
      'company.headcount',
    ]);
  });

  it('accepts any schedule inside the horizon and refuses any that ends after it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(12, 18, 24),
        fc.array(fc.record({ start: fc.nat(30), duration: fc.integer({ min: 1, max: 30 }), cost: fc.nat(1e9), pillar: fc.constantFrom(...PILLARS) }), { minLength: 1, maxLength: 12 }),
        (horizon, rows) => {
          const items = rows.map((r) => initiative({ startMonth: r.start, durationMonths: r.duration, costCents: r.cost, pillar: r.pillar }));
          const valid = roadmapPayloadSchema.safeParse(buildRoadmapPayload({ company: COMPANY, check: CHECK, horizonMonths: horizon, initiatives: items, catalogue, locale: 'de' })).success;
          expect(valid).toBe(rows.every((r) => r.start + r.duration <= horizon));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('report data', () => {
  const answers: Answer[] = instrument.items.map((item, k) =>
    item.format.kind === 'scale'
      ? k % 7 === 3
        ? { itemId: item.id, level: null, checked: null, notApplicable: true, unknown: false }
        : k % 11 === 5
          ? { itemId: item.id, level: null, checked: null, notApplicable: false, unknown: true }
          : { itemId: item.id, level: k % 6, checked: null, notApplicable: false, unknown: false }
      : { itemId: item.id, level: null, checked: [], notApplicable: false, unknown: false },
  );
  const snapshot = (id: string, finalisedAt: string, a: Answer[] = answers): FinalisedSnapshot => ({
    id,
    revision: 1,
    clientId: 'c',
    instrumentVersion: CURRENT_INSTRUMENT_VERSION,
    scoringVersion: '2026.2',
    fundingRulesVersion: '2026.1',
    finalisedAt,
    heldOn: finalisedAt.slice(0, 10),
    stage: 'first',
    language: 'fr',
    participants: [],
    answers: a,
    notes: { 'data.inventory': 'Excel pro Verkäufer' },
    targets: { data: 60 },
    result: scoreAssessment(instrument, a, { data: 60 }),
  });
  const earlier = snapshot('a0', '2025-03-01T10:00:00Z', answers.map((a) => (a.level !== null ? { ...a, level: Math.max(0, a.level - 1) } : a)));
  const check = snapshot('a1', '2026-03-02T10:00:00Z');
  const items = [initiative({ startMonth: 0 }), initiative({ templateId: null, title: 'Préiskalkulatioun', pillar: 'build_test', usesAi: true, aiActAnswers: { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'none', interacts_with_people: 'yes', synthetic_content: 'none' } })].map((i, k) => ({
    ...i,
    reason: k === 0 ? { dimensionId: 'data', score: 20, target: 60, gap: 40, targetIsDefault: false, weakItemIds: ['data.inventory'] } : null,
  }));
  const input = {
    locale: 'lb' as const,
    generatedAt: '2026-03-10T09:00:00Z',
    advisorName: 'Jeff Schmit',
    client: { name: 'Muller & Fils Sàrl', rcsNumber: '', commune: 'Mamer', naceCode: 'C16', naceLabel: '', headcount: 23, turnoverCents: 410_000_000, balanceSheetCents: null, related: [] },
    check,
    history: [earlier, check],
    roadmap: { revision: 2, horizonMonths: 12, startsOn: '2026-04-01', initiatives: items },
    catalogue,
    signOff: { revision: 1, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-05', signedAt: '2026-03-05T10:00:00Z' },
  };

  it('writes every text in the client’s language and keeps the figures of the check', () => {
    const data = buildReportData(input, tr('lb'));
    expect(data.client).toEqual({ name: 'Muller & Fils Sàrl', rcsNumber: null, commune: 'Mamer', naceCode: 'C16', naceLabel: null, sizeClass: 'small' });
    expect(data.assessment.overall).toBe(check.result.overall);
    expect(data.assessment.dimensions.map((d) => d.title)).toEqual(instrument.dimensions.map((d) => d.title.lb));
    expect(data.assessment.previous?.overall).toBe(earlier.result.overall);
    expect(data.assessment.progress.map((p) => p.label)).toEqual(['T0', 'T1']);
    // The history is dated by the workshops and carries each check's stored level, scoring and coverage.
    expect(data.assessment.progress.map((p) => [p.heldOn, p.level, p.scoringVersion, p.complete])).toEqual(
      [earlier, check].map((s) => [s.heldOn, s.result.level, s.scoringVersion, s.result.dimensions.every((d) => d.score !== null)]),
    );
    expect(data.assessment.previous?.heldOn).toBe(earlier.heldOn);
    expect(data.assessment.scoringVersion).toBe(check.scoringVersion);
    expect(data.assessment.missingDimensionTitles).toEqual(check.result.dimensions.filter((d) => d.score === null).map((d) => instrument.dimensions.find((x) => x.id === d.id)!.title.lb));
    expect(data.roadmap.initiatives[0]).toMatchObject({
      title: catalogue.templates.find((t) => t.id === 'data-inventory-audit')!.title.lb,
      reason: 'Daten: 20 géint Zil 60; keen Dateninventaire',
      aiAct: null,
      dimensionTitles: ['Daten'],
    });
    expect(data.roadmap.initiatives[1]).toMatchObject({ title: 'Préiskalkulatioun', reason: null, aiAct: { risk: 'limited', ref: 'Art. 50(1)' } });
    expect(data.roadmap.initiatives[1].aiAct!.obligations).toEqual([AI_ACT_OBLIGATIONS.disclose_ai_interaction.lb, AI_ACT_OBLIGATIONS.support_ai_literacy.lb]);
    expect(data.roadmap.totals).toEqual({ costCents: 2_800_000, benefitCentsPerYear: null, paybackMonths: null });
    expect(data.signOff).toEqual({ name: 'Anne Muller', role: 'Gérante', date: '2026-03-05', revision: 1 });
  });

  it('lists every question with its answer, N/A, don’t know, none ticked, or unanswered, and the notes', () => {
    const data = buildReportData({ ...input, check: snapshot('a1', '2026-03-02T10:00:00Z', answers.slice(1)) }, tr('lb'));
    expect(data.appendix).toHaveLength(instrument.items.length);
    expect(data.appendix[0].answerLabel).toBeNull();
    const labels = new Set(data.appendix.map((e) => e.answerLabel));
    expect(labels).toContain('Net zoutreffend');
    expect(labels).toContain('Weess net');
    expect(labels).toContain('Näischt dovun');
    expect(data.appendix.find((e) => e.note)?.note).toBe('Excel pro Verkäufer');
    const scale = data.appendix[2];
    expect(scale.answerLabel).toMatch(/^\d – /);
  });

  it('is deterministic and the first check has no previous one', () => {
    expect(buildReportData(input, tr('fr'))).toEqual(buildReportData(input, tr('fr')));
    const alone = buildReportData({ ...input, history: [] }, tr('de'));
    expect(alone.assessment.previous).toBeNull();
    expect(alone.assessment.progress).toHaveLength(1);
  });

  it('compares a follow-up with the check it follows up, as the results screen does (shared/domain/check-history.ts)', () => {
    const between = snapshot('a-mid', '2025-09-01T10:00:00Z');
    const followUp = { ...check, stage: 'follow_up' as const, previousId: earlier.id };
    const data = buildReportData({ ...input, check: followUp, history: [earlier, between, followUp] }, tr('en'));
    expect(data.assessment.previous?.finalisedAt).toBe(earlier.finalisedAt);
    expect(data.assessment.progress.map((p) => p.label)).toEqual(['T0', 'T1', 'T2']);
    // Without the link: the one held just before.
    const plain = buildReportData({ ...input, history: [earlier, between, check] }, tr('en'));
    expect(plain.assessment.previous?.finalisedAt).toBe(between.finalisedAt);
  });
});
