/**
 * The answer to one question of a maturity check: its shape, the rules every stored answer
 * follows (the agreed one and a participant's own), its state and its 0..1 item score
 * (docs/domain.md §2). Part of scoring.ts.
 */
import type { Instrument, Item } from '../reference/instrument/types';
import { itemsById } from '../reference/instrument';
import { AppError } from '../errors';

export interface Answer {
  itemId: string;
  /** Scale items: integer 0..5. Null otherwise. */
  level: number | null;
  /** Checklist items: ids of the options in place (may be empty). Null otherwise. */
  checked: string[] | null;
  notApplicable: boolean;
  /** "Don't know". */
  unknown: boolean;
  note?: string;
}

export type AnswerState = 'answered' | 'notApplicable' | 'unknown' | 'unanswered';

export type AnswerErrorCode =
  | 'item_mismatch'
  | 'invalid_flags'
  | 'conflicting_flags'
  | 'value_with_not_applicable'
  | 'value_with_unknown'
  | 'level_on_checklist'
  | 'checked_on_scale'
  | 'level_not_integer'
  | 'level_out_of_range'
  | 'checked_not_list'
  | 'unknown_option'
  | 'duplicate_option'
  | 'invalid_note';

export const SCALE_MAX_LEVEL = 5;

/**
 * Why an answer cannot be stored for this item, or null when it is valid. Defensive about types
 * because it guards data arriving from the renderer.
 */
export function validateAnswer(item: Item, answer: Answer): AnswerErrorCode | null {
  if (answer.itemId !== item.id) return 'item_mismatch';
  if (typeof answer.notApplicable !== 'boolean' || typeof answer.unknown !== 'boolean') return 'invalid_flags';
  if (answer.note !== undefined && typeof answer.note !== 'string') return 'invalid_note';
  const hasLevel = answer.level !== null && answer.level !== undefined;
  const hasChecked = answer.checked !== null && answer.checked !== undefined;
  if (answer.notApplicable && answer.unknown) return 'conflicting_flags';
  if (answer.notApplicable && (hasLevel || hasChecked)) return 'value_with_not_applicable';
  if (answer.unknown && (hasLevel || hasChecked)) return 'value_with_unknown';

  if (item.format.kind === 'scale') {
    if (hasChecked) return 'checked_on_scale';
    if (!hasLevel) return null;
    const level: unknown = answer.level;
    if (typeof level !== 'number' || !Number.isInteger(level)) return 'level_not_integer';
    if (level < 0 || level > SCALE_MAX_LEVEL) return 'level_out_of_range';
    return null;
  }

  if (hasLevel) return 'level_on_checklist';
  if (!hasChecked) return null;
  const checked: unknown = answer.checked;
  if (!Array.isArray(checked) || checked.some((id) => typeof id !== 'string')) return 'checked_not_list';
  const known = new Set(item.format.options.map((o) => o.id));
  const seen = new Set<string>();
  for (const id of checked as string[]) {
    if (!known.has(id)) return 'unknown_option';
    if (seen.has(id)) return 'duplicate_option';
    seen.add(id);
  }
  return null;
}

/**
 * One rule for every answer a check stores — the agreed answer and a participant's own: the
 * question must be in the check's instrument and the answer must fit it. Throws the error the
 * advisor sees; otherwise gives the answer and how it counts.
 */
export function checkAnswer(instrument: Instrument, fields: Omit<Answer, 'note'>): { answer: Answer; state: AnswerState } {
  const item = itemsById(instrument).get(fields.itemId);
  if (!item) throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId: fields.itemId });
  const answer: Answer = { itemId: fields.itemId, level: fields.level, checked: fields.checked, notApplicable: fields.notApplicable, unknown: fields.unknown };
  const problem = validateAnswer(item, answer);
  if (problem) throw new AppError('invalid_answer', `The answer does not fit this question (${problem})`, { reason: problem, itemId: fields.itemId });
  return { answer, state: answerState(item, answer) };
}

/** How an answer counts. A missing or invalid answer counts as unanswered (never as a score). */
export function answerState(item: Item, answer: Answer | null | undefined): AnswerState {
  if (!answer || validateAnswer(item, answer) !== null) return 'unanswered';
  if (answer.notApplicable) return 'notApplicable';
  if (answer.unknown) return 'unknown';
  const value = item.format.kind === 'scale' ? answer.level : answer.checked;
  return value === null || value === undefined ? 'unanswered' : 'answered';
}

/** Item score 0..1, or null when the item is not answered (N/A, don't know, empty or invalid). */
export function scoreItem(item: Item, answer: Answer | null | undefined): number | null {
  if (answerState(item, answer) !== 'answered') return null;
  const a = answer as Answer;
  if (item.format.kind === 'scale') return (a.level as number) / SCALE_MAX_LEVEL;
  const options = item.format.options;
  const weightOf = (w: number | undefined) => w ?? 1;
  const total = options.reduce((sum, o) => sum + weightOf(o.weight), 0);
  if (!(total > 0)) return null;
  const checked = new Set(a.checked as string[]);
  const got = options.reduce((sum, o) => sum + (checked.has(o.id) ? weightOf(o.weight) : 0), 0);
  return got / total;
}
