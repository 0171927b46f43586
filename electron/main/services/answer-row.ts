/**
 * How an answer is stored, in one place: the agreed answers (assessment_answers) and the
 * participants' own (assessment_votes) have the same answer columns.
 */
import type { Answer } from '@shared/domain/scoring';

/** The answer columns of a row, as SQLite gives them. */
export interface AnswerColumns {
  item_id: string;
  level: number | null;
  checked_json: string | null;
  not_applicable: number;
  unknown: number;
}

export function answerFromRow(row: AnswerColumns): Answer {
  return {
    itemId: row.item_id,
    level: row.level,
    checked: row.checked_json === null ? null : (JSON.parse(row.checked_json) as string[]),
    notApplicable: row.not_applicable === 1,
    unknown: row.unknown === 1,
  };
}

/** The answer columns of a row to write (assessment_answers and assessment_votes alike). */
export function answerColumns(answer: Answer): Omit<AnswerColumns, 'item_id'> {
  return {
    level: answer.level,
    checked_json: answer.checked === null ? null : JSON.stringify(answer.checked),
    not_applicable: answer.notApplicable ? 1 : 0,
    unknown: answer.unknown ? 1 : 0,
  };
}
