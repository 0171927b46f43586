/**
 * One shape for every refused input, wherever the rule lives: the contract's zod schemas, the
 * domain's own checks (funding engine, GPU estimator, compute request) and the reference-data
 * validators (schemes, catalogue) all answer `FieldProblem`s with a dot path
 * (`workloads.0.tokens`), a code, an English message for logs and tests, and optional bounds
 * (`maximum` / `minimum`). The renderer keys its translated messages by that path and code
 * (renderer/src/lib/api-errors.ts), so a second spelling would silently lose the message.
 * A base module: it imports nothing but errors.ts (and zod's types).
 */
import type { z } from 'zod';
import { AppError, type FieldProblem } from './errors';

export type { FieldProblem };

/** `workloads[0].tokens` or `['workloads', 0, 'tokens']` → `workloads.0.tokens`. */
export function problemPath(path: string | readonly PropertyKey[]): string {
  if (typeof path !== 'string') return path.map(String).join('.');
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** A problem in the one shape; `params` only when there are some. */
export function fieldProblem(path: string | readonly PropertyKey[], code: string, message: string, params?: Record<string, unknown>): FieldProblem {
  const problem: FieldProblem = { path: problemPath(path), code, message };
  return params ? { ...problem, params } : problem;
}

/** The bounds of a zod issue and what they bound (string/number/array), so the renderer can say "at most 200 characters". */
function zodParams(issue: z.ZodError['issues'][number]): Record<string, unknown> | undefined {
  if ('maximum' in issue) return { maximum: Number(issue.maximum), origin: issue.origin };
  if ('minimum' in issue) return { minimum: Number(issue.minimum), origin: issue.origin };
  if ('keys' in issue) return { keys: issue.keys };
  // "email", "regex": lets the renderer say "not an e-mail address".
  if (issue.code === 'invalid_format') return { format: issue.format };
  return undefined;
}

/** THE conversion of zod issues into field problems (contract input, portal payload schemas). */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => fieldProblem(issue.path, issue.code, issue.message, zodParams(issue)));
}

/**
 * The error a refused input answers, from any layer: code `invalid_input`, `details.fields` the
 * problems (what dispatch answers for a contract schema). Domain errors extend it to add their
 * own reason; `problems` is the same list as `details.fields`.
 */
export class InvalidInputError extends AppError {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[], message = 'Invalid input') {
    super('invalid_input', message, { fields: problems });
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
