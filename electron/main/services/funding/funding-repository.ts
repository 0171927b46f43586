/**
 * Every SQL statement of the funding feature (tables of migration 0005) and the mapping between
 * their rows and typed records. One row builder per table (`*ToRow`) feeds every insert and
 * update of that table and one reader (`*FromRow`) maps it back, so each column is written and
 * read in one place. No rules here: what may be written is decided by the services.
 */
import type { FundingCostLine, FundingScenario, SchemeChangeMeta } from '@shared/contract/funding';
import type { CostType, Scheme, SchemeFieldChange } from '@shared/reference/schemes';
import type { Db } from '@main/db/open-database';
import { insertSql, mapRow, withoutUndefined } from '@main/db/sql-rows';

/** A scenario as stored, without its cost lines (they live in their own table). */
export type ScenarioRecord = Omit<FundingScenario, 'costLines'>;

/** A cost line as stored: its scenario, its client (for erasure) and its place in the list. */
export interface CostLineRecord extends FundingCostLine {
  scenarioId: string;
  clientId: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** One advisor change of a scheme within a set version (revision 1 is the shipped data: no row). */
export interface SchemeRevisionRecord extends SchemeChangeMeta {
  setVersion: string;
  schemeId: string;
  /** The full scheme of this revision, so a scenario pinned to it computes as it did. */
  scheme: Scheme;
  patch: unknown;
  diff: SchemeFieldChange[];
}

/** Scenario fields a write may change (id, client and creation time never change). */
export type ScenarioPatch = Partial<Omit<ScenarioRecord, 'id' | 'clientId' | 'createdAt'>>;

export interface ScenarioRow {
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

export interface CostLineRow {
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
  created_at: string;
  updated_at: string;
}

export interface SchemeRevisionRow {
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

function scenarioToRow(s: ScenarioRecord): ScenarioRow {
  return {
    id: s.id,
    client_id: s.clientId,
    name: s.name,
    scheme_ids_json: JSON.stringify(s.schemeIds),
    prior_de_minimis_cents: s.priorDeMinimisCents,
    collaboration: s.collaboration ? 1 : 0,
    scheme_set_version: s.schemeSetVersion,
    scheme_revisions_json: JSON.stringify(s.schemeRevisions),
    rules_taken_at: s.rulesTakenAt,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

function scenarioFromRow(row: ScenarioRow): ScenarioRecord {
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function costLineToRow(line: CostLineRecord): CostLineRow {
  return {
    id: line.id,
    scenario_id: line.scenarioId,
    client_id: line.clientId,
    position: line.position,
    type: line.type,
    label: line.label,
    amount_cents: line.amountCents,
    gpu_hours: line.gpuHours,
    price_per_gpu_hour_cents: line.pricePerGpuHourCents,
    initiative_id: line.initiativeId,
    created_at: line.createdAt,
    updated_at: line.updatedAt,
  };
}

function costLineFromRow(row: CostLineRow): CostLineRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    clientId: row.client_id,
    position: row.position,
    type: row.type as CostType,
    label: row.label,
    amountCents: row.amount_cents,
    gpuHours: row.gpu_hours,
    pricePerGpuHourCents: row.price_per_gpu_hour_cents,
    initiativeId: row.initiative_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The cost line as the contract shows it (no storage fields). */
export function publicCostLine(line: CostLineRecord): FundingCostLine {
  const { scenarioId: _scenario, clientId: _client, position: _position, createdAt: _created, updatedAt: _updated, ...shown } = line;
  return shown;
}

function schemeRevisionToRow(r: SchemeRevisionRecord): SchemeRevisionRow {
  return {
    set_version: r.setVersion,
    scheme_id: r.schemeId,
    revision: r.revision,
    kind: r.kind,
    scheme_json: JSON.stringify(r.scheme),
    patch_json: JSON.stringify(r.patch),
    diff_json: JSON.stringify(r.diff),
    changed_by: r.changedBy,
    changed_at: r.changedAt,
  };
}

function schemeRevisionFromRow(row: SchemeRevisionRow): SchemeRevisionRecord {
  return {
    setVersion: row.set_version,
    schemeId: row.scheme_id,
    revision: row.revision,
    kind: row.kind,
    scheme: JSON.parse(row.scheme_json) as Scheme,
    patch: JSON.parse(row.patch_json) as unknown,
    diff: JSON.parse(row.diff_json) as SchemeFieldChange[],
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}

export function createFundingRepository(db: Db) {
  const q = {
    scenario: db.prepare<[string], ScenarioRow>('SELECT * FROM funding_scenarios WHERE id = ?'),
    scenariosOf: db.prepare<[string], ScenarioRow>('SELECT * FROM funding_scenarios WHERE client_id = ? ORDER BY created_at, rowid'),
    countOf: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM funding_scenarios WHERE client_id = ?'),
    insertScenario: db.prepare(insertSql('funding_scenarios', scenarioToRow)),
    updateScenario: db.prepare(
      `UPDATE funding_scenarios SET name = @name, scheme_ids_json = @scheme_ids_json, prior_de_minimis_cents = @prior_de_minimis_cents,
         collaboration = @collaboration, scheme_set_version = @scheme_set_version, scheme_revisions_json = @scheme_revisions_json,
         rules_taken_at = @rules_taken_at, updated_at = @updated_at
       WHERE id = @id`,
    ),
    deleteScenario: db.prepare('DELETE FROM funding_scenarios WHERE id = ?'),
    lines: db.prepare<[string], CostLineRow>('SELECT * FROM funding_cost_lines WHERE scenario_id = ? ORDER BY position, id'),
    line: db.prepare<[string, string], CostLineRow>('SELECT * FROM funding_cost_lines WHERE id = ? AND scenario_id = ?'),
    insertLine: db.prepare(insertSql('funding_cost_lines', costLineToRow)),
    updateLine: db.prepare(
      `UPDATE funding_cost_lines SET type = @type, label = @label, amount_cents = @amount_cents, gpu_hours = @gpu_hours,
         price_per_gpu_hour_cents = @price_per_gpu_hour_cents, initiative_id = @initiative_id, updated_at = @updated_at
       WHERE id = @id AND scenario_id = @scenario_id`,
    ),
    deleteLine: db.prepare('DELETE FROM funding_cost_lines WHERE id = ? AND scenario_id = ?'),
    latestRevision: db.prepare<[string, string], SchemeRevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    revisionAt: db.prepare<[string, string, number], SchemeRevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? AND revision = ?',
    ),
    history: db.prepare<[string, string], SchemeRevisionRow>(
      'SELECT * FROM funding_scheme_revisions WHERE set_version = ? AND scheme_id = ? ORDER BY revision DESC',
    ),
    insertRevision: db.prepare(insertSql('funding_scheme_revisions', schemeRevisionToRow)),
  };
  return {
    /** Runs `fn` in one transaction (a call inside another joins it). */
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),

    scenario: (id: string): ScenarioRecord | undefined => mapRow(q.scenario.get(id), scenarioFromRow),
    /** A client's scenarios in creation order. */
    scenariosOf: (clientId: string): ScenarioRecord[] => q.scenariosOf.all(clientId).map(scenarioFromRow),
    countScenarios: (clientId: string): number => q.countOf.get(clientId)!.n,
    insertScenario: (s: ScenarioRecord): void => void q.insertScenario.run(scenarioToRow(s)),
    /** Writes the patched fields: the merged record goes through the one row builder. */
    updateScenario(id: string, patch: ScenarioPatch): void {
      const stored = q.scenario.get(id);
      if (stored) q.updateScenario.run(scenarioToRow({ ...scenarioFromRow(stored), ...withoutUndefined(patch) }));
    },
    deleteScenario: (id: string): void => void q.deleteScenario.run(id),

    /** A scenario's cost lines in list order. */
    lines: (scenarioId: string): CostLineRecord[] => q.lines.all(scenarioId).map(costLineFromRow),
    line: (lineId: string, scenarioId: string): CostLineRecord | undefined => mapRow(q.line.get(lineId, scenarioId), costLineFromRow),
    insertLine: (line: CostLineRecord): void => void q.insertLine.run(costLineToRow(line)),
    /** Rewrites a line's editable fields and updated_at (its place, scenario and creation time stay). */
    updateLine: (line: CostLineRecord): void => void q.updateLine.run(costLineToRow(line)),
    /** False when that scenario had no such line. */
    deleteLine: (lineId: string, scenarioId: string): boolean => q.deleteLine.run(lineId, scenarioId).changes > 0,

    /** The latest advisor revision of a scheme within a set version, if any. */
    latestSchemeRevision: (setVersion: string, schemeId: string): SchemeRevisionRecord | undefined =>
      mapRow(q.latestRevision.get(setVersion, schemeId), schemeRevisionFromRow),
    schemeRevisionAt: (setVersion: string, schemeId: string, rev: number): SchemeRevisionRecord | undefined =>
      mapRow(q.revisionAt.get(setVersion, schemeId, rev), schemeRevisionFromRow),
    /** A scheme's revisions within a set version, newest first. */
    schemeHistory: (setVersion: string, schemeId: string): SchemeRevisionRecord[] =>
      q.history.all(setVersion, schemeId).map(schemeRevisionFromRow),
    insertSchemeRevision: (r: SchemeRevisionRecord): void => void q.insertRevision.run(schemeRevisionToRow(r)),
  };
}

export type FundingRepository = ReturnType<typeof createFundingRepository>;
