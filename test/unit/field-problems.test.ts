/**
 * One field-problem shape for every validator family (shared/field-problems.ts): the contract's
 * zod schemas, the domain's own checks (funding engine, GPU estimator, compute request) and the
 * reference-data validators (schemes, catalogue). The renderer keys its messages by a dot path
 * and a code (renderer/src/lib/api-errors.ts), so each family is held to exactly that.
 */
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { AppError, type FieldProblem } from '@shared/errors';
import { InvalidInputError, fieldProblem, problemPath, zodProblems } from '@shared/field-problems';
import { FundingInputError, computeScenario, type ScenarioInput } from '@shared/domain/funding';
import { estimateDraft } from '@shared/domain/gpu-budget-draft';
import { GpuBudgetInputError, estimateGpuBudget } from '@shared/domain/gpu-budget';
import { checkComputeRequest } from '@shared/contract/compute-request-payload';
import { defaultGpuBudgetSettings } from '@shared/reference/gpu/settings';
import { SchemePatchError, applySchemeOverride, findScheme, validateScheme } from '@shared/reference/schemes';
import { getCatalogue, validateCatalogue } from '@shared/reference/catalogue';

const SCENARIO_ID = '3f1c1b0e-8a52-4c4e-9d6a-2b1f0e4c7a10';

/** The one shape: dot path (no brackets), a code, a message, bounds only under `params`. */
function expectShape(problems: FieldProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(Object.keys(p).every((k) => ['path', 'code', 'message', 'params'].includes(k)), JSON.stringify(p)).toBe(true);
    expect(typeof p.path).toBe('string');
    expect(p.path, 'dot path').not.toMatch(/[[\]]/);
    expect(p.path).not.toMatch(/^\.|\.$|\.\./);
    expect(typeof p.code).toBe('string');
    expect(p.code.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    if ('params' in p) expect(p.params !== null && typeof p.params === 'object' && !Array.isArray(p.params)).toBe(true);
  }
}

/** What a refused input answers across the boundary: `invalid_input`, the problems in `details.fields`. */
function expectInvalidInput(error: unknown): FieldProblem[] {
  expect(error).toBeInstanceOf(InvalidInputError);
  const e = error as InvalidInputError;
  expect(e).toBeInstanceOf(AppError);
  expect(e.code).toBe('invalid_input');
  expect(e.toInfo().details?.fields).toEqual(e.problems);
  expectShape(e.problems);
  return e.problems;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

const pathsAndCodes = (problems: FieldProblem[]) => problems.map((p) => [p.path, p.code]);

describe('the one path style', () => {
  it('turns brackets and segment lists into dot paths', () => {
    expect(problemPath('costLines[2].amountCents')).toBe('costLines.2.amountCents');
    expect(problemPath(['workloads', 0, 'model', 'layers'])).toBe('workloads.0.model.layers');
    expect(problemPath('')).toBe('');
    expect(fieldProblem('schemes[1].id', 'duplicate_id', 'x')).toEqual({ path: 'schemes.1.id', code: 'duplicate_id', message: 'x' });
    expect(fieldProblem('a', 'too_large', 'x', { maximum: 3 })).toEqual({ path: 'a', code: 'too_large', message: 'x', params: { maximum: 3 } });
  });
});

describe('contract schemas (zod, converted by zodProblems)', () => {
  const addLine = (line: Record<string, unknown>) => {
    const parsed = contract['funding.addCostLine'].input.safeParse({ scenarioId: SCENARIO_ID, line: { type: 'other', ...line } });
    expect(parsed.success).toBe(false);
    const problems = zodProblems(parsed.error!);
    expectShape(problems);
    return problems;
  };

  it('negative cost', () => {
    const [p] = addLine({ amountCents: -1 });
    expect(p).toMatchObject({ path: 'line.amountCents', code: 'too_small', params: { minimum: 0, origin: 'number' } });
  });
  it('NaN', () => expect(pathsAndCodes(addLine({ amountCents: Number.NaN }))).toEqual([['line.amountCents', 'invalid_type']]));
  it('huge', () => expect(addLine({ amountCents: 1e300 })[0]).toMatchObject({ path: 'line.amountCents', code: 'too_big', params: { maximum: expect.any(Number) } }));
  it('empty', () => {
    const parsed = contract['funding.addCostLine'].input.safeParse({});
    const problems = zodProblems(parsed.error!);
    expectShape(problems);
    expect(problems.map((p) => p.path).sort()).toEqual(['line', 'scenarioId']);
  });
});

describe('domain: funding engine', () => {
  const scenario = (amountCents: unknown): ScenarioInput =>
    ({ sizeClass: 'small', costLines: [{ id: 'a', type: 'other', label: 'x', amountCents }], schemes: [], priorDeMinimisCents: 0 }) as unknown as ScenarioInput;
  const refuse = (input: unknown) => {
    const error = thrown(() => computeScenario(input as ScenarioInput));
    expect(error).toBeInstanceOf(FundingInputError);
    return expectInvalidInput(error);
  };

  it('negative cost', () => expect(pathsAndCodes(refuse(scenario(-1)))).toEqual([['costLines.0.amountCents', 'negative']]));
  it('NaN', () => expect(pathsAndCodes(refuse(scenario(Number.NaN)))).toEqual([['costLines.0.amountCents', 'not_a_number']]));
  it('huge', () => expect(pathsAndCodes(refuse(scenario(1e300)))).toEqual([['costLines.0.amountCents', 'too_large']]));
  it('empty', () => expect(pathsAndCodes(refuse({ ...scenario(1), costLines: [null] }))).toEqual([['costLines.0', 'invalid_input']]));
});

describe('domain: GPU estimator and budget drafts', () => {
  const draft = (tokens: number | null) => ({ hardwareId: 'meluxina-a100-40gb', precision: 'bf16' as const, workloads: [{ type: 'lora' as const, model: 'llama-3.1-8b', tokens }] });
  const problemsOf = (tokens: number | null) => {
    const r = estimateDraft(draft(tokens), defaultGpuBudgetSettings());
    expect(r.estimate).toBeNull();
    expectShape(r.problems);
    return r.problems;
  };

  it('negative', () => expect(pathsAndCodes(problemsOf(-5))).toEqual([['workloads.0.tokens', 'negative']]));
  it('NaN', () => expect(pathsAndCodes(problemsOf(Number.NaN))).toEqual([['workloads.0.tokens', 'not_a_number']]));
  it('huge', () => expect(problemsOf(1e300)[0]).toMatchObject({ path: 'workloads.0.tokens', code: 'too_large', params: { maximum: expect.any(Number) } }));
  it('empty', () => {
    expect(pathsAndCodes(problemsOf(null))).toEqual([['workloads.0.tokens', 'required']]);
    const none = estimateDraft({ ...draft(1), workloads: [] }, defaultGpuBudgetSettings());
    expectShape(none.problems);
  });
  it('the estimator throws the same shape', () => {
    const error = thrown(() => estimateGpuBudget({ ...draft(1), workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: -1 }] }));
    expect(error).toBeInstanceOf(GpuBudgetInputError);
    expect(pathsAndCodes(expectInvalidInput(error))).toEqual([['workloads.0.tokens', 'negative']]);
  });
});

describe('portal payload: compute request (zod schema and the app\'s own rules)', () => {
  it('empty', () => {
    const { payload, problems } = checkComputeRequest({});
    expect(payload).toBeNull();
    expectShape(problems);
    expect(problems.every((p) => p.code === 'required')).toBe(true);
  });
  it('negative, NaN and huge figures', () => {
    const { problems } = checkComputeRequest({ estimatedCostCents: -1, totalGpuHours: Number.NaN, storageGiB: 1e300 });
    expectShape(problems);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath.estimatedCostCents).toMatchObject({ code: 'too_small', params: { minimum: 0 } });
    expect(byPath.totalGpuHours.code).toBe('invalid_type');
    expect(byPath.storageGiB).toMatchObject({ code: 'too_big', params: { maximum: expect.any(Number) } });
  });
});

describe('reference data: schemes', () => {
  const fit4ai = findScheme('fit4ai')!;

  it('negative cap', () => {
    const problems = validateScheme({ ...fit4ai, capCentsBySize: { ...fit4ai.capCentsBySize, small: -1 } });
    expectShape(problems);
    expect(pathsAndCodes(problems)).toEqual([['capCentsBySize.small', 'invalid_cents']]);
  });
  it('NaN intensity', () => {
    const problems = validateScheme({ ...fit4ai, intensityBySize: { ...fit4ai.intensityBySize, small: Number.NaN } });
    expect(pathsAndCodes(problems)).toEqual([['intensityBySize.small', 'out_of_range']]);
  });
  it('huge cap', () => expect(pathsAndCodes(validateScheme({ ...fit4ai, flatGrantCents: 1e300 }))).toContainEqual(['flatGrantCents', 'invalid_cents']));
  it('empty', () => {
    expectShape(validateScheme({}));
    expect(pathsAndCodes(validateScheme({ ...fit4ai, eligibleCostTypes: [] }))).toContainEqual(['eligibleCostTypes', 'empty']);
  });
  it('an override refused answers invalid_input with the problems', () => {
    const problems = expectInvalidInput(thrown(() => applySchemeOverride(fit4ai, { capCentsBySize: { small: -1 } })));
    expect(thrown(() => applySchemeOverride(fit4ai, { capCentsBySize: { small: -1 } }))).toBeInstanceOf(SchemePatchError);
    expect(pathsAndCodes(problems)).toEqual([['capCentsBySize.small', 'invalid_cents']]);
  });
});

describe('reference data: catalogue', () => {
  const broken = () => structuredClone(getCatalogue()!);

  it('negative cost range', () => {
    const c = broken();
    c.templates[1].costRangeCents = [-1, 100];
    const problems = validateCatalogue(c);
    expectShape(problems);
    expect(pathsAndCodes(problems)).toEqual([['templates.1.costRangeCents', 'out_of_range']]);
  });
  it('NaN duration', () => {
    const c = broken();
    c.templates[0].durationMonths = Number.NaN;
    expect(pathsAndCodes(validateCatalogue(c))).toEqual([['templates.0.durationMonths', 'out_of_range']]);
  });
  it('huge cost', () => {
    const c = broken();
    c.templates[0].costRangeCents = [0, 1e300];
    expect(pathsAndCodes(validateCatalogue(c))).toEqual([['templates.0.costRangeCents', 'out_of_range']]);
  });
  it('empty', () => {
    const c = broken();
    c.templates[2].kpis = [];
    c.templates[0].title.fr = ' ';
    const problems = validateCatalogue(c);
    expectShape(problems);
    expect(pathsAndCodes(problems)).toEqual([
      ['templates.0.title.fr', 'missing_text'],
      ['templates.2.kpis', 'empty'],
    ]);
  });
});
