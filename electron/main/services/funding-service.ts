/**
 * Funding scenarios and scheme overrides (issue 5). The figures come from the pure engine
 * (shared/domain/funding.ts); this service stores what the advisor types, pins the scheme rules
 * each scenario was computed with, and records every scheme edit as a new revision.
 *
 * Each write is one short transaction; before it commits, the scenario is computed once so that
 * anything the engine refuses (FundingInputError, e.g. GPU-hours × price beyond the largest
 * amount) rolls the write back and comes back as `invalid_input` with the field.
 */
import { AppError, type FieldProblem } from '../../../shared/errors';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import type { Client } from '../../../shared/contract/clients';
import type {
  ComparisonRow,
  FundingClientInfo,
  FundingCostLine,
  FundingScenario,
  ScenarioOutdated,
  ScenarioSummary,
  ScenarioView,
  SchemeChange,
  SchemeChangeMeta,
  SchemeEntry,
  SchemeOverrideResult,
  SchemeUpdateNotice,
} from '../../../shared/contract/funding';
import { FUNDING_LIMITS } from '../../../shared/contract/funding';
import {
  CURRENT_SCHEMES_VERSION,
  SchemePatchError,
  applySchemeOverride,
  diffScheme,
  findScheme,
  getSchemeSet,
  type CostType,
  type Scheme,
  type SchemeFieldChange,
  type SchemePatch,
} from '../../../shared/reference/schemes';
import { FundingInputError, computeScenario, type ScenarioResult } from '../../../shared/domain/funding';
import { sizeClassOf } from '../../../shared/domain/sme-size';
import type { ServiceContext } from './context';

export interface FundingDeps {
  /** Throws not_found for an unknown client. */
  getClient: (id: string) => Client;
  /** The advisor name from Settings: recorded as the author of a scheme change. */
  advisorName: () => string;
}

interface ScenarioRow {
  id: string;
  client_id: string;
  name: string;
  scheme_ids_json: string;
  prior_de_minimis_cents: number;
  collaboration: number;
  scheme_set_version: string;
  scheme_revisions_json: string;
  rules_taken_at: string;
  created_at: string;
  updated_at: string;
}

interface LineRow {
  id: string;
  scenario_id: string;
  client_id: string;
  position: number;
  type: string;
  label: string;
  amount_cents: number;
  gpu_hours: number | null;
  price_per_gpu_hour_cents: number | null;
  initiative_id: string | null;
}

interface RevisionRow {
  set_version: string;
  scheme_id: string;
  revision: number;
  kind: 'override' | 'reset';
  scheme_json: string;
  patch_json: string;
  diff_json: string;
  changed_by: string;
  changed_at: string;
}

/** Today's date in Luxembourg (YYYY-MM-DD): rule validity ends at midnight local time, not UTC. */
const LUXEMBOURG_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg', year: 'numeric', month: '2-digit', day: '2-digit' });

const invalid = (fields: FieldProblem[], message = 'Invalid funding input') => new AppError('invalid_input', message, { fields });

/** The engine's refusal, in the same shape as the contract's field errors. */
function asInputError(error: unknown): unknown {
  if (error instanceof FundingInputError) return invalid([{ path: error.field, code: error.reason, message: error.message }]);
  return error;
}

function toLine(row: LineRow): FundingCostLine {
  return {
    id: row.id,
    type: row.type as CostType,
    label: row.label,
    amountCents: row.amount_cents,
    gpuHours: row.gpu_hours,
    pricePerGpuHourCents: row.price_per_gpu_hour_cents,
    initiativeId: row.initiative_id,
  };
}

export function createFundingService(ctx: ServiceContext, deps: FundingDeps) {
  const { db } = ctx;
  const q = {
    latestRevision: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    revisionAt: db.prepare<[string, string, number], RevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? AND revision = ?',
    ),
    history: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? ORDER BY revision DESC',
    ),
    insertRevision: db.prepare(
      `INSERT INTO funding_scheme_revisions (set_version, scheme_id, revision, kind, scheme_json, patch_json, diff_json, changed_by, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    scenario: db.prepare<[string], ScenarioRow>('SELECT * FROM funding_scenarios WHERE id = ?'),
    scenariosOf: db.prepare<[string], ScenarioRow>('SELECT * FROM funding_scenarios WHERE client_id = ? ORDER BY created_at, rowid'),
    countOf: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM funding_scenarios WHERE client_id = ?'),
    lines: db.prepare<[string], LineRow>('SELECT * FROM funding_cost_lines WHERE scenario_id = ? ORDER BY position, id'),
    line: db.prepare<[string, string], LineRow>('SELECT * FROM funding_cost_lines WHERE id = ? AND scenario_id = ?'),
    insertScenario: db.prepare(
      `INSERT INTO funding_scenarios (id, client_id, name, scheme_ids_json, prior_de_minimis_cents, collaboration,
         scheme_set_version, scheme_revisions_json, rules_taken_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertLine: db.prepare(
      `INSERT INTO funding_cost_lines (id, scenario_id, client_id, position, type, label, amount_cents, gpu_hours,
         price_per_gpu_hour_cents, initiative_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    touch: db.prepare('UPDATE funding_scenarios SET updated_at = ? WHERE id = ?'),
  };

  // ---------------------------------------------------------------------------------------------
  // Schemes: shipped data + advisor revisions

  function shipped(id: string, version = CURRENT_SCHEMES_VERSION): Scheme | undefined {
    return findScheme(id, version);
  }

  /** The latest revision of a scheme within a set version (the one in force for the current set). */
  function latestIn(version: string, id: string): Scheme | undefined {
    const row = q.latestRevision.get(version, id);
    return row ? (JSON.parse(row.scheme_json) as Scheme) : shipped(id, version);
  }

  function effective(id: string): Scheme {
    const scheme = latestIn(CURRENT_SCHEMES_VERSION, id);
    if (!scheme) throw new AppError('not_found', `No funding scheme "${id}"`, { entity: 'funding_scheme' });
    return scheme;
  }

  function schemeAt(version: string, id: string, revision: number): Scheme {
    const base = shipped(id, version);
    if (base && base.revision === revision) return base;
    const row = q.revisionAt.get(version, id, revision);
    if (!row) throw new AppError('not_found', `Scheme ${id} revision ${revision} of set ${version} is missing`, { entity: 'funding_scheme' });
    return JSON.parse(row.scheme_json) as Scheme;
  }

  function meta(row: RevisionRow): SchemeChangeMeta {
    return { revision: row.revision, kind: row.kind, changedBy: row.changed_by, changedAt: row.changed_at };
  }

  function advisor(): string {
    const name = deps.advisorName().trim();
    if (!name) {
      throw new AppError('funding_advisor_name_required', 'Set the advisor name in Settings: every scheme change is signed');
    }
    return name;
  }

  function recordRevision(current: Scheme, next: Scheme, kind: 'override' | 'reset', patch: unknown): SchemeOverrideResult {
    const changes = diffScheme(current, next);
    q.insertRevision.run(
      CURRENT_SCHEMES_VERSION,
      next.id,
      next.revision,
      kind,
      JSON.stringify(next),
      JSON.stringify(patch),
      JSON.stringify(changes),
      advisor(),
      ctx.now().toISOString(),
    );
    return { scheme: next, revision: next.revision, changes };
  }

  function checkExpected(current: Scheme, expected: number | undefined) {
    if (expected !== undefined && expected !== current.revision) {
      throw new AppError('conflict', `Scheme ${current.id} is at revision ${current.revision}, not ${expected}`, {
        entity: 'funding_scheme',
        currentRevision: current.revision,
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scenarios

  function scenarioRow(id: string): ScenarioRow {
    const row = q.scenario.get(id);
    if (!row) throw new AppError('not_found', 'No such funding scenario', { entity: 'funding_scenario' });
    return row;
  }

  function toScenario(row: ScenarioRow): FundingScenario {
    return {
      id: row.id,
      clientId: row.client_id,
      name: row.name,
      schemeIds: JSON.parse(row.scheme_ids_json) as string[],
      priorDeMinimisCents: row.prior_de_minimis_cents,
      collaboration: row.collaboration === 1,
      schemeSetVersion: row.scheme_set_version,
      schemeRevisions: JSON.parse(row.scheme_revisions_json) as Record<string, number>,
      rulesTakenAt: row.rules_taken_at,
      costLines: q.lines.all(row.id).map(toLine),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function clientInfo(clientId: string): FundingClientInfo {
    const client = deps.getClient(clientId);
    const size = sizeClassOf(client);
    return { id: client.id, name: client.name, sizeClass: size.sizeClass, missingSizeFigures: size.missing };
  }

  function pinnedSchemes(s: FundingScenario): Scheme[] {
    return s.schemeIds.map((id) => schemeAt(s.schemeSetVersion, id, s.schemeRevisions[id]));
  }

  /** The set's valid-until date and today, so the engine can say when the rules must be rechecked. */
  function validity(setVersion: string) {
    const set = getSchemeSet(setVersion);
    return set ? { validUntil: set.validUntil, today: LUXEMBOURG_DAY.format(ctx.now()) } : undefined;
  }

  function compute(s: FundingScenario, client: FundingClientInfo, schemes: Scheme[], setVersion = s.schemeSetVersion): ScenarioResult {
    try {
      return computeScenario({
        validity: validity(setVersion),
        sizeClass: client.sizeClass,
        missingSizeFigures: client.missingSizeFigures,
        costLines: s.costLines,
        schemes,
        priorDeMinimisCents: s.priorDeMinimisCents,
        options: { collaboration: s.collaboration },
      });
    } catch (error) {
      throw asInputError(error);
    }
  }

  /** The rules in force now for a scenario's selection (schemes gone from the current set are dropped). */
  function currentSchemes(s: FundingScenario): Scheme[] {
    return s.schemeIds.flatMap((id) => {
      const scheme = latestIn(CURRENT_SCHEMES_VERSION, id);
      return scheme ? [scheme] : [];
    });
  }

  function outdatedInfo(s: FundingScenario, client: FundingClientInfo): ScenarioOutdated | null {
    const notices: SchemeUpdateNotice[] = [];
    const sameSet = s.schemeSetVersion === CURRENT_SCHEMES_VERSION;
    for (const id of s.schemeIds) {
      const now = latestIn(CURRENT_SCHEMES_VERSION, id);
      const used = s.schemeRevisions[id];
      if (sameSet && now && now.revision === used) continue;
      const row = now ? q.latestRevision.get(CURRENT_SCHEMES_VERSION, id) : undefined;
      notices.push({
        schemeId: id,
        usedRevision: used,
        currentRevision: now?.revision ?? null,
        changedBy: row?.changed_by ?? null,
        changedAt: row?.changed_at ?? null,
      });
    }
    if (notices.length === 0) return null;
    const current = compute(s, client, currentSchemes(s), CURRENT_SCHEMES_VERSION);
    return {
      setVersionUsed: s.schemeSetVersion,
      currentSetVersion: CURRENT_SCHEMES_VERSION,
      notices,
      withCurrentRules: { totalAidCents: current.totalAidCents, netCostCents: current.netCostCents, status: current.status },
    };
  }

  function view(id: string): ScenarioView {
    const scenario = toScenario(scenarioRow(id));
    const client = clientInfo(scenario.clientId);
    const schemes = pinnedSchemes(scenario);
    return { scenario, client, schemes, result: compute(scenario, client, schemes), outdated: outdatedInfo(scenario, client) };
  }

  /**
   * Checks a selection against a set version: every id known there, at most one reading of a
   * scheme (a scheme and its variants are alternatives, e.g. Fit 4 AI as announced / guichet.lu).
   */
  function checkSelection(ids: string[], version: string) {
    const problems: FieldProblem[] = [];
    const roots = new Map<string, number>();
    ids.forEach((id, i) => {
      const scheme = latestIn(version, id);
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
    if (problems.length > 0) throw invalid(problems, 'Invalid scheme selection');
  }

  /** Runs a write to one scenario in one transaction; the scenario must still compute before it commits. */
  function write(id: string, change: (row: ScenarioRow) => void): ScenarioView {
    const out = db.transaction(() => {
      const row = scenarioRow(id);
      change(row);
      q.touch.run(ctx.now().toISOString(), id);
      return view(id);
    })();
    ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
    return out;
  }

  function insertLine(scenarioId: string, clientId: string, position: number, line: Omit<FundingCostLine, 'id'>, at: string): string {
    const lineId = ctx.newId();
    q.insertLine.run(
      lineId,
      scenarioId,
      clientId,
      position,
      line.type,
      line.label,
      line.amountCents,
      line.gpuHours,
      line.pricePerGpuHourCents,
      line.initiativeId,
      at,
      at,
    );
    return lineId;
  }

  /** GPU-hours and a price per GPU-hour only make sense on a compute line. */
  function checkComputeFields(line: Omit<FundingCostLine, 'id'>, path: string) {
    if (line.type === 'compute') return;
    const problems: FieldProblem[] = [];
    if (line.gpuHours !== null) problems.push({ path: `${path}.gpuHours`, code: 'compute_only', message: 'GPU-hours belong on a compute line' });
    if (line.pricePerGpuHourCents !== null) {
      problems.push({ path: `${path}.pricePerGpuHourCents`, code: 'compute_only', message: 'a price per GPU-hour belongs on a compute line' });
    }
    if (problems.length > 0) throw invalid(problems);
  }

  function summary(row: ScenarioRow, client: FundingClientInfo): ScenarioSummary {
    const s = toScenario(row);
    const result = compute(s, client, pinnedSchemes(s));
    return {
      id: s.id,
      name: s.name,
      schemeIds: s.schemeIds,
      lineCount: s.costLines.length,
      totalCostCents: result.totalCostCents,
      totalAidCents: result.totalAidCents,
      netCostCents: result.netCostCents,
      status: result.status,
      outdated: outdatedInfo(s, client) !== null,
      rulesExpired: result.validity?.expired ?? false,
      updatedAt: s.updatedAt,
    };
  }

  const handlers = {
    'funding.listSchemes': () => {
      const set = getSchemeSet(CURRENT_SCHEMES_VERSION)!;
      const schemes: SchemeEntry[] = set.schemes.map((base) => {
        const row = q.latestRevision.get(CURRENT_SCHEMES_VERSION, base.id);
        const scheme = row ? (JSON.parse(row.scheme_json) as Scheme) : base;
        return { scheme, overridden: diffScheme(base, scheme).length > 0, lastChange: row ? meta(row) : null };
      });
      return { version: set.version, checkedOn: set.checkedOn, validUntil: set.validUntil, schemes };
    },

    'funding.overrideScheme': ({ schemeId, patch, expectedRevision }: ParsedInput<'funding.overrideScheme'>) => {
      // Keys left undefined are "not changed", not "set to undefined".
      const cleanPatch = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as SchemePatch;
      const out = db.transaction((): SchemeOverrideResult => {
        const current = effective(schemeId);
        checkExpected(current, expectedRevision);
        let next: Scheme;
        try {
          next = applySchemeOverride(current, cleanPatch);
        } catch (error) {
          if (error instanceof SchemePatchError) {
            throw invalid(error.problems.map((p) => ({ ...p, path: p.path ? `patch.${p.path}` : 'patch' })), error.message);
          }
          throw error;
        }
        if (next === current) return { scheme: current, revision: current.revision, changes: [] };
        return recordRevision(current, next, 'override', cleanPatch);
      })();
      if (out.changes.length > 0) ctx.emit({ type: 'changed', entity: 'funding_scheme', id: schemeId });
      return out;
    },

    'funding.resetScheme': ({ schemeId, expectedRevision }: ParsedInput<'funding.resetScheme'>) => {
      const out = db.transaction((): SchemeOverrideResult => {
        const current = effective(schemeId);
        checkExpected(current, expectedRevision);
        const base = shipped(schemeId)!;
        if (diffScheme(current, base).length === 0) return { scheme: current, revision: current.revision, changes: [] };
        // A reset is a new revision with the shipped content: older revisions stay for pinned scenarios.
        const next: Scheme = { ...structuredClone(base), revision: current.revision + 1 };
        return recordRevision(current, next, 'reset', { reset: true });
      })();
      if (out.changes.length > 0) ctx.emit({ type: 'changed', entity: 'funding_scheme', id: schemeId });
      return out;
    },

    'funding.schemeHistory': ({ schemeId }: ParsedInput<'funding.schemeHistory'>) => {
      const current = effective(schemeId);
      const changes: SchemeChange[] = q.history.all(CURRENT_SCHEMES_VERSION, schemeId).map((row) => ({
        ...meta(row),
        setVersion: row.set_version,
        changes: JSON.parse(row.diff_json) as SchemeFieldChange[],
      }));
      return { schemeId, setVersion: CURRENT_SCHEMES_VERSION, shipped: shipped(schemeId)!, current, changes };
    },

    'funding.listScenarios': ({ clientId }: ParsedInput<'funding.listScenarios'>) => {
      const client = clientInfo(clientId);
      return q.scenariosOf.all(clientId).map((row) => summary(row, client));
    },

    'funding.getScenario': ({ id }: ParsedInput<'funding.getScenario'>) => view(id),

    'funding.createScenario': ({ clientId, name, schemeIds }: ParsedInput<'funding.createScenario'>) => {
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      const out = db.transaction(() => {
        clientInfo(clientId); // not_found before any write
        if (q.countOf.get(clientId)!.n >= FUNDING_LIMITS.scenariosPerClient) {
          throw invalid([{ path: 'clientId', code: 'too_many_scenarios', message: `at most ${FUNDING_LIMITS.scenariosPerClient} scenarios per client` }]);
        }
        checkSelection(schemeIds, CURRENT_SCHEMES_VERSION);
        const pins = Object.fromEntries(schemeIds.map((s) => [s, effective(s).revision]));
        q.insertScenario.run(id, clientId, name, JSON.stringify(schemeIds), 0, 0, CURRENT_SCHEMES_VERSION, JSON.stringify(pins), at, at, at);
        return view(id);
      })();
      ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
      return out;
    },

    'funding.updateScenario': ({ id, patch }: ParsedInput<'funding.updateScenario'>) =>
      write(id, () => {
        if (patch.name !== undefined) db.prepare('UPDATE funding_scenarios SET name = ? WHERE id = ?').run(patch.name, id);
        if (patch.priorDeMinimisCents !== undefined) {
          db.prepare('UPDATE funding_scenarios SET prior_de_minimis_cents = ? WHERE id = ?').run(patch.priorDeMinimisCents, id);
        }
        if (patch.collaboration !== undefined) {
          db.prepare('UPDATE funding_scenarios SET collaboration = ? WHERE id = ?').run(patch.collaboration ? 1 : 0, id);
        }
      }),

    'funding.duplicateScenario': ({ id, name }: ParsedInput<'funding.duplicateScenario'>) => {
      const copyId = ctx.newId();
      const at = ctx.now().toISOString();
      const out = db.transaction(() => {
        const row = scenarioRow(id);
        if (q.countOf.get(row.client_id)!.n >= FUNDING_LIMITS.scenariosPerClient) {
          throw invalid([{ path: 'id', code: 'too_many_scenarios', message: `at most ${FUNDING_LIMITS.scenariosPerClient} scenarios per client` }]);
        }
        // The copy keeps the pinned rules: same figures as the original until recomputed.
        q.insertScenario.run(
          copyId,
          row.client_id,
          name,
          row.scheme_ids_json,
          row.prior_de_minimis_cents,
          row.collaboration,
          row.scheme_set_version,
          row.scheme_revisions_json,
          row.rules_taken_at,
          at,
          at,
        );
        for (const line of q.lines.all(id)) {
          const { id: _old, ...fields } = toLine(line);
          insertLine(copyId, row.client_id, line.position, fields, at);
        }
        return view(copyId);
      })();
      ctx.emit({ type: 'changed', entity: 'funding_scenario', id: copyId });
      return out;
    },

    'funding.deleteScenario': ({ id }: ParsedInput<'funding.deleteScenario'>) => {
      scenarioRow(id);
      db.prepare('DELETE FROM funding_scenarios WHERE id = ?').run(id);
      ctx.emit({ type: 'changed', entity: 'funding_scenario', id });
      return { deleted: true as const };
    },

    'funding.selectSchemes': ({ id, schemeIds }: ParsedInput<'funding.selectSchemes'>) =>
      write(id, (row) => {
        // New selections take the latest rules of the scenario's own set; kept ones keep their pin.
        checkSelection(schemeIds, row.scheme_set_version);
        const old = JSON.parse(row.scheme_revisions_json) as Record<string, number>;
        const pins = Object.fromEntries(
          schemeIds.map((s) => [s, old[s] ?? latestIn(row.scheme_set_version, s)!.revision]),
        );
        db.prepare('UPDATE funding_scenarios SET scheme_ids_json = ?, scheme_revisions_json = ? WHERE id = ?').run(
          JSON.stringify(schemeIds),
          JSON.stringify(pins),
          id,
        );
      }),

    'funding.recomputeScenario': ({ id }: ParsedInput<'funding.recomputeScenario'>) =>
      write(id, (row) => {
        const selected = (JSON.parse(row.scheme_ids_json) as string[]).filter((s) => latestIn(CURRENT_SCHEMES_VERSION, s));
        const pins = Object.fromEntries(selected.map((s) => [s, effective(s).revision]));
        db.prepare(
          'UPDATE funding_scenarios SET scheme_ids_json = ?, scheme_revisions_json = ?, scheme_set_version = ?, rules_taken_at = ? WHERE id = ?',
        ).run(JSON.stringify(selected), JSON.stringify(pins), CURRENT_SCHEMES_VERSION, ctx.now().toISOString(), id);
      }),

    'funding.addCostLine': ({ scenarioId, line }: ParsedInput<'funding.addCostLine'>) =>
      write(scenarioId, (row) => {
        const lines = q.lines.all(scenarioId);
        if (lines.length >= FUNDING_LIMITS.costLines) {
          throw invalid([{ path: 'scenarioId', code: 'too_many_lines', message: `at most ${FUNDING_LIMITS.costLines} cost lines` }]);
        }
        checkComputeFields(line, 'line');
        const position = lines.reduce((max, l) => Math.max(max, l.position), 0) + 1;
        insertLine(scenarioId, row.client_id, position, line, ctx.now().toISOString());
      }),

    'funding.updateCostLine': ({ scenarioId, lineId, patch }: ParsedInput<'funding.updateCostLine'>) =>
      write(scenarioId, () => {
        const existing = q.line.get(lineId, scenarioId);
        if (!existing) throw new AppError('not_found', 'No such cost line', { entity: 'funding_cost_line' });
        const merged = { ...toLine(existing), ...patch };
        // Leaving the compute type drops the GPU figures, unless the same patch sets them (an error).
        if (merged.type !== 'compute' && patch.type !== undefined) {
          if (patch.gpuHours === undefined) merged.gpuHours = null;
          if (patch.pricePerGpuHourCents === undefined) merged.pricePerGpuHourCents = null;
        }
        checkComputeFields(merged, 'patch');
        db.prepare(
          `UPDATE funding_cost_lines SET type = ?, label = ?, amount_cents = ?, gpu_hours = ?, price_per_gpu_hour_cents = ?,
             initiative_id = ?, updated_at = ? WHERE id = ?`,
        ).run(
          merged.type,
          merged.label,
          merged.amountCents,
          merged.gpuHours,
          merged.pricePerGpuHourCents,
          merged.initiativeId,
          ctx.now().toISOString(),
          lineId,
        );
      }),

    'funding.removeCostLine': ({ scenarioId, lineId }: ParsedInput<'funding.removeCostLine'>) =>
      write(scenarioId, () => {
        const removed = db.prepare('DELETE FROM funding_cost_lines WHERE id = ? AND scenario_id = ?').run(lineId, scenarioId);
        if (removed.changes === 0) throw new AppError('not_found', 'No such cost line', { entity: 'funding_cost_line' });
      }),

    'funding.compareScenarios': ({ clientId, scenarioIds }: ParsedInput<'funding.compareScenarios'>) => {
      const client = clientInfo(clientId);
      const all = q.scenariosOf.all(clientId);
      const rows = scenarioIds
        ? scenarioIds.map((sid) => {
            const row = all.find((r) => r.id === sid);
            if (!row) throw new AppError('not_found', 'No such funding scenario for this client', { entity: 'funding_scenario' });
            return row;
          })
        : all;
      const schemes = new Map<string, Scheme>();
      const out: ComparisonRow[] = rows.map((row) => {
        const s = toScenario(row);
        const used = pinnedSchemes(s);
        for (const scheme of used) if (!schemes.has(scheme.id)) schemes.set(scheme.id, scheme);
        const result = compute(s, client, used);
        return {
          id: s.id,
          name: s.name,
          totalCostCents: result.totalCostCents,
          totalAidCents: result.totalAidCents,
          netCostCents: result.netCostCents,
          aidBySchemeCents: Object.fromEntries(result.perScheme.map((p) => [p.schemeId, p.aidCents])),
          status: result.status,
          outdated: outdatedInfo(s, client) !== null,
          rulesExpired: result.validity?.expired ?? false,
          rulesValidUntil: result.validity?.validUntil ?? null,
          unconfirmed: result.warnings.some((w) => w.code === 'unconfirmed' || w.code === 'size_assumption'),
        };
      });
      return { client, schemes: [...schemes.values()], rows: out };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    /** Typed reads for other features (the Word report), instead of the global handler map. */
    listScenarios: (clientId: string): ScenarioSummary[] => handlers['funding.listScenarios']({ clientId }),
    getScenario: (id: string): ScenarioView => handlers['funding.getScenario']({ id }),
  };
}

export type FundingService = ReturnType<typeof createFundingService>;
