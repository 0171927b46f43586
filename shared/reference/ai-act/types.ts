/**
 * EU AI Act (Regulation (EU) 2024/1689) reference data for the triage: the risk tiers, the questions' and options' shapes, the obligation and date-rule ids.
 * https://eur-lex.europa.eu/eli/reg/2024/1689/oj — the rules that use it are shared/domain/ai-act.ts.
 */
import type { LocalizedText } from '../../locale';

/** The AI Act risk tiers, most severe first (also the order the report lists them in). */
export const AI_ACT_RISKS = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'] as const;
export type AiActRisk = (typeof AI_ACT_RISKS)[number];

export const AI_ACT_QUESTION_IDS = [
  'prohibited_practice',
  'product_safety',
  'annex_iii_area',
  'annex_iii_derogation',
  'interacts_with_people',
  'synthetic_content',
  'gpai_model',
] as const;
export type AiActQuestionId = (typeof AI_ACT_QUESTION_IDS)[number];

export interface AiActOption {
  id: string;
  label: LocalizedText;
  /** The legal provision this answer triggers, e.g. 'Art. 5(1)(f)'; null when it triggers nothing. */
  ref: string | null;
  /** How to cite `ref` in each language, when it is more than an article number. */
  citation?: LocalizedText;
}

export interface AiActQuestion {
  id: AiActQuestionId;
  /** 'yes_no' renders as two buttons, 'choice' as a list (one answer). */
  kind: 'yes_no' | 'choice';
  /** False for questions that add duties without changing the tier (the GPAI model question). */
  decidesTier?: false;
  question: LocalizedText;
  options: AiActOption[];
}

export type AiActObligationId =
  | 'do_not_deploy'
  | 'medical_safety_exception'
  | 'risk_management'
  | 'data_governance'
  | 'documentation_logging'
  | 'instructions_for_use'
  | 'human_oversight'
  | 'accuracy_robustness'
  | 'conformity_assessment'
  | 'conformity_product'
  | 'deployer_duties'
  | 'inform_workers'
  | 'fundamental_rights_assessment'
  | 'inform_exposed_persons'
  | 'disclose_ai_interaction'
  | 'mark_synthetic_content'
  | 'disclose_deepfake'
  | 'disclose_public_interest_text'
  | 'document_not_high_risk'
  | 'register_not_high_risk'
  | 'gpai_provider_duties'
  | 'support_ai_literacy'
  | 'minimal_good_practice'
  | 'answer_triage';

/** Rules with a date of application; which ones a triage names depends on its result. */
export type AiActDateRuleId =
  | 'prohibitions'
  | 'omnibus_prohibition'
  | 'ai_literacy'
  | 'gpai'
  | 'transparency'
  | 'high_risk_annex_iii'
  | 'high_risk_annex_i';

export interface AiActDateRule {
  id: AiActDateRuleId;
  /** ISO date from which the rule applies. */
  appliesFrom: string;
  /** What applies from that date. */
  rule: LocalizedText;
  /** The provision that sets the date. */
  source: LocalizedText;
}
