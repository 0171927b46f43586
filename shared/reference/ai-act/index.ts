/** The AI Act reference data (Regulation (EU) 2024/1689): types, questions, obligations and dates. */
export * from './types';
export { AI_ACT_QUESTIONS } from './questions';
export { AI_ACT_DATES, AI_ACT_OBLIGATIONS } from './obligations';
