import { InvalidInputError, type FieldProblem } from '@shared/field-problems';

/** A refused funding input, in the one field-problem shape (the engine's own refusals already are). */
export const invalidFunding = (fields: FieldProblem[], message = 'Invalid funding input') => new InvalidInputError(fields, message);
