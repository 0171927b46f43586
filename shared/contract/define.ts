import type { z } from 'zod';

/**
 * One method of the contract: the input schema (checked in the main process before any
 * service sees it) and the output type (a phantom: only the type checker uses it).
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  readonly __output?: O;
}

/** `method<Output>()(inputSchema)` — output given explicitly, input inferred from the schema. */
export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

export type InputOf<M> = M extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodSpec<z.ZodType, infer O> ? O : never;
