/**
 * Funding scenarios and their cost lines: what the advisor types, stored with the scheme
 * revisions each scenario is pinned to until the advisor recomputes with the current rules.
 *
 * Each write is one short transaction; before it commits, the scenario is computed once, so
 * anything the engine refuses (e.g. GPU-hours × price beyond the largest amount) rolls the write
 * back and comes back as `invalid_input` with the field.
 */
import { AppError, type FieldProblem } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { FundingCostLine, ScenarioView } from '@shared/contract/funding';
import { FUNDING_LIMITS } from '@shared/contract/funding';
import { CURRENT_SCHEMES_VERSION, type Scheme } from '@shared/reference/schemes';
import type { ServiceContext } from '../context';
import { invalidFunding } from './funding-errors';
import type { FundingRepository, ScenarioPatch, ScenarioRecord } from './funding-repository';
import type { FundingSchemes } from './funding-schemes';
import type { ScenarioFigures } from './scenario-figures';

/** GPU-hours and a price per GPU-hour only make sense on a compute line. */
function checkComputeFields(line: Omit<FundingCostLine, 'id'>, path: string) {
  if (line.type === 'compute') return;
  const problems: FieldProblem[] = [];
  if (line.gpuHours !== null) problems.push({ path: `${path}.gpuHours`, code: 'compute_only', message: 'GPU-hours belong on a compute line' });
  if (line.pricePerGpuHourCents !== null) {
    problems.push({ path: `${path}.pricePerGpuHourCents`, code: 'compute_only', message: 'a price per GPU-hour belongs on a compute line' });
  }
  if (problems.length > 0) throw invalidFunding(problems);
}

const tooManyScenarios = (path: string) =>
  invalidFunding([{ path, code: 'too_many_scenarios', message: `at most ${FUNDING_LIMITS.scenariosPerClient} scenarios per client` }]);

const noSuchLine = () => new AppError('not_found', 'No such cost line', { entity: 'funding_cost_line' });

export function createFundingScenarios(ctx: ServiceContext, repo: FundingRepository, schemes: FundingSchemes, figures: ScenarioFigures) {
  /**
   * Checks a selection against a set version: every id known there, at most one reading of a
   * scheme (a scheme and its variants are alternatives, e.g. Fit 4 AI as announced / guichet.lu).
   */
  function checkSelection(ids: string[], version: string) {
    const problems: FieldProblem[] = [];
    const roots = new Map<string, number>();
    ids.forEach((id, i) => {
      const scheme = schemes.latestIn(version, id);
      if (!scheme) {
        problems.push({ path: `schemeIds.${i}`, code: 'unknown_scheme', message: `unknown funding scheme "${id}"` });
        return;
      }
      const root = scheme.variantOf ?? scheme.id;
      if (roots.has(root)) {
        problems.push({ path: `schemeIds.${i}`, code: 'variants_exclusive', message: `"${id}" is another reading of a scheme already selected` });
      }
      roots.set(root, i);
    });
    if (problems.length > 0) throw invalidFunding(problems, 'Invalid scheme selection');
  }

  /** Runs a write to one scenario in one transaction; the scenario must still compute before it commits. */
  function write(id: string, change: (s: ScenarioRecord) => ScenarioPatch | void): ScenarioView {
    const out = repo.transaction(() => {
      const patch = change(figures.stored(id)) ?? {};
      repo.updateScenario(id, { ...patch, updatedAt: ctx.now().toISOString() });
      return figures.view(id);
    });
    ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
    return out;
  }

  /** Creates a scenario in one transaction (the new id is made before it, as for every record). */
  function create(id: string, make: () => void): ScenarioView {
    const out = repo.transaction(() => {
      make();
      return figures.view(id);
    });
    ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
    return out;
  }

  const handlers = {
    'funding.listScenarios': ({ clientId }: ParsedInput<'funding.listScenarios'>) => {
      const client = figures.clientInfo(clientId);
      return repo.scenariosOf(clientId).map((s) => figures.summary(s, client));
    },

    'funding.getScenario': ({ id }: ParsedInput<'funding.getScenario'>) => figures.view(id),

    'funding.createScenario': ({ clientId, name, schemeIds }: ParsedInput<'funding.createScenario'>) => {
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      return create(id, () => {
        figures.clientInfo(clientId); // not_found before any write
        if (repo.countScenarios(clientId) >= FUNDING_LIMITS.scenariosPerClient) throw tooManyScenarios('clientId');
        checkSelection(schemeIds, CURRENT_SCHEMES_VERSION);
        const pins = Object.fromEntries(schemeIds.map((s) => [s, schemes.effective(s).revision]));
        repo.insertScenario({
          id,
          clientId,
          name,
          schemeIds,
          priorDeMinimisCents: 0,
          collaboration: false,
          schemeSetVersion: CURRENT_SCHEMES_VERSION,
          schemeRevisions: pins,
          rulesTakenAt: at,
          createdAt: at,
          updatedAt: at,
        });
      });
    },

    'funding.updateScenario': ({ id, patch }: ParsedInput<'funding.updateScenario'>) =>
      write(id, () => ({ name: patch.name, priorDeMinimisCents: patch.priorDeMinimisCents, collaboration: patch.collaboration })),

    'funding.duplicateScenario': ({ id, name }: ParsedInput<'funding.duplicateScenario'>) => {
      const copyId = ctx.newId();
      const at = ctx.now().toISOString();
      return create(copyId, () => {
        const original = figures.stored(id);
        if (repo.countScenarios(original.clientId) >= FUNDING_LIMITS.scenariosPerClient) throw tooManyScenarios('id');
        // The copy keeps the pinned rules: same figures as the original until recomputed.
        repo.insertScenario({ ...original, id: copyId, name, createdAt: at, updatedAt: at });
        for (const line of repo.lines(id)) {
          repo.insertLine({ ...line, id: ctx.newId(), scenarioId: copyId, clientId: original.clientId, createdAt: at, updatedAt: at });
        }
      });
    },

    'funding.deleteScenario': ({ id }: ParsedInput<'funding.deleteScenario'>) => {
      figures.stored(id);
      repo.deleteScenario(id);
      ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
      return { deleted: true as const };
    },

    'funding.selectSchemes': ({ id, schemeIds }: ParsedInput<'funding.selectSchemes'>) =>
      write(id, (s) => {
        // New selections take the latest rules of the scenario's own set; kept ones keep their pin.
        checkSelection(schemeIds, s.schemeSetVersion);
        const pins = Object.fromEntries(schemeIds.map((k) => [k, s.schemeRevisions[k] ?? schemes.latestIn(s.schemeSetVersion, k)!.revision]));
        return { schemeIds, schemeRevisions: pins };
      }),

    'funding.recomputeScenario': ({ id }: ParsedInput<'funding.recomputeScenario'>) =>
      write(id, (s) => {
        const selected = s.schemeIds.filter((k) => schemes.latestIn(CURRENT_SCHEMES_VERSION, k));
        const pins = Object.fromEntries(selected.map((k) => [k, schemes.effective(k).revision]));
        return { schemeIds: selected, schemeRevisions: pins, schemeSetVersion: CURRENT_SCHEMES_VERSION, rulesTakenAt: ctx.now().toISOString() };
      }),

    'funding.addCostLine': ({ scenarioId, line }: ParsedInput<'funding.addCostLine'>) =>
      write(scenarioId, (s) => {
        const lines = repo.lines(scenarioId);
        if (lines.length >= FUNDING_LIMITS.costLines) {
          throw invalidFunding([{ path: 'scenarioId', code: 'too_many_lines', message: `at most ${FUNDING_LIMITS.costLines} cost lines` }]);
        }
        checkComputeFields(line, 'line');
        const position = lines.reduce((max, l) => Math.max(max, l.position), 0) + 1;
        const at = ctx.now().toISOString();
        repo.insertLine({ ...line, id: ctx.newId(), scenarioId, clientId: s.clientId, position, createdAt: at, updatedAt: at });
      }),

    'funding.updateCostLine': ({ scenarioId, lineId, patch }: ParsedInput<'funding.updateCostLine'>) =>
      write(scenarioId, () => {
        const existing = repo.line(lineId, scenarioId);
        if (!existing) throw noSuchLine();
        const merged = { ...existing, ...patch };
        // Leaving the compute type drops the GPU figures, unless the same patch sets them (an error).
        if (merged.type !== 'compute' && patch.type !== undefined) {
          if (patch.gpuHours === undefined) merged.gpuHours = null;
          if (patch.pricePerGpuHourCents === undefined) merged.pricePerGpuHourCents = null;
        }
        checkComputeFields(merged, 'patch');
        repo.updateLine({ ...merged, updatedAt: ctx.now().toISOString() });
      }),

    'funding.removeCostLine': ({ scenarioId, lineId }: ParsedInput<'funding.removeCostLine'>) =>
      write(scenarioId, () => {
        if (!repo.deleteLine(lineId, scenarioId)) throw noSuchLine();
      }),

    'funding.compareScenarios': ({ clientId, scenarioIds }: ParsedInput<'funding.compareScenarios'>) => {
      const client = figures.clientInfo(clientId);
      const all = repo.scenariosOf(clientId);
      const chosen = scenarioIds
        ? scenarioIds.map((sid) => {
            const s = all.find((r) => r.id === sid);
            if (!s) throw new AppError('not_found', 'No such funding scenario for this client', { entity: 'funding_scenario' });
            return s;
          })
        : all;
      const used = new Map<string, Scheme>();
      const rows = chosen.map((s) => {
        const { row, used: schemesOfRow } = figures.comparisonRow(s, client);
        for (const scheme of schemesOfRow) if (!used.has(scheme.id)) used.set(scheme.id, scheme);
        return row;
      });
      return { client, schemes: [...used.values()], rows };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
