import { AppError, type FieldProblem } from '../../../../shared/errors';
import { FundingInputError } from '../../../../shared/domain/funding';

/** A refused funding input, in the contract's field-problem shape. */
export const invalidFunding = (fields: FieldProblem[], message = 'Invalid funding input') => new AppError('invalid_input', message, { fields });

/** The engine's refusal (e.g. GPU-hours × price beyond the largest amount) as a field error. */
export function asFundingInputError(error: unknown): unknown {
  if (error instanceof FundingInputError) return invalidFunding([{ path: error.field, code: error.reason, message: error.message }]);
  return error;
}
