import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AI_ACT_OBLIGATIONS,
  AI_ACT_QUESTIONS,
  AI_ACT_QUESTION_IDS,
  relevantAiActQuestions,
  triageAiAct,
  type AiActAnswers,
  type AiActRisk,
} from '../../shared/domain/ai-act';
import { LOCALES, type LocalizedText } from '../../shared/locale';

/** Answers for a system that triggers nothing; each use case overrides what applies. */
const NOTHING: AiActAnswers = {
  prohibited_practice: 'none',
  product_safety: 'no',
  annex_iii_area: 'none',
  interacts_with_people: 'no',
  synthetic_content: 'none',
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
  { name: 'nudification app', answers: answers({ prohibited_practice: 'intimate_image_generation' }), risk: 'prohibited', ref: 'Art. 5(1)(i)' },
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
    expect(triageAiAct(answers({ interacts_with_people: 'yes' })).obligationIds).toEqual(['disclose_ai_interaction']);
    expect(triageAiAct(answers({ synthetic_content: 'deepfake' })).obligationIds).toEqual(['mark_synthetic_content', 'disclose_deepfake']);
    expect(triageAiAct(answers({ synthetic_content: 'public_interest_text' })).obligationIds).toEqual(['mark_synthetic_content', 'disclose_public_interest_text']);
    const both = triageAiAct(answers({ interacts_with_people: 'yes', synthetic_content: 'synthetic' }));
    expect(both.alsoApplies).toEqual([{ ref: 'Art. 50(2)', questionId: 'synthetic_content' }]);
    expect(both.obligationIds).toEqual(['disclose_ai_interaction', 'mark_synthetic_content']);
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

  it('gives minimal-risk systems good practice only', () => {
    expect(triageAiAct(NOTHING)).toMatchObject({ risk: 'minimal', decidedBy: null, alsoApplies: [], obligationIds: ['minimal_good_practice'] });
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
    expect(t.obligationIds).toEqual(['document_not_high_risk', 'minimal_good_practice']);
  });

  it('still applies art. 50 when the derogated tool talks to people', () => {
    const t = triageAiAct(answers({ annex_iii_area: 'education_admission', annex_iii_derogation: 'yes', interacts_with_people: 'yes' }));
    expect(t.risk).toBe('limited');
    expect(t.alsoApplies).toContainEqual({ ref: 'Art. 6(3)', questionId: 'annex_iii_derogation' });
    expect(t.obligationIds).toEqual(['disclose_ai_interaction', 'document_not_high_risk']);
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
    expect(t.unanswered).toEqual(['prohibited_practice', 'product_safety', 'annex_iii_area', 'interacts_with_people', 'synthetic_content']);
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
    expect(relevantAiActQuestions({}).map((q) => q.id)).toEqual(['prohibited_practice', 'product_safety', 'annex_iii_area', 'interacts_with_people', 'synthetic_content']);
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
    for (const r of refs) expect(r).toMatch(/^(Art\. (5\(1\)\([a-i]\)|6\([13]\)|50\([1-4]\))|Annex III, point [1-8](\([a-d]\))?)$/);
    // Art. 5(1)(a)–(h) plus the 2026 addition, each once.
    const art5 = AI_ACT_QUESTIONS[0].options.map((o) => o.ref).filter(Boolean);
    expect(art5).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((l) => `Art. 5(1)(${l})`));
  });

  it('has unique option ids per question and a question for every id', () => {
    expect(AI_ACT_QUESTIONS.map((q) => q.id)).toEqual([...AI_ACT_QUESTION_IDS]);
    for (const q of AI_ACT_QUESTIONS) expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
  });
});
