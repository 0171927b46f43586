import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AI_ACT_DATES,
  AI_ACT_OBLIGATIONS,
  AI_ACT_QUESTIONS,
  AI_ACT_QUESTION_IDS,
  citeRef,
  openTierQuestions,
  relevantAiActQuestions,
  triageAiAct,
  type AiActAnswers,
  type AiActRisk,
} from '@shared/domain/ai-act';
import { LOCALES, type LocalizedText } from '@shared/locale';

/** Answers for a system that triggers nothing; each use case overrides what applies. */
const NOTHING: AiActAnswers = {
  prohibited_practice: 'none',
  product_safety: 'no',
  annex_iii_area: 'none',
  interacts_with_people: 'no',
  synthetic_content: 'none',
  gpai_model: 'no',
};
const answers = (overrides: AiActAnswers): AiActAnswers => ({ ...NOTHING, ...overrides });

interface UseCase {
  name: string;
  answers: AiActAnswers;
  risk: AiActRisk;
  ref: string | null;
}

const USE_CASES: UseCase[] = [
  { name: 'CV screening of job applicants', answers: answers({ annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 4(a)' },
  { name: 'customer-service chatbot on the website', answers: answers({ interacts_with_people: 'yes' }), risk: 'limited', ref: 'Art. 50(1)' },
  { name: 'demand forecasting for purchasing', answers: NOTHING, risk: 'minimal', ref: null },
  { name: 'emotion recognition of employees in a call centre', answers: answers({ prohibited_practice: 'emotion_work_school' }), risk: 'prohibited', ref: 'Art. 5(1)(f)' },
  { name: 'credit scoring of consumers', answers: answers({ annex_iii_area: 'credit_scoring', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 5(b)' },
  { name: 'predictive maintenance of machines', answers: NOTHING, risk: 'minimal', ref: null },
  { name: 'marketing image generation', answers: answers({ synthetic_content: 'synthetic' }), risk: 'limited', ref: 'Art. 50(2)' },
  { name: 'social scoring of tenants', answers: answers({ prohibited_practice: 'social_scoring' }), risk: 'prohibited', ref: 'Art. 5(1)(c)' },
  { name: 'online exam proctoring in a school', answers: answers({ annex_iii_area: 'education_proctoring', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 3(d)' },
  { name: 'automated grading of exams', answers: answers({ annex_iii_area: 'education_assessment', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 3(b)' },
  { name: 'invoice OCR for a fiduciary', answers: NOTHING, risk: 'minimal', ref: null },
  { name: 'safety component in a machine (Machinery Regulation, notified body)', answers: answers({ product_safety: 'yes' }), risk: 'high', ref: 'Art. 6(1)' },
  { name: 'life-insurance pricing', answers: answers({ annex_iii_area: 'life_health_insurance', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 5(c)' },
  { name: 'deepfake video of a real spokesperson for an ad', answers: answers({ synthetic_content: 'deepfake' }), risk: 'limited', ref: 'Art. 50(4)' },
  { name: 'AI-written news article on a public matter', answers: answers({ synthetic_content: 'public_interest_text' }), risk: 'limited', ref: 'Art. 50(4)' },
  { name: 'scraping CCTV faces into a recognition database', answers: answers({ prohibited_practice: 'facial_scraping' }), risk: 'prohibited', ref: 'Art. 5(1)(e)' },
  { name: 'nudification app', answers: answers({ prohibited_practice: 'intimate_image_generation' }), risk: 'prohibited', ref: 'Art. 5, as amended by the Digital Omnibus on AI' },
  { name: 'smart-grid load control as a safety component', answers: answers({ annex_iii_area: 'critical_infrastructure', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 2' },
  { name: 'shift allocation by worker behaviour', answers: answers({ annex_iii_area: 'employment_management', annex_iii_derogation: 'no' }), risk: 'high', ref: 'Annex III, point 4(b)' },
  { name: 'GenAI office assistant for staff', answers: answers({ interacts_with_people: 'yes', synthetic_content: 'synthetic' }), risk: 'limited', ref: 'Art. 50(1)' },
];

describe('triageAiAct: concrete use cases', () => {
  it.each(USE_CASES)('$name → $risk ($ref)', ({ answers: a, risk, ref }) => {
    const t = triageAiAct(a);
    expect(t.risk).toBe(risk);
    expect(t.decidedBy?.ref ?? null).toBe(ref);
    expect(t.obligations.length).toBeGreaterThan(0);
    expect(t.obligations).toHaveLength(t.obligationIds.length);
    expect(t.unanswered).toEqual([]);
  });

  it('covers every tier among the use cases', () => {
    expect(new Set(USE_CASES.map((u) => u.risk))).toEqual(new Set(['prohibited', 'high', 'limited', 'minimal']));
  });
});

describe('triageAiAct: obligations', () => {
  it('tells not to deploy a prohibited system, and names the medical/safety exception only for emotion recognition', () => {
    expect(triageAiAct(answers({ prohibited_practice: 'emotion_work_school' })).obligationIds).toEqual(['do_not_deploy', 'medical_safety_exception']);
    expect(triageAiAct(answers({ prohibited_practice: 'social_scoring' })).obligationIds).toEqual(['do_not_deploy']);
  });

  it('lists the high-risk requirements, with the provider route depending on the rule', () => {
    const cv = triageAiAct(answers({ annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'no' }));
    for (const id of ['risk_management', 'data_governance', 'documentation_logging', 'human_oversight', 'accuracy_robustness', 'conformity_assessment', 'deployer_duties', 'inform_workers'] as const) {
      expect(cv.obligationIds).toContain(id);
    }
    expect(cv.obligationIds).not.toContain('fundamental_rights_assessment');
    const machine = triageAiAct(answers({ product_safety: 'yes' }));
    expect(machine.obligationIds).toContain('conformity_product');
    expect(machine.obligationIds).not.toContain('conformity_assessment');
  });

  it('requires a fundamental-rights impact assessment for credit scoring and insurance pricing', () => {
    expect(triageAiAct(answers({ annex_iii_area: 'credit_scoring', annex_iii_derogation: 'no' })).obligationIds).toContain('fundamental_rights_assessment');
    expect(triageAiAct(answers({ annex_iii_area: 'life_health_insurance', annex_iii_derogation: 'no' })).obligationIds).toContain('fundamental_rights_assessment');
  });

  it('asks to inform the people exposed to emotion recognition outside work and school', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'emotion_recognition', annex_iii_derogation: 'no' }));
    expect(t).toMatchObject({ risk: 'high', decidedBy: { ref: 'Annex III, point 1(c)' } });
    expect(t.obligationIds).toContain('inform_exposed_persons');
  });

  it('requires a transparency notice for a chatbot, and marking plus disclosure for deepfakes', () => {
    expect(triageAiAct(answers({ interacts_with_people: 'yes' })).obligationIds).toEqual(['disclose_ai_interaction', 'support_ai_literacy']);
    expect(triageAiAct(answers({ synthetic_content: 'deepfake' })).obligationIds).toEqual(['mark_synthetic_content', 'disclose_deepfake', 'support_ai_literacy']);
    expect(triageAiAct(answers({ synthetic_content: 'public_interest_text' })).obligationIds).toEqual(['mark_synthetic_content', 'disclose_public_interest_text', 'support_ai_literacy']);
    const both = triageAiAct(answers({ interacts_with_people: 'yes', synthetic_content: 'synthetic' }));
    expect(both.alsoApplies).toEqual([{ ref: 'Art. 50(2)', questionId: 'synthetic_content' }]);
    expect(both.obligationIds).toEqual(['disclose_ai_interaction', 'mark_synthetic_content', 'support_ai_literacy']);
  });

  it('adds the art. 50 duties to a high-risk system (an HR chatbot screening candidates)', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'no', interacts_with_people: 'yes' }));
    expect(t.risk).toBe('high');
    expect(t.alsoApplies).toContainEqual({ ref: 'Art. 50(1)', questionId: 'interacts_with_people' });
    expect(t.obligationIds).toContain('disclose_ai_interaction');
  });

  it('decides by art. 6(1) first when both high-risk routes apply, and lists the other', () => {
    const t = triageAiAct(answers({ product_safety: 'yes', annex_iii_area: 'critical_infrastructure', annex_iii_derogation: 'no' }));
    expect(t.decidedBy).toEqual({ ref: 'Art. 6(1)', questionId: 'product_safety' });
    expect(t.alsoApplies).toContainEqual({ ref: 'Annex III, point 2', questionId: 'annex_iii_area' });
  });

  it('gives minimal-risk systems the AI literacy measures and good practice only', () => {
    expect(triageAiAct(NOTHING)).toMatchObject({ risk: 'minimal', decidedBy: null, alsoApplies: [], obligationIds: ['support_ai_literacy', 'minimal_good_practice'] });
  });

  it('words AI literacy as a duty to take measures to support it (art. 4, as amended by the Digital Omnibus)', () => {
    const text = AI_ACT_OBLIGATIONS.support_ai_literacy;
    expect(text.en).toMatch(/^Take measures to support the AI literacy/);
    expect(text.en).toMatch(/art\. 4, as amended by the Digital Omnibus on AI/);
    expect(text.fr).toMatch(/^Prendre des mesures pour soutenir/);
    expect(text.de).toMatch(/^Maßnahmen ergreifen, um die KI-Kompetenz/);
    expect(text.lb).toMatch(/^Moossnamen huelen/);
    // Every non-prohibited, classified tier carries it; a prohibited system is not to be used at all.
    for (const a of [NOTHING, answers({ interacts_with_people: 'yes' }), answers({ product_safety: 'yes' })]) {
      expect(triageAiAct(a).obligationIds).toContain('support_ai_literacy');
    }
    expect(triageAiAct(answers({ prohibited_practice: 'social_scoring' })).obligationIds).not.toContain('support_ai_literacy');
    expect(triageAiAct({}).obligationIds).not.toContain('support_ai_literacy');
  });

  it('uses the same texts as the obligation catalogue', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'credit_scoring', annex_iii_derogation: 'no' }));
    t.obligationIds.forEach((id, k) => expect(t.obligations[k]).toBe(AI_ACT_OBLIGATIONS[id]));
  });
});

describe('triageAiAct: art. 6(3) derogation', () => {
  it('takes a narrow procedural Annex III tool out of high risk, with a duty to document it', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'yes' }));
    expect(t.risk).toBe('minimal');
    expect(t.decidedBy).toEqual({ ref: 'Art. 6(3)', questionId: 'annex_iii_derogation' });
    expect(t.obligationIds).toEqual(['document_not_high_risk', 'register_not_high_risk', 'support_ai_literacy', 'minimal_good_practice']);
  });

  it('says a "not high-risk" conclusion must still be registered (art. 49(2))', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'credit_scoring', annex_iii_derogation: 'yes' }));
    expect(t.alsoApplies).toEqual([{ ref: 'Art. 49(2)', questionId: 'annex_iii_derogation' }]);
    expect(AI_ACT_OBLIGATIONS.register_not_high_risk.en).toMatch(/register the system.*EU database.*art\. 49\(2\)/);
    for (const l of LOCALES) expect(AI_ACT_OBLIGATIONS.register_not_high_risk[l]).toMatch(/49 ?(\(2\)|Abs\. 2)/);
    // Without the derogation there is nothing to register as "not high-risk".
    expect(triageAiAct(NOTHING).obligationIds).not.toContain('register_not_high_risk');
  });

  it('still applies art. 50 when the derogated tool talks to people', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'education_admission', annex_iii_derogation: 'yes', interacts_with_people: 'yes' }));
    expect(t.risk).toBe('limited');
    expect(t.alsoApplies).toContainEqual({ ref: 'Art. 6(3)', questionId: 'annex_iii_derogation' });
    expect(t.alsoApplies).toContainEqual({ ref: 'Art. 49(2)', questionId: 'annex_iii_derogation' });
    expect(t.obligationIds).toEqual(['disclose_ai_interaction', 'document_not_high_risk', 'register_not_high_risk', 'support_ai_literacy']);
  });

  it('does not exempt a product safety component (art. 6(3) covers Annex III only)', () => {
    expect(triageAiAct(answers({ product_safety: 'yes', annex_iii_area: 'critical_infrastructure', annex_iii_derogation: 'yes' })).risk).toBe('high');
  });

  it('treats an unanswered derogation question as high risk (the derogation must be claimed)', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'credit_scoring' }));
    expect(t.risk).toBe('high');
    expect(t.unanswered).toEqual(['annex_iii_derogation']);
  });
});

describe('triageAiAct: unanswered and invalid answers', () => {
  it('is unclassified when nothing is answered', () => {
    const t = triageAiAct({});
    expect(t).toMatchObject({ risk: 'unclassified', decidedBy: null, obligationIds: ['answer_triage'] });
    expect(t.unanswered).toEqual(['prohibited_practice', 'product_safety', 'annex_iii_area', 'interacts_with_people', 'synthetic_content', 'gpai_model']);
    expect(openTierQuestions(t)).toEqual(['prohibited_practice', 'product_safety', 'annex_iii_area', 'interacts_with_people', 'synthetic_content']);
  });

  it('never classifies before the prohibited-practices question is answered, even when high risk is evident', () => {
    const t = triageAiAct({ product_safety: 'yes', annex_iii_area: 'credit_scoring' });
    expect(t.risk).toBe('unclassified');
    expect(t.unanswered).toContain('prohibited_practice');
  });

  it('stays unclassified while a high-risk route is unanswered', () => {
    expect(triageAiAct({ ...NOTHING, product_safety: null }).risk).toBe('unclassified');
    expect(triageAiAct({ ...NOTHING, annex_iii_area: undefined }).risk).toBe('unclassified');
  });

  it('knows "limited" as soon as one art. 50 trigger is answered yes, and "minimal" only when both are no', () => {
    const limited = triageAiAct({ ...NOTHING, interacts_with_people: 'yes', synthetic_content: null });
    expect(limited.risk).toBe('limited');
    expect(limited.unanswered).toEqual(['synthetic_content']);
    expect(triageAiAct({ ...NOTHING, synthetic_content: null }).risk).toBe('unclassified');
  });

  it('treats values that are not options as unanswered', () => {
    expect(triageAiAct({ ...NOTHING, prohibited_practice: 'maybe' }).risk).toBe('unclassified');
    expect(triageAiAct({ ...NOTHING, product_safety: 'YES' }).risk).toBe('unclassified');
    expect(triageAiAct({ ...NOTHING, annex_iii_area: 'yes' }).risk).toBe('unclassified');
    const weird = { ...NOTHING, interacts_with_people: 42 } as unknown as AiActAnswers;
    expect(triageAiAct(weird).risk).toBe('unclassified');
  });

  it('returns a consistent result for any combination of answers', () => {
    const answerArb = fc.record(
      Object.fromEntries(
        AI_ACT_QUESTIONS.map((q) => [q.id, fc.oneof(fc.constant(null), fc.constant('bogus'), fc.constantFrom(...q.options.map((o) => o.id)))]),
      ) as Record<string, fc.Arbitrary<string | null>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerArb, (a) => {
        const t = triageAiAct(a as AiActAnswers);
        expect(t.obligations).toHaveLength(t.obligationIds.length);
        expect(t.obligations.length).toBeGreaterThan(0);
        const derogationUsed = typeof a.annex_iii_area === 'string' && !['none', 'bogus'].includes(a.annex_iii_area) && a.annex_iii_derogation === 'yes';
        expect(t.decidedBy === null).toBe(t.risk === 'unclassified' || (t.risk === 'minimal' && !derogationUsed));
        if (t.risk === 'unclassified') expect(t.unanswered.length).toBeGreaterThan(0);
        if (a.prohibited_practice && a.prohibited_practice !== 'none' && a.prohibited_practice !== 'bogus') expect(t.risk).toBe('prohibited');
        expect(triageAiAct(a as AiActAnswers)).toEqual(t);
      }),
      { numRuns: 500 },
    );
  });
});

describe('relevantAiActQuestions', () => {
  it('asks everything except the derogation at first', () => {
    expect(relevantAiActQuestions({}).map((q) => q.id)).toEqual(['prohibited_practice', 'product_safety', 'annex_iii_area', 'interacts_with_people', 'synthetic_content', 'gpai_model']);
  });

  it('asks about the art. 6(3) derogation once an Annex III area is chosen', () => {
    expect(relevantAiActQuestions({ annex_iii_area: 'credit_scoring' }).map((q) => q.id)).toContain('annex_iii_derogation');
    expect(relevantAiActQuestions({ annex_iii_area: 'none' }).map((q) => q.id)).not.toContain('annex_iii_derogation');
  });

  it('stops after a prohibited practice', () => {
    expect(relevantAiActQuestions({ prohibited_practice: 'social_scoring' }).map((q) => q.id)).toEqual(['prohibited_practice']);
  });
});

describe('AI Act texts and references', () => {
  const texts: [string, LocalizedText][] = [
    ...AI_ACT_QUESTIONS.flatMap((q): [string, LocalizedText][] => [[q.id, q.question], ...q.options.map((o): [string, LocalizedText] => [`${q.id}.${o.id}`, o.label])]),
    ...Object.entries(AI_ACT_OBLIGATIONS),
  ];

  it('has every question, option and obligation in four languages, translated', () => {
    for (const [where, text] of texts) {
      for (const l of LOCALES) expect(text[l]?.trim(), `${where}.${l}`).toBeTruthy();
      expect(text.fr, where).not.toBe(text.en);
      expect(text.de, where).not.toBe(text.en);
      expect(text.lb, where).not.toBe(text.en);
      expect(text.lb, where).not.toBe(text.de);
    }
  });

  it('uses well-formed references to Regulation (EU) 2024/1689', () => {
    const refs = AI_ACT_QUESTIONS.flatMap((q) => q.options.map((o) => o.ref)).filter((r): r is string => r !== null);
    const omnibus = 'Art. 5, as amended by the Digital Omnibus on AI';
    for (const r of refs) {
      if (r !== omnibus) expect(r).toMatch(/^(Art\. (5\(1\)\([a-h]\)|6\([13]\)|50\([1-4]\)|53)|Annex III, point [1-8](\([a-d]\))?)$/);
    }
    // Art. 5(1)(a)–(h), then the Omnibus addition cited by name (no letter until the OJ numbering is confirmed).
    const art5 = AI_ACT_QUESTIONS[0].options.map((o) => o.ref).filter(Boolean);
    expect(art5).toEqual([...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => `Art. 5(1)(${l})`), omnibus]);
  });

  it('cites no unverified regulation number for the Digital Omnibus anywhere', () => {
    const everything = JSON.stringify([AI_ACT_QUESTIONS, AI_ACT_OBLIGATIONS, AI_ACT_DATES]);
    expect(everything).not.toMatch(/\(EU\) 202[5-9]\/\d+/);
    expect(everything).not.toMatch(/5\(1\)\(i\)/);
    expect(everything).toMatch(/Regulation|2024\/1689|Digital Omnibus/);
  });

  it('includes philosophical beliefs in the art. 5(1)(g) biometric categorisation ban', () => {
    const g = AI_ACT_QUESTIONS[0].options.find((o) => o.ref === 'Art. 5(1)(g)');
    expect(g?.label.en).toMatch(/religious or philosophical beliefs/);
    expect(g?.label.fr).toMatch(/convictions religieuses ou philosophiques/);
    expect(g?.label.de).toMatch(/religiöse oder weltanschauliche Überzeugung/);
    expect(g?.label.lb).toMatch(/reliéis oder philosophesch Iwwerzeegung/);
  });

  it('cites the Omnibus prohibition in the reader’s language', () => {
    const t = triageAiAct(answers({ prohibited_practice: 'intimate_image_generation' }));
    expect(citeRef(t.decidedBy!, 'en')).toBe('Art. 5, as amended by the Digital Omnibus on AI');
    expect(citeRef(t.decidedBy!, 'fr')).toBe("Art. 5, tel que modifié par l'omnibus numérique sur l'IA");
    expect(citeRef(t.decidedBy!, 'de')).toBe('Art. 5 in der Fassung des digitalen Omnibus zur KI');
    expect(citeRef({ ref: 'Art. 50(1)' }, 'lb')).toBe('Art. 50(1)');
  });

  it('has unique option ids per question and a question for every id', () => {
    expect(AI_ACT_QUESTIONS.map((q) => q.id)).toEqual([...AI_ACT_QUESTION_IDS]);
    for (const q of AI_ACT_QUESTIONS) expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
  });
});

describe('triageAiAct: general-purpose AI models (art. 53)', () => {
  it('adds the model provider duties when the company places a GPAI model on the market, whatever the tier', () => {
    for (const base of [NOTHING, answers({ interacts_with_people: 'yes' }), answers({ annex_iii_area: 'credit_scoring', annex_iii_derogation: 'no' })]) {
      const without = triageAiAct(base);
      const withModel = triageAiAct({ ...base, gpai_model: 'yes' });
      expect(withModel.risk).toBe(without.risk); // the question never changes the tier
      expect(withModel.obligationIds).toEqual([...without.obligationIds, 'gpai_provider_duties']);
      expect(withModel.alsoApplies).toContainEqual({ ref: 'Art. 53', questionId: 'gpai_model' });
      expect(withModel.dates.map((d) => d.id)).toContain('gpai');
      expect(without.obligationIds).not.toContain('gpai_provider_duties');
    }
    expect(AI_ACT_OBLIGATIONS.gpai_provider_duties.en).toMatch(/technical documentation.*downstream providers.*copyright.*summary of the training content/);
  });

  it('never changes the tier of a stored triage, whatever the other answers (existing roadmaps keep their tiers)', () => {
    const answerArb = fc.record(
      Object.fromEntries(
        AI_ACT_QUESTIONS.filter((q) => q.id !== 'gpai_model').map((q) => [q.id, fc.oneof(fc.constant(null), fc.constantFrom(...q.options.map((o) => o.id)))]),
      ) as Record<string, fc.Arbitrary<string | null>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerArb, fc.constantFrom('yes', 'no', null), (a, gpai) => {
        const before = triageAiAct(a as AiActAnswers);
        const after = triageAiAct({ ...(a as AiActAnswers), gpai_model: gpai });
        expect(after.risk).toBe(before.risk);
        expect(after.decidedBy).toEqual(before.decidedBy);
      }),
      { numRuns: 300 },
    );
  });

  it('does not add model duties to a prohibited system, and does not hold back the tier when unanswered', () => {
    expect(triageAiAct({ ...answers({ prohibited_practice: 'social_scoring' }), gpai_model: 'yes' }).obligationIds).toEqual(['do_not_deploy']);
    const open = triageAiAct({ ...NOTHING, gpai_model: null });
    expect(open.risk).toBe('minimal');
    expect(open.unanswered).toEqual(['gpai_model']);
    expect(openTierQuestions(open)).toEqual([]);
  });
});

describe('triageAiAct: dates shown as rules', () => {
  const dateIds = (a: AiActAnswers) => triageAiAct(a).dates.map((d) => d.id);

  it('names, for each result, the rules that set its dates, with the Omnibus dates where it moved them', () => {
    expect(dateIds(answers({ prohibited_practice: 'social_scoring' }))).toEqual(['prohibitions']);
    expect(dateIds(answers({ prohibited_practice: 'intimate_image_generation' }))).toEqual(['omnibus_prohibition']);
    expect(dateIds(answers({ annex_iii_area: 'employment_recruitment', annex_iii_derogation: 'no' }))).toEqual(['high_risk_annex_iii', 'ai_literacy']);
    expect(dateIds(answers({ product_safety: 'yes' }))).toEqual(['high_risk_annex_i', 'ai_literacy']);
    expect(dateIds(answers({ interacts_with_people: 'yes' }))).toEqual(['transparency', 'ai_literacy']);
    expect(dateIds(NOTHING)).toEqual(['ai_literacy']);
    expect(dateIds({})).toEqual([]);
  });

  it('carries each date with its source: AI Act art. 113, or the Digital Omnibus on AI', () => {
    expect(AI_ACT_DATES.omnibus_prohibition.appliesFrom).toBe('2026-12-02');
    expect(AI_ACT_DATES.high_risk_annex_iii.appliesFrom).toBe('2027-12-02');
    expect(AI_ACT_DATES.high_risk_annex_i.appliesFrom).toBe('2028-08-02');
    expect(AI_ACT_DATES.gpai.appliesFrom).toBe('2025-08-02');
    for (const id of ['omnibus_prohibition', 'high_risk_annex_iii', 'high_risk_annex_i'] as const) {
      expect(AI_ACT_DATES[id].source.en, id).toMatch(/Digital Omnibus on AI/);
    }
    for (const id of ['prohibitions', 'gpai', 'transparency'] as const) expect(AI_ACT_DATES[id].source.en, id).toMatch(/art\. 113/);
    for (const rule of Object.values(AI_ACT_DATES)) {
      expect(new Date(`${rule.appliesFrom}T00:00:00Z`).toISOString().slice(0, 10)).toBe(rule.appliesFrom);
      for (const text of [rule.rule, rule.source]) {
        for (const l of LOCALES) expect(text[l]?.trim(), `${rule.id}.${l}`).toBeTruthy();
        for (const l of ['fr', 'de', 'lb'] as const) expect(text[l], `${rule.id}.${l}`).not.toBe(text.en);
      }
    }
  });
});
