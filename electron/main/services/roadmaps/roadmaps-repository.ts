/**
 * The roadmap tables (roadmaps, roadmap_initiatives, roadmap_signoffs): every SQL statement of
 * the feature and the one mapping per table between a row and the record the services use. No
 * rules here: callers say what to write (the stored AI Act risk included), the services decide.
 */
import type { InitiativeSource, RoadmapSignOff, RoadmapStatus } from '@shared/contract/roadmaps';
import type { AiActAnswers, AiActRisk } from '@shared/domain/ai-act';
import type { InitiativeReason, ProposedRoadmap, RoadmapHorizon, RoadmapMode } from '@shared/domain/roadmap';
import type { EditedInitiative } from '@shared/domain/roadmap-edit';
import type { Pillar } from '@shared/reference/catalogue';
import type { Db } from '@main/db/open-database';
import { insertSql } from '@main/db/sql-rows';

export interface StoredRoadmap {
  id: string;
  clientId: string;
  assessmentId: string;
  assessmentRevision: number;
  instrumentVersion: string;
  catalogueVersion: string;
  horizonMonths: RoadmapHorizon;
  startsOn: string | null;
  mode: RoadmapMode;
  /** The generator's untouched proposal (what "compare" measures the edits against). */
  proposal: ProposedRoadmap;
  /** The latest revision. */
  revision: number;
  /** Status of the latest revision (earlier ones are all signed off). */
  status: RoadmapStatus;
  createdAt: string;
  updatedAt: string;
}

export type StoredInitiative = EditedInitiative & {
  position: number;
  source: InitiativeSource;
  reason: InitiativeReason | null;
  updatedAt: string;
};

/** What an insert writes: the record plus the AI Act risk column the services computed. */
export type InitiativeRecord = Omit<StoredInitiative, 'updatedAt'> & { aiActRisk: AiActRisk };

/** An initiative record placed in a revision, written at `at` (created and updated). */
export type PlacedInitiative = InitiativeRecord & RevisionRef & { at: string };

/** One revision of one roadmap: where initiatives live. */
export interface RevisionRef {
  roadmapId: string;
  clientId: string;
  revision: number;
}

export interface NewRoadmap extends Omit<StoredRoadmap, 'revision' | 'status' | 'createdAt' | 'updatedAt'> {
  at: string;
}

export interface NewSignOff extends RoadmapSignOff {
  roadmapId: string;
  clientId: string;
  /** The canonical JSON of the revision as signed, and its SHA-256. */
  snapshotJson: string;
  snapshotSha256: string;
}

interface RoadmapRow {
  id: string;
  client_id: string;
  assessment_id: string;
  assessment_revision: number;
  instrument_version: string;
  catalogue_version: string;
  horizon_months: number;
  starts_on: string | null;
  mode: string;
  proposal_json: string;
  revision: number;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface InitiativeRow {
  roadmap_id: string;
  client_id: string;
  revision: number;
  initiative_key: string;
  position: number;
  source: string;
  template_id: string | null;
  title: string;
  pillar: string;
  dimension_ids_json: string;
  start_month: number;
  duration_months: number;
  cost_cents: number;
  owner: string;
  benefit_cents_per_year: number | null;
  kpi: string;
  reason_json: string | null;
  uses_ai: number;
  ai_act_answers_json: string;
  ai_act_risk: string;
  created_at: string;
  updated_at: string;
}

interface SignOffRow {
  roadmap_id: string;
  client_id: string;
  revision: number;
  manager_name: string;
  manager_role: string;
  signed_on: string;
  signed_at: string;
  snapshot_json: string;
  snapshot_sha256: string;
}

/** The roadmap row builder: a new roadmap starts as the draft of revision 1. */
function roadmapRow(r: NewRoadmap): RoadmapRow {
  return {
    id: r.id,
    client_id: r.clientId,
    assessment_id: r.assessmentId,
    assessment_revision: r.assessmentRevision,
    instrument_version: r.instrumentVersion,
    catalogue_version: r.catalogueVersion,
    horizon_months: r.horizonMonths,
    starts_on: r.startsOn,
    mode: r.mode,
    proposal_json: JSON.stringify(r.proposal),
    revision: 1,
    status: 'draft',
    created_at: r.at,
    updated_at: r.at,
  };
}

function toRoadmap(row: RoadmapRow): StoredRoadmap {
  return {
    id: row.id,
    clientId: row.client_id,
    assessmentId: row.assessment_id,
    assessmentRevision: row.assessment_revision,
    instrumentVersion: row.instrument_version,
    catalogueVersion: row.catalogue_version,
    horizonMonths: row.horizon_months as RoadmapHorizon,
    startsOn: row.starts_on,
    mode: row.mode as RoadmapMode,
    proposal: JSON.parse(row.proposal_json) as ProposedRoadmap,
    revision: row.revision,
    status: row.status as RoadmapStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The one initiative row builder: every insert (generation, catalogue, custom) goes through it,
 * and its keys are the column list of the INSERT and of the revision copy.
 */
export function initiativeRow(i: PlacedInitiative): InitiativeRow {
  return {
    roadmap_id: i.roadmapId,
    client_id: i.clientId,
    revision: i.revision,
    initiative_key: i.key,
    position: i.position,
    source: i.source,
    template_id: i.templateId,
    title: i.title,
    pillar: i.pillar,
    dimension_ids_json: JSON.stringify(i.dimensionIds),
    start_month: i.startMonth,
    duration_months: i.durationMonths,
    cost_cents: i.costCents,
    owner: i.owner,
    benefit_cents_per_year: i.expectedBenefitCentsPerYear,
    kpi: i.kpi,
    reason_json: i.reason ? JSON.stringify(i.reason) : null,
    uses_ai: i.usesAi ? 1 : 0,
    ai_act_answers_json: JSON.stringify(i.aiActAnswers),
    ai_act_risk: i.aiActRisk,
    created_at: i.at,
    updated_at: i.at,
  };
}

/** The reverse of initiativeRow (the risk column is derived: readers recompute it from the answers). */
export function toStoredInitiative(row: InitiativeRow): StoredInitiative {
  return {
    key: row.initiative_key,
    position: row.position,
    source: row.source as InitiativeSource,
    templateId: row.template_id,
    title: row.title,
    pillar: row.pillar as Pillar,
    dimensionIds: JSON.parse(row.dimension_ids_json) as string[],
    startMonth: row.start_month,
    durationMonths: row.duration_months,
    costCents: row.cost_cents,
    owner: row.owner,
    expectedBenefitCentsPerYear: row.benefit_cents_per_year,
    kpi: row.kpi,
    reason: row.reason_json ? (JSON.parse(row.reason_json) as InitiativeReason) : null,
    usesAi: row.uses_ai === 1,
    aiActAnswers: JSON.parse(row.ai_act_answers_json) as AiActAnswers,
    updatedAt: row.updated_at,
  };
}

/** The sign-off row builder. */
function signOffRow(s: NewSignOff): SignOffRow {
  return {
    roadmap_id: s.roadmapId,
    client_id: s.clientId,
    revision: s.revision,
    manager_name: s.managerName,
    manager_role: s.managerRole,
    signed_on: s.signedOn,
    signed_at: s.signedAt,
    snapshot_json: s.snapshotJson,
    snapshot_sha256: s.snapshotSha256,
  };
}

function toSignOff(row: SignOffRow): RoadmapSignOff {
  return {
    revision: row.revision,
    managerName: row.manager_name,
    managerRole: row.manager_role,
    signedOn: row.signed_on,
    signedAt: row.signed_at,
  };
}

/** What an update may not change: the row's identity and its creation time. */
const FIXED_COLUMNS = new Set(['roadmap_id', 'client_id', 'revision', 'initiative_key', 'created_at']);

/** Every other column of the row builder, rewritten from the initiative as it now stands. */
function updateInitiativeSql(): string {
  const columns = Object.keys(initiativeRow({} as PlacedInitiative)).filter((c) => !FIXED_COLUMNS.has(c));
  return `UPDATE roadmap_initiatives SET ${columns.map((c) => `${c} = @${c}`).join(', ')}
    WHERE roadmap_id = @roadmap_id AND revision = @revision AND initiative_key = @initiative_key`;
}

/**
 * A new revision starts as a copy of the signed one: every column of the builder copied, but the
 * revision number and the edit time (same keys and creation times).
 */
function copyRevisionSql(): string {
  const columns = Object.keys(initiativeRow({} as PlacedInitiative));
  const copied = columns.map((c) => (c === 'revision' ? '@to' : c === 'updated_at' ? '@at' : c));
  return `INSERT INTO roadmap_initiatives (${columns.join(', ')})
    SELECT ${copied.join(', ')} FROM roadmap_initiatives WHERE roadmap_id = @roadmapId AND revision = @from`;
}

export type RoadmapsRepository = ReturnType<typeof createRoadmapsRepository>;

export function createRoadmapsRepository(db: Db) {
  const q = {
    roadmapById: db.prepare<[string], RoadmapRow>('SELECT * FROM roadmaps WHERE id = ?'),
    roadmapsOfClient: db.prepare<[string], RoadmapRow>('SELECT * FROM roadmaps WHERE client_id = ? ORDER BY created_at DESC, id'),
    countsByCheck: db.prepare<[string], { assessment_id: string; n: number }>(
      'SELECT assessment_id, count(*) AS n FROM roadmaps WHERE client_id = ? GROUP BY assessment_id',
    ),
    insertRoadmap: db.prepare(insertSql('roadmaps', roadmapRow)),
    deleteRoadmap: db.prepare('DELETE FROM roadmaps WHERE id = ?'),
    touch: db.prepare('UPDATE roadmaps SET updated_at = ? WHERE id = ?'),
    setStartsOn: db.prepare('UPDATE roadmaps SET starts_on = ?, updated_at = ? WHERE id = ?'),
    markSignedOff: db.prepare("UPDATE roadmaps SET status = 'signed_off', updated_at = ? WHERE id = ?"),
    openRevision: db.prepare("UPDATE roadmaps SET revision = ?, status = 'draft', updated_at = ? WHERE id = ?"),
    initiativesOf: db.prepare<[string, number], InitiativeRow>(
      'SELECT * FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? ORDER BY position, initiative_key',
    ),
    initiativeByKey: db.prepare<[string, number, string], InitiativeRow>(
      'SELECT * FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?',
    ),
    countInitiatives: db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ?'),
    insertInitiative: db.prepare(insertSql('roadmap_initiatives', initiativeRow)),
    deleteInitiative: db.prepare('DELETE FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?'),
    setPosition: db.prepare('UPDATE roadmap_initiatives SET position = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?'),
    // Renumbering touches only the rows whose position changes (their updated_at says so).
    movePosition: db.prepare(
      'UPDATE roadmap_initiatives SET position = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ? AND position <> ?',
    ),
    updateInitiative: db.prepare(updateInitiativeSql()),
    copyRevision: db.prepare<{ roadmapId: string; from: number; to: number; at: string }>(copyRevisionSql()),
    signOffOf: db.prepare<[string, number], SignOffRow>('SELECT * FROM roadmap_signoffs WHERE roadmap_id = ? AND revision = ?'),
    latestSignOffUpTo: db.prepare<[string, number], SignOffRow>(
      'SELECT * FROM roadmap_signoffs WHERE roadmap_id = ? AND revision <= ? ORDER BY revision DESC LIMIT 1',
    ),
    anySignOff: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM roadmap_signoffs WHERE roadmap_id = ? LIMIT 1'),
    insertSignOff: db.prepare(insertSql('roadmap_signoffs', signOffRow)),
    outboxIdOf: db.prepare<[string, number], { id: string }>("SELECT id FROM outbox WHERE kind = 'roadmap' AND record_id = ? AND revision = ?"),
  };

  return {
    /** Runs `work` in one transaction (each edit, the sign-off and its outbox row, a new revision). */
    transaction: <T>(work: () => T): T => db.transaction(work)(),

    get: (id: string): StoredRoadmap | undefined => {
      const row = q.roadmapById.get(id);
      return row ? toRoadmap(row) : undefined;
    },
    listOfClient: (clientId: string): StoredRoadmap[] => q.roadmapsOfClient.all(clientId).map(toRoadmap),
    /** How many roadmaps each of the client's checks has. */
    countsByCheck: (clientId: string): Map<string, number> => new Map(q.countsByCheck.all(clientId).map((c) => [c.assessment_id, c.n])),
    insert: (r: NewRoadmap): void => void q.insertRoadmap.run(roadmapRow(r)),
    delete: (id: string): void => void q.deleteRoadmap.run(id),
    touch: (id: string, at: string): void => void q.touch.run(at, id),
    setStartsOn: (id: string, startsOn: string | null, at: string): void => void q.setStartsOn.run(startsOn, at, id),
    markSignedOff: (id: string, at: string): void => void q.markSignedOff.run(at, id),
    /** Copies the initiatives of `from` into revision `from + 1` and makes it the open draft. */
    openRevisionFrom: (id: string, from: number, at: string): void => {
      q.copyRevision.run({ roadmapId: id, from, to: from + 1, at });
      q.openRevision.run(from + 1, at, id);
    },

    initiatives: (id: string, revision: number): StoredInitiative[] => q.initiativesOf.all(id, revision).map(toStoredInitiative),
    initiative: (id: string, revision: number, key: string): StoredInitiative | undefined => {
      const row = q.initiativeByKey.get(id, revision, key);
      return row ? toStoredInitiative(row) : undefined;
    },
    countInitiatives: (id: string, revision: number): number => q.countInitiatives.get(id, revision)!.n,
    insertInitiative: (ref: RevisionRef, i: InitiativeRecord, at: string): void => void q.insertInitiative.run(initiativeRow({ ...i, ...ref, at })),
    deleteInitiative: (ref: RevisionRef, key: string): void => void q.deleteInitiative.run(ref.roadmapId, ref.revision, key),
    /** Positions 0..n-1 in the order of `keys`; `onlyMoved` leaves rows already in place untouched. */
    setPositions: (ref: RevisionRef, keys: readonly string[], at: string, onlyMoved = false): void => {
      keys.forEach((key, index) =>
        onlyMoved
          ? q.movePosition.run(index, at, ref.roadmapId, ref.revision, key, index)
          : q.setPosition.run(index, at, ref.roadmapId, ref.revision, key),
      );
    },
    /** Rewrites an initiative of the revision (found by its key) from its record; its creation time stays. */
    updateInitiative: (ref: RevisionRef, i: InitiativeRecord, at: string): void => void q.updateInitiative.run(initiativeRow({ ...i, ...ref, at })),

    signOffOf: (id: string, revision: number): RoadmapSignOff | null => {
      const row = q.signOffOf.get(id, revision);
      return row ? toSignOff(row) : null;
    },
    /** The sign-off in force for a revision: its own, else the latest before it. */
    latestSignOffUpTo: (id: string, revision: number): RoadmapSignOff | null => {
      const row = q.latestSignOffUpTo.get(id, revision);
      return row ? toSignOff(row) : null;
    },
    everSignedOff: (id: string): boolean => q.anySignOff.get(id) !== undefined,
    insertSignOff: (s: NewSignOff): void => void q.insertSignOff.run(signOffRow(s)),
    /** The outbox row that carries a signed revision to the portal, if any. */
    outboxIdOf: (id: string, revision: number): string | null => q.outboxIdOf.get(id, revision)?.id ?? null,
  };
}
