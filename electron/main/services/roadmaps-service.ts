/**
 * Roadmaps (issue 4): generation from a finalised check, editing (each change one short
 * transaction), AI Act triage, sign-off with its portal submission in the same transaction, new
 * revisions, and the Word report. The rules live in shared/domain (roadmap, roadmap-edit,
 * ai-act); this file holds the SQL and the order of things.
 */
import type { SpreadView } from '../../../shared/contract/votes';
import { createHash } from 'node:crypto';
import { AppError, type FieldProblem } from '../../../shared/errors';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import type { Client } from '../../../shared/contract/clients';
import type { FinalisedSnapshot } from '../../../shared/contract/assessments';
import {
  ROADMAP_LIMITS,
  type ExportResult,
  type InitiativePatch,
  type InitiativeSource,
  type RoadmapCheckInfo,
  type RoadmapComparison,
  type RoadmapInitiative,
  type RoadmapRevisionSummary,
  type RoadmapSignOff,
  type RoadmapSource,
  type RoadmapStatus,
  type RoadmapSummary,
  type RoadmapView,
} from '../../../shared/contract/roadmaps';
import { roadmapPayloadSchema } from '../../../shared/contract/roadmap-payload';
import type { AiActAnswers } from '../../../shared/domain/ai-act';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { payloadCompany } from '../../../shared/domain/compute-request';
import { proposeRoadmap, roadmapTotals, type InitiativeReason, type ProposedRoadmap, type RoadmapHorizon, type RoadmapMode } from '../../../shared/domain/roadmap';
import {
  buildRoadmapPayload,
  compareWithProposal,
  effectiveRisk,
  initiativeTriage,
  roadmapWarnings,
  signOffBlockers,
  templatesInPlace,
  type EditedInitiative,
  type RoadmapProblem,
} from '../../../shared/domain/roadmap-edit';
import { buildReportData } from '../../../shared/domain/roadmap-report-data';
import { scoreItem } from '../../../shared/domain/scoring';
import { isLocale, type Locale } from '../../../shared/locale';
import { findTemplate, getCatalogue, type Catalogue, type Pillar } from '../../../shared/reference/catalogue';
import { carryItemScores, getInstrument } from '../../../shared/reference/instrument';
import type { ReportData, ReportFunding, ReportGpu } from '../../../shared/report/report-data';
import { reportFileName } from '../../../shared/report/file-name';
import { enqueueSubmission } from '../sync/outbox';
import type { ServiceContext } from './context';
import { roadmapTranslator } from './roadmaps/roadmap-texts';
import { cachedPeersForReport, type PayloadFunding } from './roadmaps/roadmap-report-sections';

/** Asks the advisor where to save and writes the file; resolves to the path, or null when cancelled. */
export type SaveFile = (suggestedName: string, bytes: Uint8Array) => Promise<string | null>;
export type GenerateReport = (data: ReportData, onProgress: (done: number, total: number, step: string) => void) => Promise<Uint8Array>;

export interface RoadmapsDeps {
  getClient: (id: string) => Client;
  /** The assessments service: finalised snapshots are the roadmap's input. */
  assessments: {
    getSnapshot: (id: string, revision?: number) => FinalisedSnapshot;
    listFinalised: (clientId: string) => FinalisedSnapshot[];
  };
  appVersion: string;
  advisorName: () => string;
  /** Electron: the native save dialog. Absent (browser preview, tests): the bytes are returned. */
  saveFile?: SaveFile;
  /** Electron: shell.showItemInFolder. Absent (browser preview, tests): nothing to open. */
  showInFolder?: (path: string) => void;
  /** The DOCX generator; loaded lazily so that opening the app does not load `docx` and resvg. */
  generateReport?: GenerateReport;
  /** Hooks for the report's optional sections and the payload's `funding` block (null = no data). */
  reportSections?: {
    funding?: (clientId: string, locale: Locale) => ReportFunding | null;
    gpu?: (clientId: string, locale: Locale, initiativeKeys: readonly string[]) => ReportGpu | null;
    payloadFunding?: (clientId: string, initiativeKeys: readonly string[]) => PayloadFunding | null;
    /** Participants' individual answers to a check (the report's section on disagreement). */
    votes?: (assessmentId: string) => SpreadView | null;
  };
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

interface InitiativeRow {
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
  revision: number;
  manager_name: string;
  manager_role: string;
  signed_on: string;
  signed_at: string;
}

type StoredInitiative = EditedInitiative & {
  position: number;
  source: InitiativeSource;
  reason: InitiativeReason | null;
  updatedAt: string;
};

/** Editable fields → columns (one place: used by update). */
const COLUMNS: { [K in keyof Required<InitiativePatch>]: string } = {
  title: 'title',
  pillar: 'pillar',
  dimensionIds: 'dimension_ids_json',
  startMonth: 'start_month',
  durationMonths: 'duration_months',
  costCents: 'cost_cents',
  owner: 'owner',
  expectedBenefitCentsPerYear: 'benefit_cents_per_year',
  kpi: 'kpi',
  usesAi: 'uses_ai',
};

function toDbValue(field: keyof InitiativePatch, value: unknown): unknown {
  if (field === 'dimensionIds') return JSON.stringify(value);
  if (field === 'usesAi') return value ? 1 : 0;
  return value;
}

function toStored(row: InitiativeRow): StoredInitiative {
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

function toSignOff(row: SignOffRow): RoadmapSignOff {
  return {
    revision: row.revision,
    managerName: row.manager_name,
    managerRole: row.manager_role,
    signedOn: row.signed_on,
    signedAt: row.signed_at,
  };
}

/** First day of the month after `now` (UTC): month 1 of a roadmap generated today. */
export function nextMonthStart(now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 2; // 1-based next month
  return m > 12 ? `${y + 1}-01-01` : `${y}-${String(m).padStart(2, '0')}-01`;
}

/**
 * The check's item scores 0..1 (null = not answered), as the generator reads them: in the item ids of
 * the catalogue's instrument, so an older check's split item still counts (carryItemScores).
 */
function itemScoresOf(snapshot: FinalisedSnapshot, catalogue: Catalogue | undefined): Map<string, number | null> {
  const instrument = getInstrument(snapshot.instrumentVersion);
  const answers = new Map(snapshot.answers.map((a) => [a.itemId, a]));
  const scores = new Map(instrument.items.map((item) => [item.id, scoreItem(item, answers.get(item.id))]));
  return catalogue?.instrumentVersion ? carryItemScores(scores, catalogue.instrumentVersion) : scores;
}

function beyondHorizon(path: string, horizon: number): AppError {
  const problem: FieldProblem = { path, code: 'custom', message: 'beyond_horizon', params: { horizon } };
  return new AppError('invalid_input', 'The initiative would end after the roadmap horizon', { fields: [problem] });
}

export function createRoadmapsService(ctx: ServiceContext, deps: RoadmapsDeps) {
  const { db } = ctx;
  const roadmapById = db.prepare<[string], RoadmapRow>('SELECT * FROM roadmaps WHERE id = ?');
  const roadmapsOfClient = db.prepare<[string], RoadmapRow>('SELECT * FROM roadmaps WHERE client_id = ? ORDER BY created_at DESC, id');
  const initiativesOf = db.prepare<[string, number], InitiativeRow>(
    'SELECT * FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? ORDER BY position, initiative_key',
  );
  const initiativeByKey = db.prepare<[string, number, string], InitiativeRow>(
    'SELECT * FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?',
  );
  const signOffOf = db.prepare<[string, number], SignOffRow>('SELECT * FROM roadmap_signoffs WHERE roadmap_id = ? AND revision = ?');
  const latestSignOffUpTo = db.prepare<[string, number], SignOffRow>(
    'SELECT * FROM roadmap_signoffs WHERE roadmap_id = ? AND revision <= ? ORDER BY revision DESC LIMIT 1',
  );
  const insertInitiative = db.prepare(
    `INSERT INTO roadmap_initiatives (roadmap_id, client_id, revision, initiative_key, position, source, template_id, title, pillar,
       dimension_ids_json, start_month, duration_months, cost_cents, owner, benefit_cents_per_year, kpi, reason_json, uses_ai,
       ai_act_answers_json, ai_act_risk, created_at, updated_at)
     VALUES (@roadmap_id, @client_id, @revision, @initiative_key, @position, @source, @template_id, @title, @pillar,
       @dimension_ids_json, @start_month, @duration_months, @cost_cents, @owner, @benefit_cents_per_year, @kpi, @reason_json, @uses_ai,
       @ai_act_answers_json, @ai_act_risk, @created_at, @updated_at)`,
  );
  const touchRoadmap = db.prepare('UPDATE roadmaps SET updated_at = ? WHERE id = ?');

  function row(id: string): RoadmapRow {
    const r = roadmapById.get(id);
    if (!r) throw new AppError('not_found', 'No such roadmap', { entity: 'roadmap' });
    return r;
  }

  function stored(id: string, revision: number): StoredInitiative[] {
    return initiativesOf.all(id, revision).map(toStored);
  }

  /** A change is only allowed on the latest revision while it is a draft. */
  function editable(id: string): RoadmapRow {
    const r = row(id);
    if (r.status !== 'draft') {
      throw new AppError('read_only', 'This roadmap revision is signed off; start a new revision to change it', { entity: 'roadmap', revision: r.revision });
    }
    return r;
  }

  function initiative(r: RoadmapRow, key: string): StoredInitiative {
    const found = initiativeByKey.get(r.id, r.revision, key);
    if (!found) throw new AppError('not_found', 'No such initiative in this roadmap', { entity: 'initiative' });
    return toStored(found);
  }

  function snapshotOf(r: RoadmapRow): FinalisedSnapshot {
    return deps.assessments.getSnapshot(r.assessment_id, r.assessment_revision);
  }

  function checkInfo(s: FinalisedSnapshot): RoadmapCheckInfo {
    return {
      id: s.id,
      revision: s.revision,
      heldOn: s.heldOn,
      finalisedAt: s.finalisedAt,
      instrumentVersion: s.instrumentVersion,
      overall: s.result.overall,
      level: s.result.level,
      dimensions: s.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target, gap: d.gap })),
    };
  }

  /**
   * The payload this revision would be queued with, and what stops it from being signed. The
   * funding block is only looked up for the real sign-off (it computes every scenario).
   */
  function payloadOf(r: RoadmapRow, initiatives: readonly StoredInitiative[], snapshot: FinalisedSnapshot, withFunding = false) {
    const client = deps.getClient(r.client_id);
    const payload = buildRoadmapPayload({
      company: payloadCompany(client),
      check: { id: snapshot.id, revision: snapshot.revision, overall: snapshot.result.overall, level: snapshot.result.level, scoringVersion: snapshot.scoringVersion },
      horizonMonths: r.horizon_months,
      initiatives,
      catalogue: getCatalogue(r.catalogue_version),
      locale: client.reportLocale,
      funding: withFunding ? (deps.reportSections?.payloadFunding?.(r.client_id, initiatives.map((i) => i.key)) ?? null) : null,
    });
    const problems: RoadmapProblem[] = [...signOffBlockers(initiatives)];
    const parsed = roadmapPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        if (path === 'initiatives' && problems.some((p) => p.code === 'no_initiatives')) continue;
        if (path.startsWith('company.sizeClass') || path.startsWith('company.headcount')) {
          if (!problems.some((p) => p.code === 'company_size_unknown')) problems.push({ code: 'company_size_unknown' });
        } else if (path.startsWith('company.name')) problems.push({ code: 'company_name_missing' });
        else if (path.startsWith('assessment.overallScore') || path.startsWith('assessment.level')) {
          if (!problems.some((p) => p.code === 'no_overall_score')) problems.push({ code: 'no_overall_score' });
        } else problems.push({ code: 'payload_invalid', path });
      }
    }
    return { payload, problems, client };
  }

  function view(id: string, revision?: number): RoadmapView {
    const r = row(id);
    const shown = revision ?? r.revision;
    if (shown < 1 || shown > r.revision) throw new AppError('not_found', 'No such roadmap revision', { entity: 'roadmap_revision', revision: shown });
    const snapshot = snapshotOf(r);
    const catalogue = getCatalogue(r.catalogue_version);
    const items = stored(id, shown);
    const warnings = roadmapWarnings(items, catalogue, templatesInPlace(catalogue, itemScoresOf(snapshot, catalogue)));
    const status: RoadmapStatus = shown < r.revision ? 'signed_off' : (r.status as RoadmapStatus);
    const { problems, client } = payloadOf(r, items, snapshot);
    const signOffRow = signOffOf.get(id, shown);
    const initiatives: RoadmapInitiative[] = items.map((i) => ({
      key: i.key,
      position: i.position,
      source: i.source,
      templateId: i.templateId,
      title: i.title,
      pillar: i.pillar,
      dimensionIds: [...i.dimensionIds],
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
      costCents: i.costCents,
      owner: i.owner,
      expectedBenefitCentsPerYear: i.expectedBenefitCentsPerYear,
      kpi: i.kpi,
      reason: i.reason,
      usesAi: i.usesAi,
      aiActAnswers: i.aiActAnswers,
      aiAct: initiativeTriage(i),
      aiActRisk: effectiveRisk(i),
      warnings: warnings.get(i.key) ?? [],
      updatedAt: i.updatedAt,
    }));
    return {
      id: r.id,
      clientId: r.client_id,
      clientName: client.name,
      reportLocale: client.reportLocale,
      check: checkInfo(snapshot),
      catalogueVersion: r.catalogue_version,
      horizonMonths: r.horizon_months as RoadmapHorizon,
      startsOn: r.starts_on,
      mode: r.mode as RoadmapMode,
      revision: shown,
      latestRevision: r.revision,
      status,
      readOnly: status !== 'draft',
      initiatives,
      totals: roadmapTotals(items),
      signOff: signOffRow ? toSignOff(signOffRow) : null,
      signOffProblems: status === 'draft' ? problems : [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  function changed(id: string) {
    ctx.emit({ type: 'changed', entity: 'roadmap', id });
  }

  /** Runs one edit of the latest draft revision in a transaction, then answers the fresh view. */
  function edit(id: string, write: (r: RoadmapRow, at: string) => void): RoadmapView {
    const at = ctx.now().toISOString();
    db.transaction(() => {
      const r = editable(id);
      write(r, at);
      touchRoadmap.run(at, id);
    })();
    changed(id);
    return view(id);
  }

  function renumber(r: RoadmapRow, at: string) {
    const keys = initiativesOf.all(r.id, r.revision).map((i) => i.initiative_key);
    const set = db.prepare('UPDATE roadmap_initiatives SET position = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ? AND position <> ?');
    keys.forEach((key, index) => set.run(index, at, r.id, r.revision, key, index));
  }

  function assertRoom(r: RoadmapRow) {
    const n = (db.prepare('SELECT count(*) AS n FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ?').get(r.id, r.revision) as { n: number }).n;
    if (n >= ROADMAP_LIMITS.initiatives) {
      throw new AppError('too_large', `A roadmap holds at most ${ROADMAP_LIMITS.initiatives} initiatives`, { max: ROADMAP_LIMITS.initiatives });
    }
    return n;
  }

  function insertRow(r: RoadmapRow, values: Omit<InitiativeRow, 'roadmap_id' | 'client_id' | 'revision'>) {
    insertInitiative.run({ ...values, roadmap_id: r.id, client_id: r.client_id, revision: r.revision });
  }

  function summaryOf(r: RoadmapRow): RoadmapSummary {
    const items = stored(r.id, r.revision);
    const signed = latestSignOffUpTo.get(r.id, r.revision);
    let heldOn = '';
    try {
      heldOn = snapshotOf(r).heldOn;
    } catch {
      // The check is gone (should not happen: finalised revisions are kept); the list still shows the roadmap.
    }
    return {
      id: r.id,
      revision: r.revision,
      status: r.status as RoadmapStatus,
      horizonMonths: r.horizon_months,
      initiativeCount: items.length,
      totalCostCents: roadmapTotals(items).totalCostCents,
      checkHeldOn: heldOn,
      checkRevision: r.assessment_revision,
      signOff: signed ? toSignOff(signed) : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  /** ReportData of a revision in a language (default: the client's report language). */
  function reportDataOf(id: string, revision: number | undefined, locale: Locale | undefined): ReportData {
    const r = row(id);
    const shown = revision ?? r.revision;
    if (shown < 1 || shown > r.revision) throw new AppError('not_found', 'No such roadmap revision', { entity: 'roadmap_revision', revision: shown });
    const client = deps.getClient(r.client_id);
    const lang: Locale = locale ?? (isLocale(client.reportLocale) ? client.reportLocale : 'fr');
    const signed = latestSignOffUpTo.get(id, shown);
    const check = snapshotOf(r);
    return buildReportData(
      {
        locale: lang,
        generatedAt: ctx.now().toISOString(),
        advisorName: deps.advisorName(),
        client,
        check,
        peers: cachedPeersForReport(ctx.db, check.instrumentVersion, client),
        history: deps.assessments.listFinalised(r.client_id),
        roadmap: { revision: shown, horizonMonths: r.horizon_months, startsOn: r.starts_on, initiatives: stored(id, shown) },
        catalogue: getCatalogue(r.catalogue_version),
        signOff: signed ? toSignOff(signed) : null,
        funding: deps.reportSections?.funding?.(r.client_id, lang) ?? null,
        gpu: deps.reportSections?.gpu?.(r.client_id, lang, stored(id, shown).map((i) => i.key)) ?? null,
        votes: deps.reportSections?.votes?.(check.id) ?? null,
      },
      roadmapTranslator(lang),
    );
  }

  /** Paths the export wrote in this session: the only ones "show in folder" accepts. */
  const savedReports = new Set<string>();

  async function generate(data: ReportData, onProgress: (done: number, total: number, step: string) => void): Promise<Uint8Array> {
    if (deps.generateReport) return deps.generateReport(data, onProgress);
    const { generateReport } = await import('../report');
    return generateReport(data, { onProgress });
  }

  const handlers = {
    'roadmaps.sources': ({ clientId }: ParsedInput<'roadmaps.sources'>): RoadmapSource[] => {
      deps.getClient(clientId);
      const counts = new Map(
        (db.prepare('SELECT assessment_id, count(*) AS n FROM roadmaps WHERE client_id = ? GROUP BY assessment_id').all(clientId) as {
          assessment_id: string;
          n: number;
        }[]).map((c) => [c.assessment_id, c.n]),
      );
      return deps.assessments
        .listFinalised(clientId)
        .map((s) => ({
          assessmentId: s.id,
          revision: s.revision,
          heldOn: s.heldOn,
          finalisedAt: s.finalisedAt,
          overall: s.result.overall,
          level: s.result.level,
          roadmapCount: counts.get(s.id) ?? 0,
        }))
        .reverse();
    },

    'roadmaps.generate': ({ clientId, assessmentId, assessmentRevision, horizonMonths }: ParsedInput<'roadmaps.generate'>) => {
      deps.getClient(clientId);
      const snapshot = deps.assessments.getSnapshot(assessmentId, assessmentRevision);
      if (snapshot.clientId !== clientId) throw new AppError('not_found', 'This check belongs to another client', { entity: 'assessment' });
      const catalogue = getCatalogue();
      if (!catalogue) throw new AppError('internal', 'No roadmap catalogue shipped');
      const scores = itemScoresOf(snapshot, catalogue);
      const proposal: ProposedRoadmap = proposeRoadmap({
        dimensions: snapshot.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target })),
        answers: [...scores].map(([itemId, score]) => ({ itemId, score })),
        horizonMonths,
        catalogue,
      });
      const id = ctx.newId();
      const now = ctx.now();
      const at = now.toISOString();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO roadmaps (id, client_id, assessment_id, assessment_revision, instrument_version, catalogue_version, horizon_months,
             starts_on, mode, proposal_json, revision, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'draft', ?, ?)`,
        ).run(id, clientId, snapshot.id, snapshot.revision, snapshot.instrumentVersion, catalogue.version, horizonMonths, nextMonthStart(now), proposal.mode, JSON.stringify(proposal), at, at);
        const r = row(id);
        proposal.initiatives.forEach((p, position) => {
          insertRow(r, {
            initiative_key: ctx.newId(),
            position,
            source: 'proposal',
            template_id: p.templateId,
            title: '',
            pillar: p.pillar,
            dimension_ids_json: JSON.stringify(p.dimensionIds),
            start_month: p.startMonth,
            duration_months: p.durationMonths,
            cost_cents: p.costCents,
            owner: '',
            benefit_cents_per_year: null,
            kpi: '',
            reason_json: JSON.stringify(p.reason),
            uses_ai: p.buildsAiSystem ? 1 : 0,
            ai_act_answers_json: '{}',
            ai_act_risk: effectiveRisk({ usesAi: p.buildsAiSystem, aiActAnswers: {} }),
            created_at: at,
            updated_at: at,
          });
        });
      })();
      changed(id);
      return view(id);
    },

    'roadmaps.get': ({ id, revision }: ParsedInput<'roadmaps.get'>) => view(id, revision),

    'roadmaps.list': ({ clientId }: ParsedInput<'roadmaps.list'>) => {
      deps.getClient(clientId);
      return roadmapsOfClient.all(clientId).map(summaryOf);
    },

    'roadmaps.delete': ({ id }: ParsedInput<'roadmaps.delete'>) => {
      db.transaction(() => {
        row(id);
        const signed = db.prepare('SELECT 1 FROM roadmap_signoffs WHERE roadmap_id = ? LIMIT 1').get(id);
        if (signed) throw new AppError('read_only', 'A roadmap that was signed off is part of the record and cannot be deleted', { entity: 'roadmap' });
        db.prepare('DELETE FROM roadmaps WHERE id = ?').run(id);
      })();
      changed(id);
      return { deleted: true as const };
    },

    'roadmaps.update': ({ id, patch }: ParsedInput<'roadmaps.update'>) =>
      edit(id, (r, at) => {
        if (patch.startsOn !== undefined) db.prepare('UPDATE roadmaps SET starts_on = ?, updated_at = ? WHERE id = ?').run(patch.startsOn, at, r.id);
      }),

    'roadmaps.addFromCatalogue': ({ id, templateId, startMonth }: ParsedInput<'roadmaps.addFromCatalogue'>) =>
      edit(id, (r, at) => {
        const catalogue = getCatalogue(r.catalogue_version) ?? getCatalogue();
        const template = catalogue ? findTemplate(catalogue, templateId) : undefined;
        if (!template) throw new AppError('not_found', 'No such initiative in the catalogue', { entity: 'template', templateId });
        const position = assertRoom(r);
        const horizon = r.horizon_months;
        // Default start: when its prerequisites in the roadmap have ended (they come first).
        const current = stored(r.id, r.revision);
        const afterPrerequisites = Math.max(
          0,
          ...current.filter((i) => i.templateId && template.prerequisites.includes(i.templateId)).map((i) => i.startMonth + i.durationMonths),
        );
        const duration = Math.min(template.durationMonths, horizon);
        const start = Math.min(startMonth ?? afterPrerequisites, horizon - duration);
        if (startMonth !== undefined && startMonth + duration > horizon) throw beyondHorizon('startMonth', horizon);
        insertRow(r, {
          initiative_key: ctx.newId(),
          position,
          source: 'catalogue',
          template_id: template.id,
          title: '',
          pillar: template.pillar,
          dimension_ids_json: JSON.stringify(template.dimensionIds),
          start_month: start,
          duration_months: duration,
          cost_cents: Math.round((template.costRangeCents[0] + template.costRangeCents[1]) / 2),
          owner: '',
          benefit_cents_per_year: null,
          kpi: '',
          reason_json: null,
          uses_ai: template.buildsAiSystem ? 1 : 0,
          ai_act_answers_json: '{}',
          ai_act_risk: effectiveRisk({ usesAi: template.buildsAiSystem, aiActAnswers: {} }),
          created_at: at,
          updated_at: at,
        });
      }),

    'roadmaps.addCustom': ({ id, initiative: i }: ParsedInput<'roadmaps.addCustom'>) =>
      edit(id, (r, at) => {
        const position = assertRoom(r);
        if (i.startMonth + i.durationMonths > r.horizon_months) throw beyondHorizon('initiative.durationMonths', r.horizon_months);
        insertRow(r, {
          initiative_key: ctx.newId(),
          position,
          source: 'custom',
          template_id: null,
          title: i.title.trim(),
          pillar: i.pillar,
          dimension_ids_json: JSON.stringify(i.dimensionIds),
          start_month: i.startMonth,
          duration_months: i.durationMonths,
          cost_cents: i.costCents,
          owner: '',
          benefit_cents_per_year: null,
          kpi: '',
          reason_json: null,
          uses_ai: i.usesAi ? 1 : 0,
          ai_act_answers_json: '{}',
          ai_act_risk: effectiveRisk({ usesAi: i.usesAi, aiActAnswers: {} }),
          created_at: at,
          updated_at: at,
        });
      }),

    'roadmaps.removeInitiative': ({ id, key }: ParsedInput<'roadmaps.removeInitiative'>) =>
      edit(id, (r, at) => {
        initiative(r, key);
        db.prepare('DELETE FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?').run(r.id, r.revision, key);
        renumber(r, at);
      }),

    'roadmaps.reorder': ({ id, keys }: ParsedInput<'roadmaps.reorder'>) =>
      edit(id, (r, at) => {
        const current = initiativesOf.all(r.id, r.revision).map((i) => i.initiative_key);
        const same = keys.length === current.length && new Set(keys).size === keys.length && keys.every((k) => current.includes(k));
        if (!same) throw new AppError('conflict', 'The roadmap changed meanwhile: reload and reorder again', { entity: 'roadmap' });
        const set = db.prepare('UPDATE roadmap_initiatives SET position = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?');
        keys.forEach((key, index) => set.run(index, at, r.id, r.revision, key));
      }),

    'roadmaps.updateInitiative': ({ id, key, patch }: ParsedInput<'roadmaps.updateInitiative'>) =>
      edit(id, (r, at) => {
        const before = initiative(r, key);
        const fields = Object.keys(patch) as (keyof InitiativePatch)[];
        if (fields.length === 0) return;
        const start = patch.startMonth ?? before.startMonth;
        const duration = patch.durationMonths ?? before.durationMonths;
        if (start + duration > r.horizon_months) {
          throw beyondHorizon(patch.durationMonths !== undefined ? 'patch.durationMonths' : 'patch.startMonth', r.horizon_months);
        }
        const patchValue = (f: keyof InitiativePatch) => (f === 'title' || f === 'owner' ? String(patch[f]).trim() : patch[f]);
        const sets = fields.map((f) => `${COLUMNS[f]} = ?`).join(', ');
        const values = fields.map((f) => toDbValue(f, patchValue(f)));
        const usesAi = patch.usesAi ?? before.usesAi;
        db.prepare(`UPDATE roadmap_initiatives SET ${sets}, ai_act_risk = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?`).run(
          ...values,
          effectiveRisk({ usesAi, aiActAnswers: before.aiActAnswers }),
          at,
          r.id,
          r.revision,
          key,
        );
      }),

    'roadmaps.setAiActAnswers': ({ id, key, answers }: ParsedInput<'roadmaps.setAiActAnswers'>) =>
      edit(id, (r, at) => {
        const before = initiative(r, key);
        // Only answered questions are kept: "absent" and null mean the same (unanswered).
        const kept = Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string')) as AiActAnswers;
        db.prepare(
          'UPDATE roadmap_initiatives SET ai_act_answers_json = ?, ai_act_risk = ?, updated_at = ? WHERE roadmap_id = ? AND revision = ? AND initiative_key = ?',
        ).run(JSON.stringify(kept), effectiveRisk({ usesAi: before.usesAi, aiActAnswers: kept }), at, r.id, r.revision, key);
      }),

    'roadmaps.compare': ({ id, revision }: ParsedInput<'roadmaps.compare'>): RoadmapComparison => {
      const r = row(id);
      const shown = revision ?? r.revision;
      if (shown < 1 || shown > r.revision) throw new AppError('not_found', 'No such roadmap revision', { entity: 'roadmap_revision', revision: shown });
      const proposal = JSON.parse(r.proposal_json) as ProposedRoadmap;
      const items = stored(id, shown);
      return {
        proposal,
        proposalTotals: roadmapTotals(proposal.initiatives),
        currentTotals: roadmapTotals(items),
        ...compareWithProposal(proposal, items),
      };
    },

    'roadmaps.signOff': ({ id, managerName, managerRole, signedOn }: ParsedInput<'roadmaps.signOff'>) => {
      const now = ctx.now();
      const at = now.toISOString();
      db.transaction(() => {
        const r = editable(id);
        const items = stored(id, r.revision);
        const snapshot = snapshotOf(r);
        const { payload, problems, client } = payloadOf(r, items, snapshot, true);
        if (problems.length > 0) {
          throw new AppError('sign_off_blocked', 'This roadmap cannot be signed off yet', { problems });
        }
        // The exact revision as signed: what the manager saw, independent of later catalogue versions.
        const snapshotJson = canonicalJson({
          roadmapId: r.id,
          revision: r.revision,
          clientId: r.client_id,
          check: { id: snapshot.id, revision: snapshot.revision },
          catalogueVersion: r.catalogue_version,
          horizonMonths: r.horizon_months,
          startsOn: r.starts_on,
          initiatives: items.map(({ updatedAt: _updatedAt, ...i }) => ({ ...i, aiActRisk: effectiveRisk(i) })),
          signedBy: { name: managerName.trim(), role: managerRole.trim(), signedOn },
          payload,
        });
        db.prepare(
          `INSERT INTO roadmap_signoffs (roadmap_id, client_id, revision, manager_name, manager_role, signed_on, signed_at, snapshot_json, snapshot_sha256)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(r.id, r.client_id, r.revision, managerName.trim(), managerRole.trim(), signedOn, at, snapshotJson, createHash('sha256').update(snapshotJson, 'utf8').digest('hex'));
        db.prepare("UPDATE roadmaps SET status = 'signed_off', updated_at = ? WHERE id = ?").run(at, r.id);
        enqueueSubmission(db, {
          kind: 'roadmap',
          recordId: r.id,
          revision: r.revision,
          locale: client.reportLocale,
          clientId: r.client_id,
          payload,
          instrumentVersion: r.instrument_version,
          appVersion: deps.appVersion,
          createdAt: now,
          newId: ctx.newId,
        });
      })();
      changed(id);
      ctx.emit({ type: 'changed', entity: 'outbox' });
      return view(id);
    },

    'roadmaps.newRevision': ({ id }: ParsedInput<'roadmaps.newRevision'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const r = row(id);
        if (r.status !== 'signed_off') throw new AppError('conflict', 'A draft revision is already open', { entity: 'roadmap', revision: r.revision });
        const next = r.revision + 1;
        db.prepare(
          `INSERT INTO roadmap_initiatives (roadmap_id, client_id, revision, initiative_key, position, source, template_id, title, pillar,
             dimension_ids_json, start_month, duration_months, cost_cents, owner, benefit_cents_per_year, kpi, reason_json, uses_ai,
             ai_act_answers_json, ai_act_risk, created_at, updated_at)
           SELECT roadmap_id, client_id, ?, initiative_key, position, source, template_id, title, pillar,
             dimension_ids_json, start_month, duration_months, cost_cents, owner, benefit_cents_per_year, kpi, reason_json, uses_ai,
             ai_act_answers_json, ai_act_risk, created_at, ?
           FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ?`,
        ).run(next, at, id, r.revision);
        db.prepare("UPDATE roadmaps SET revision = ?, status = 'draft', updated_at = ? WHERE id = ?").run(next, at, id);
      })();
      changed(id);
      return view(id);
    },

    'roadmaps.revisions': ({ id }: ParsedInput<'roadmaps.revisions'>): RoadmapRevisionSummary[] => {
      const r = row(id);
      const outbox = db.prepare<[string, number], { id: string }>("SELECT id FROM outbox WHERE kind = 'roadmap' AND record_id = ? AND revision = ?");
      const out: RoadmapRevisionSummary[] = [];
      for (let rev = r.revision; rev >= 1; rev--) {
        const items = stored(id, rev);
        const signed = signOffOf.get(id, rev);
        out.push({
          revision: rev,
          status: rev < r.revision ? 'signed_off' : (r.status as RoadmapStatus),
          initiativeCount: items.length,
          totalCostCents: roadmapTotals(items).totalCostCents,
          signOff: signed ? toSignOff(signed) : null,
          outboxId: outbox.get(id, rev)?.id ?? null,
        });
      }
      return out;
    },

    'roadmaps.exportReport': async ({ id, revision, locale, taskId }: ParsedInput<'roadmaps.exportReport'>): Promise<ExportResult> => {
      const data = reportDataOf(id, revision, locale);
      const started = performance.now();
      const bytes = await generate(data, (done, total, step) => ctx.emit({ type: 'reportProgress', taskId, done, total, step }));
      const millis = Math.round(performance.now() - started);
      const { reportTranslator } = await import('../report/texts');
      const title = reportTranslator(data.locale)('report:fileTitle');
      const fileName = reportFileName({ date: data.generatedAt, companyName: data.client.name, revision: data.roadmap.revision, locale: data.locale, title });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const base = { fileName, locale: data.locale, sizeBytes: bytes.byteLength, sha256, millis };
      if (deps.saveFile) {
        const path = await deps.saveFile(fileName, bytes);
        if (path) savedReports.add(path);
        return { ...base, status: path ? 'saved' : 'cancelled', path, base64: null };
      }
      return { ...base, status: 'download', path: null, base64: Buffer.from(bytes).toString('base64') };
    },

    'roadmaps.showReportInFolder': ({ path }: ParsedInput<'roadmaps.showReportInFolder'>): { shown: boolean } => {
      // The renderer may only reveal what the export wrote: no way to probe or open other paths.
      if (!savedReports.has(path)) throw new AppError('not_found', 'No report was saved at this place in this session', { entity: 'report_file' });
      if (!deps.showInFolder) return { shown: false };
      deps.showInFolder(path);
      return { shown: true };
    },
  } satisfies Partial<Handlers>;

  return { handlers, view, reportDataOf };
}
