/**
 * Small helpers shared by the maturity-check screens: instrument text in the UI language,
 * names of levels and bands (the `domain` namespace), answer states and their short labels.
 */
import type { TFunction } from 'i18next';
import type { LocalizedText, Locale } from '@shared/locale';
import { answerState, type Answer, type AnswerState, type DmaBand, type MaturityLevel } from '@shared/domain/scoring';
import type { Item } from '@shared/reference/instrument/types';
import { formatScore } from '@shared/format';

export const loc = (text: LocalizedText, locale: Locale): string => text[locale];

export const levelName = (t: TFunction, level: MaturityLevel | null): string => (level ? t(`domain:level.${level}.name`) : '—');
export const levelMeaning = (t: TFunction, level: MaturityLevel): string => t(`domain:level.${level}.meaning`);
export const bandName = (t: TFunction, band: DmaBand | null): string => (band ? t(`domain:dmaBand.${band}`) : '—');

/** Score as shown everywhere: one decimal at most, "—" when there is none. */
export const scoreText = (score: number | null | undefined, locale: Locale): string => formatScore(score, locale);

export function stateOf(item: Item, answer: Answer | undefined): AnswerState {
  return answerState(item, answer);
}

/** What a grid cell shows for an answer: "3", "2/8", "N/A", "?" or nothing. */
export function shortAnswer(t: TFunction, item: Item, answer: Answer | undefined): string {
  const state = answerState(item, answer);
  if (state === 'notApplicable') return t('assessment:answer.naShort');
  if (state === 'unknown') return '?';
  if (state === 'unanswered') return '';
  if (item.format.kind === 'scale') return String(answer!.level);
  return `${answer!.checked!.length}/${item.format.options.length}`;
}
