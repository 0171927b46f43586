import { contract, isMethodName, type Handlers } from '@shared/contract';
import { AppError, type Result } from '@shared/errors';
import { zodProblems } from '@shared/field-problems';

/**
 * The one entry point from any transport (IPC or the test bridge) into the services:
 * method name checked, input validated against the contract, result wrapped. Unexpected
 * errors are logged without the input (it may hold client data) and answered as `internal`.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'unknown_method', message: 'Unknown method', details: {} } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${name}`, details: { fields: zodProblems(parsed.error) } },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    console.error(`[laif] ${name} failed:`, (error as Error)?.stack ?? String(error));
    return { ok: false, error: { code: 'internal', message: 'Unexpected error', details: {} } };
  }
}
