/**
 * Everything the Word report needs, as plain data. The roadmap feature builds a `ReportData`
 * from its records (client, finalised check, roadmap revision, optional funding scenarios and
 * GPU budget) and hands it to the generator in the main process; the generator does no I/O
 * and reads no database, so it can be tested and benchmarked on its own.
 *
 * Localized CONTENT (dimension titles, questions, answer labels, initiative titles, reasons,
 * obligations, scheme names) arrives already written in the report's language (`locale`, the
 * client's language, independent of the UI). The report's own wording comes from the `report`
 * and `domain` locale namespaces.
 *
 * Ids (pillars, levels, DMA bands, AI Act tiers, access modes) are the domain's and the
 * reference data's own types: one list each.
 */
import type { Locale } from '../locale';
import type { SizeClass } from '../domain/sme-size';
import { CURRENT_SCORING_VERSION, levelOf, type DmaBand, type MaturityLevel } from '../domain/scoring';
import type { AiActRisk } from '../domain/ai-act';
import type { AccessMode } from '../domain/gpu-budget';
import type { Pillar } from '../reference/catalogue/types';
import { hasPeerStatistics } from '../domain/peer-benchmarks';
import { COMPUTE_REQUEST_STATES, PORTAL_STATUSES, type ComputeRequestStatus, type PortalStatusName } from '../domain/portal-status';

/**
 * Local states (draft, finalised = queued for the portal) then the portal's statuses; an
 * acknowledged request is reported as received (the report speaks of the request, not the feed).
 */
export type ReportComputeRequestStatus = ComputeRequestStatus | Exclude<PortalStatusName, 'acknowledged'>;
export const REPORT_COMPUTE_REQUEST_STATUSES: readonly ReportComputeRequestStatus[] = [
  ...COMPUTE_REQUEST_STATES,
  ...PORTAL_STATUSES.filter((s): s is Exclude<PortalStatusName, 'acknowledged'> => s !== 'acknowledged'),
];

/**
 * The word for a compute request's status: the local states from the `domain` labels, the
 * portal's statuses from the sync feature's words — the same word the screens show.
 */
export function computeRequestStatusKey(status: ReportComputeRequestStatus): string {
  return status === 'draft' || status === 'finalised' ? `domain:computeRequestStatus.${status}` : `sync:portalStatus.${status}`;
}

export interface ReportClient {
  name: string;
  rcsNumber: string | null;
  commune: string | null;
  naceCode: string | null;
  /** Sector label in the report's language, e.g. "Fabrication de produits métalliques". */
  naceLabel: string | null;
  /** null = not known yet (figures missing). */
  sizeClass: SizeClass | null;
}

export interface ReportDimension {
  id: string;
  /** Already in the report's language. */
  title: string;
  /** 0–100, one decimal; null when nothing was answered. */
  score: number | null;
  /** 0–100; null when the client set none. */
  target: number | null;
  /** target − score; null when either is missing. */
  gap: number | null;
}

export interface ReportAnswerCounts {
  answered: number;
  notApplicable: number;
  unknown: number;
  unanswered: number;
  total: number;
}

export interface ReportPreviousCheck {
  finalisedAt: string;
  /** Date of that check's workshop (absent in older data: the finalisation date is shown). */
  heldOn?: string;
  overall: number | null;
  /** By dimension id; dimensions absent here are shown as "—". */
  dimensions: { id: string; score: number | null }[];
  instrumentVersion?: string;
  scoringVersion?: string;
  /**
   * Like-for-like change of the overall: the mean of the dimensions scored in both checks
   * (`commonTitles`), before and now. The report shows this, never a plain difference of two
   * overall scores made on different dimensions.
   */
  likeForLike?: { before: number | null; now: number | null; delta: number | null; allDimensions: boolean; commonTitles: string[] };
}

/** One point of the client's history of checks, oldest first (T0 = before support). */
export interface ReportProgressPoint {
  /** "T0", "T1", … */
  label: string;
  finalisedAt: string;
  /** Date of the workshop; the history shows it (absent in older data: the finalisation date). */
  heldOn?: string;
  overall: number | null;
  /** The level as stored with that check (under its own scoring version); absent in older data. */
  level?: MaturityLevel | null;
  scoringVersion?: string;
  /** False when the overall leaves out a dimension without a score. */
  complete?: boolean;
}

export interface ReportParticipant {
  name: string;
  /** '' when not given. */
  role: string;
}

export interface ReportAssessment {
  finalisedAt: string;
  /** Date of the workshop (ISO date). */
  heldOn: string;
  /** Who took part in the workshop, as recorded on the check (may be empty). */
  participants: ReportParticipant[];
  revision: number;
  instrumentVersion: string;
  /** Scoring rules the level follows (absent in older data: 2026.1). */
  scoringVersion?: string;
  /** Funding-rule version current when the check was finalised. */
  fundingRulesVersion?: string;
  overall: number | null;
  level: MaturityLevel | null;
  /** DMA-style band (not an official DMA score). */
  dmaBand: DmaBand | null;
  /** Titles of the dimensions without a score: the overall is incomplete when there is one. */
  missingDimensionTitles?: string[];
  /** 0..1: answered ÷ applicable questions. */
  confidence: number;
  counts: ReportAnswerCounts;
  /** In instrument order. */
  dimensions: ReportDimension[];
  /** Dimension ids (or null). */
  strongestId: string | null;
  weakestId: string | null;
  previous: ReportPreviousCheck | null;
  progress: ReportProgressPoint[];
}

export interface ReportPeerStats {
  mean: number;
  median: number;
  p25: number;
  p75: number;
}

/** The portal's answer (`/api/v1/benchmarks`), as cached. Shown only with at least 10 peers and statistics. */
export interface ReportPeerBenchmark {
  count: number;
  computedAt: string;
  overall: ReportPeerStats | null;
  dimensions: (ReportPeerStats & { id: string })[];
}

export interface ReportAiAct {
  risk: AiActRisk;
  /** The article or annex point that decided the tier, e.g. "Art. 50(1)"; null when none. */
  ref: string | null;
  /** What the tier implies, already in the report's language. */
  obligations: string[];
}

export interface ReportInitiative {
  title: string;
  pillar: Pillar;
  dimensionTitles: string[];
  /** 0-based month of the horizon. */
  startMonth: number;
  durationMonths: number;
  costCents: number;
  expectedBenefitCentsPerYear: number | null;
  kpi: string | null;
  owner: string | null;
  /** Why it was proposed, one sentence in the report's language ("Data: 28 vs target 60; no data inventory"). */
  reason: string | null;
  /** null = the initiative neither builds nor uses an AI system (no triage needed). */
  aiAct: ReportAiAct | null;
}

export interface ReportRoadmap {
  revision: number;
  horizonMonths: number;
  /** First day of month 1 (ISO date), for month names on the timeline; null → "M1, M2, …". */
  startsOn: string | null;
  /** In roadmap order (the advisor's order). */
  initiatives: ReportInitiative[];
  totals: { costCents: number; benefitCentsPerYear: number | null; paybackMonths: number | null };
}

export interface ReportFundingScheme {
  schemeId: string;
  /** Name in the report's language, e.g. "Fit 4 AI". */
  name: string;
  aidCents: number;
  /** The figure rests on a parameter not confirmed by an official source. */
  unconfirmed: boolean;
}

export interface ReportFundingScenario {
  name: string;
  schemes: ReportFundingScheme[];
  totalCostCents: number;
  totalAidCents: number;
  netCostCents: number;
  /** YYYY-MM-DD: last day the scheme rules used are known to apply (GBER end date). */
  rulesValidUntil?: string;
  /** Today is after rulesValidUntil: the report says the rules must be rechecked. */
  rulesExpired?: boolean;
}

export interface ReportFunding {
  scenarios: ReportFundingScenario[];
}

export interface ReportRange {
  low: number;
  expected: number;
  high: number;
}

export interface ReportGpuWorkload {
  /** e.g. "LoRA fine-tune · Llama-3.1-8B", in the report's language. */
  label: string;
  gpuHours: ReportRange;
  gpusPerJob: number;
  peakMemoryGiB: number | null;
}

export interface ReportComputeRequest {
  projectTitle: string;
  revision: number;
  status: ReportComputeRequestStatus;
  /** What the portal granted, when approved. */
  allocation: { gpuHours: number; system: string | null; validFrom: string | null; validUntil: string | null } | null;
  reviewerMessage: string | null;
}

export interface ReportGpu {
  /** e.g. "MeluXina · 4× A100-40GB per node". */
  hardwareLabel: string;
  workloads: ReportGpuWorkload[];
  totalGpuHours: ReportRange;
  nodeHours: number;
  costBeforeCashbackCents: number;
  cashbackCents: number;
  costAfterCashbackCents: number;
  energyKwh: number;
  co2eKg: number;
  /** The carbon basis, phrased ("Luxembourg grid, location-based, 344 g CO2e/kWh (2023)"). */
  carbonBasis: string;
  accessMode: AccessMode;
  /** The estimate rests on unconfirmed settings (price, cashback rate, hardware). */
  unconfirmed: boolean;
  /** What the cost counts: the GPUs used, or whole nodes (absent in data made before 2026.2). */
  billingUnit?: 'gpu' | 'node';
  /** Inputs beyond what the system can provide, already phrased ("900 GPUs per job: the system has 800"). */
  challenges?: string[];
  computeRequest: ReportComputeRequest | null;
}

export interface ReportSignOff {
  name: string;
  role: string;
  /** ISO date. */
  date: string;
  /** The roadmap revision that was signed off. */
  revision: number;
}

export interface ReportAppendixEntry {
  dimensionTitle: string;
  question: string;
  /** The answer as shown to the client ("3 – Documented process", "Not applicable", "Don't know"); null = unanswered. */
  answerLabel: string | null;
  note: string | null;
}

/**
 * Where the room disagreed (issue 14): present only when participants answered individually.
 * Figures come from their individual answers (shared/domain/spread.ts, rule DISAGREEMENT);
 * the agreed answer is the check's own (frozen) answer, the one that scores.
 */
export interface ReportDisagreement {
  participants: number;
  named: number;
  anonymous: number;
  /** Questions with at least one individual answer. */
  itemsAnswered: number;
  /** The flagged questions, in instrument order. */
  items: {
    dimensionTitle: string;
    question: string;
    kind: 'scale' | 'checklist';
    voters: number;
    /** Scale: answers per level 0..5; checklist: []. */
    counts: number[];
    /** Checklist: each option with the share 0..1 of answering participants who ticked it; scale: []. */
    options: { label: string; share: number }[];
    notApplicable: number;
    unknown: number;
    median: number | null;
    range: number | null;
    /** The agreed answer as in the appendix; null when the check left the question unanswered. */
    agreedLabel: string | null;
  }[];
}

export interface ReportData {
  /** The CLIENT's language (not the UI's). */
  locale: Locale;
  /** ISO date-time the report is generated (passed in: the generator reads no clock). */
  generatedAt: string;
  advisorName: string;
  client: ReportClient;
  assessment: ReportAssessment;
  peers: ReportPeerBenchmark | null;
  roadmap: ReportRoadmap;
  funding: ReportFunding | null;
  gpu: ReportGpu | null;
  signOff: ReportSignOff | null;
  /** Every question of the check, in instrument order. */
  appendix: ReportAppendixEntry[];
  /** Participants' individual answers: absent or null when none were collected. */
  disagreement?: ReportDisagreement | null;
}


/** Steps announced through the progress callback, in order; labels: `report:progress.<step>`. */
export const REPORT_STEPS = ['prepare', 'radar', 'timeline', 'document', 'pack'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];
export type ReportProgress = (done: number, total: number, step: ReportStep) => void;

/**
 * Level of a 0–100 score under a scoring version (domain.md §2; default: the current rules, 2026.2:
 * Initial < 30 ≤ Adopted < 50 ≤ Defined < 70 ≤ Managed < 90 ≤ Optimized). One rule: scoring.ts.
 */
export function reportLevelOf(score: number | null | undefined, scoringVersion: string = CURRENT_SCORING_VERSION): MaturityLevel | null {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) return null;
  return levelOf(score, scoringVersion);
}

/** True when a peer benchmark may be shown: the screens' rule (domain/peer-benchmarks.ts). */
export function peersShowable(peers: ReportPeerBenchmark | null | undefined): peers is ReportPeerBenchmark & { overall: ReportPeerStats } {
  return hasPeerStatistics(peers);
}
