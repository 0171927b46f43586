/**
 * EU AI Act risk triage for one roadmap initiative (Regulation (EU) 2024/1689).
 * https://eur-lex.europa.eu/eli/reg/2024/1689/oj
 *
 * Order of the rules (domain.md §4):
 *  1. art. 5(1): prohibited practices → 'prohibited' (nothing else matters);
 *  2. art. 6(1) + Annex I (safety component of a product needing third-party conformity assessment)
 *     or art. 6(2) + Annex III areas → 'high', unless the art. 6(3) derogation is claimed for an
 *     Annex III use (narrow/preparatory task and no profiling of people);
 *  3. art. 50 transparency (chatbots, synthetic content, deepfakes) → 'limited';
 *  4. otherwise 'minimal'.
 * A tier is only given when the questions that could lead to a higher tier are answered: an unanswered
 * art. 5 question always gives 'unclassified'. Art. 50 duties are added to a high-risk result too
 * (art. 50 applies alongside Chapter III). Placing a general-purpose AI model on the market (art. 53)
 * is asked separately: it adds the model provider's duties whatever the tier, and does not change it.
 *
 * Dates are shown as rules: each with the provision that sets it (AI_ACT_DATES). The Digital Omnibus on
 * AI (Council adoption 29 Jun 2026, domain.md §4) moved some of them and added a prohibition; it is cited
 * by name only ("Art. 5, as amended by the Digital Omnibus on AI") until its Official Journal numbering
 * is confirmed — no regulation number is invented here.
 *
 * This is a guided first classification for an advisor, not legal advice; borderline cases go to a lawyer.
 */
import type { LocalizedText } from '../locale';
import {
  AI_ACT_DATES,
  AI_ACT_OBLIGATIONS,
  AI_ACT_QUESTIONS,
  type AiActDateRule,
  type AiActDateRuleId,
  type AiActObligationId,
  type AiActOption,
  type AiActQuestion,
  type AiActQuestionId,
  type AiActRisk,
} from '../reference/ai-act';

// The questions, obligations and dates are reference data (shared/reference/ai-act/); the rules are here.
export * from '../reference/ai-act';

/** Answers by question id: an option id, or null/absent when not answered. Unknown option ids count as unanswered. */
export type AiActAnswers = Partial<Record<AiActQuestionId, string | null>>;

export interface AiActRuleRef {
  ref: string;
  questionId: AiActQuestionId;
  /** How to cite `ref` in each language, when it is more than an article number. */
  citation?: LocalizedText;
}

/** The citation of a rule in the reader's language (the bare reference when it needs no words). */
export function citeRef(rule: Pick<AiActRuleRef, 'ref' | 'citation'>, locale: keyof LocalizedText): string {
  return rule.citation?.[locale] ?? rule.ref;
}

export interface AiActTriage {
  risk: AiActRisk;
  /** The rule that decided the tier; null for 'unclassified' and for plain 'minimal'. */
  decidedBy: AiActRuleRef | null;
  /** Further rules that apply as well (e.g. art. 50(1) for a high-risk HR chatbot). */
  alsoApplies: AiActRuleRef[];
  obligations: LocalizedText[];
  /** Same order as `obligations`. */
  obligationIds: AiActObligationId[];
  /** Relevant questions still unanswered (for 'unclassified': what to answer next). */
  unanswered: AiActQuestionId[];
  /** When the rules behind this result apply, each with its source (dates shown as rules). */
  dates: AiActDateRule[];
}

const QUESTIONS_BY_ID = new Map(AI_ACT_QUESTIONS.map((q) => [q.id, q]));

/** The chosen option of a question, or undefined when unanswered or not one of its options. */
function chosen(answers: AiActAnswers, id: AiActQuestionId): AiActOption | undefined {
  const value = answers[id];
  if (typeof value !== 'string') return undefined;
  return QUESTIONS_BY_ID.get(id)?.options.find((o) => o.id === value);
}

/**
 * The questions to show, in order, given the answers so far: everything stops after a prohibited
 * practice, and the art. 6(3) question only appears once an Annex III area is chosen.
 */
/** Unanswered questions of a triage that can still change its tier. */
export function openTierQuestions(triage: Pick<AiActTriage, 'unanswered'>): AiActQuestionId[] {
  return triage.unanswered.filter((id) => QUESTIONS_BY_ID.get(id)?.decidesTier !== false);
}

export function relevantAiActQuestions(answers: AiActAnswers): AiActQuestion[] {
  const prohibited = chosen(answers, 'prohibited_practice');
  if (prohibited && prohibited.id !== 'none') return [QUESTIONS_BY_ID.get('prohibited_practice') as AiActQuestion];
  const area = chosen(answers, 'annex_iii_area');
  return AI_ACT_QUESTIONS.filter((q) => q.id !== 'annex_iii_derogation' || (area !== undefined && area.id !== 'none'));
}

const HIGH_RISK_CORE: AiActObligationId[] = [
  'risk_management',
  'data_governance',
  'documentation_logging',
  'instructions_for_use',
  'human_oversight',
  'accuracy_robustness',
];

export function triageAiAct(answers: AiActAnswers): AiActTriage {
  const unanswered = relevantAiActQuestions(answers)
    .map((q) => q.id)
    .filter((id) => chosen(answers, id) === undefined);
  // Placing a general-purpose model on the market adds the model duties to any non-prohibited result.
  const gpai = chosen(answers, 'gpai_model')?.ref ? { ref: 'Art. 53', questionId: 'gpai_model' as const } : null;
  const result = (
    risk: AiActRisk,
    decidedBy: AiActRuleRef | null,
    alsoApplies: AiActRuleRef[],
    obligationIds: AiActObligationId[],
    dateIds: AiActDateRuleId[],
  ): AiActTriage => {
    const withModel = gpai && risk !== 'prohibited';
    const ids: AiActObligationId[] = withModel ? [...obligationIds, 'gpai_provider_duties'] : obligationIds;
    const dates = withModel ? [...dateIds, 'gpai' as const] : dateIds;
    return {
      risk,
      decidedBy,
      alsoApplies: withModel ? [...alsoApplies, gpai] : alsoApplies,
      obligationIds: ids,
      obligations: ids.map((id) => AI_ACT_OBLIGATIONS[id]),
      unanswered,
      dates: dates.map((id) => AI_ACT_DATES[id]),
    };
  };
  const unclassified = (): AiActTriage => result('unclassified', null, [], ['answer_triage'], []);

  // 1. Art. 5: must be answered before anything else can be said.
  const prohibited = chosen(answers, 'prohibited_practice');
  if (!prohibited) return unclassified();
  if (prohibited.ref) {
    const ids: AiActObligationId[] = ['do_not_deploy'];
    if (prohibited.id === 'emotion_work_school') ids.push('medical_safety_exception');
    const omnibus = prohibited.id === 'intimate_image_generation';
    const decidedBy: AiActRuleRef = { ref: prohibited.ref, questionId: 'prohibited_practice', ...(prohibited.citation ? { citation: prohibited.citation } : {}) };
    return result('prohibited', decidedBy, [], ids, [omnibus ? 'omnibus_prohibition' : 'prohibitions']);
  }

  // Art. 50 triggers, needed both for 'limited' and as additional duties of a high-risk system.
  const interacts = chosen(answers, 'interacts_with_people');
  const content = chosen(answers, 'synthetic_content');
  const transparency: AiActRuleRef[] = [];
  const transparencyIds: AiActObligationId[] = [];
  if (interacts?.ref) {
    transparency.push({ ref: interacts.ref, questionId: 'interacts_with_people' });
    transparencyIds.push('disclose_ai_interaction');
  }
  if (content?.ref) {
    transparency.push({ ref: content.ref, questionId: 'synthetic_content' });
    // Generated media and text must be machine-marked by the provider in every case (art. 50(2)).
    transparencyIds.push('mark_synthetic_content');
    if (content.id === 'deepfake') transparencyIds.push('disclose_deepfake');
    if (content.id === 'public_interest_text') transparencyIds.push('disclose_public_interest_text');
  }

  // 2. High risk: art. 6(1) product route, or an Annex III area without the art. 6(3) derogation.
  const product = chosen(answers, 'product_safety');
  const area = chosen(answers, 'annex_iii_area');
  const derogation = chosen(answers, 'annex_iii_derogation');
  const areaChosen = typeof area?.ref === 'string';
  const areaIsHigh = areaChosen && derogation?.id !== 'yes';
  const highRefs: AiActRuleRef[] = [];
  if (product?.ref) highRefs.push({ ref: product.ref, questionId: 'product_safety' });
  if (areaIsHigh && area?.ref) highRefs.push({ ref: area.ref, questionId: 'annex_iii_area' });
  if (highRefs.length > 0) {
    const ids: AiActObligationId[] = [...HIGH_RISK_CORE, product?.ref ? 'conformity_product' : 'conformity_assessment', 'deployer_duties'];
    const dateIds: AiActDateRuleId[] = [];
    if (product?.ref) dateIds.push('high_risk_annex_i');
    if (areaIsHigh) dateIds.push('high_risk_annex_iii');
    if (transparency.length > 0) dateIds.push('transparency');
    if (areaIsHigh && area) {
      if (area.id === 'employment_recruitment' || area.id === 'employment_management') ids.push('inform_workers');
      if (area.id === 'public_benefits' || area.id === 'credit_scoring' || area.id === 'life_health_insurance') {
        ids.push('fundamental_rights_assessment');
      }
      if (area.id === 'biometric_categorisation' || area.id === 'emotion_recognition') ids.push('inform_exposed_persons');
    }
    const [decidedBy, ...otherHigh] = highRefs;
    return result('high', decidedBy, [...otherHigh, ...transparency], [...ids, ...transparencyIds, 'support_ai_literacy'], [...dateIds, 'ai_literacy']);
  }

  // Not high risk only when both routes are answered negatively (or the derogation is claimed).
  const derogationUsed = areaChosen && derogation?.id === 'yes';
  const notHigh = product?.id === 'no' && (area?.id === 'none' || derogationUsed);
  if (!notHigh) return unclassified();
  const derogationRef: AiActRuleRef = { ref: 'Art. 6(3)', questionId: 'annex_iii_derogation' };
  // A "not high-risk" conclusion under art. 6(3) is documented and still registered (art. 49(2)).
  const registrationRef: AiActRuleRef = { ref: 'Art. 49(2)', questionId: 'annex_iii_derogation' };
  const derogationIds: AiActObligationId[] = derogationUsed ? ['document_not_high_risk', 'register_not_high_risk'] : [];

  // 3. Limited risk: any art. 50 trigger.
  if (transparency.length > 0) {
    const [decidedBy, ...rest] = transparency;
    const also = [...rest, ...(derogationUsed ? [derogationRef, registrationRef] : [])];
    return result('limited', decidedBy, also, [...transparencyIds, ...derogationIds, 'support_ai_literacy'], ['transparency', 'ai_literacy']);
  }
  // 4. Minimal: both art. 50 questions answered "no".
  if (interacts?.id === 'no' && content?.id === 'none') {
    const obligations: AiActObligationId[] = [...derogationIds, 'support_ai_literacy', 'minimal_good_practice'];
    return result('minimal', derogationUsed ? derogationRef : null, derogationUsed ? [registrationRef] : [], obligations, ['ai_literacy']);
  }
  return unclassified();
}
