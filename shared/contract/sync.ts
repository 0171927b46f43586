/**
 * Sync with the portal (portal-protocol.md): pairing, the sync centre, "Sync now", the status
 * coming back for submitted records and the peer benchmarks. The token never crosses this
 * contract: it stays in the main process.
 */
import { z } from 'zod';
import { method } from './define';
import { LIMITS, id, shortText, text } from './common';
import { SIZE_CLASSES } from '../reference/size-classes';
import { PORTAL_STATUSES, type PortalStatusName } from '../domain/portal-status';

const SUBMISSION_KINDS = ['roadmap', 'compute_request', 'assessment'] as const;
export type SubmissionKindName = (typeof SUBMISSION_KINDS)[number];

export const OUTBOX_STATES = ['pending', 'sending', 'delivered', 'retry', 'needs_auth', 'conflict', 'rejected'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export { PORTAL_STATUSES, type PortalStatusName };

/** Fewer peers than this and nothing is shown (portal-protocol.md, Peer benchmarks). */
export { MIN_BENCHMARK_PEERS } from '../domain/peer-benchmarks';

/** How the token is protected on this machine; `weak` when the OS offers no real key store. */
export interface SecretBackendInfo {
  backend: string;
  /** 'basic_text': Linux without a keyring; 'plain_file': the development stand-in. */
  warning: 'basic_text' | 'plain_file' | 'unavailable' | null;
}

export interface PortalSettings {
  baseUrl: string;
  deviceName: string;
  /** A name to offer for a new pairing (advisor name and host name). */
  suggestedDeviceName: string;
  paired: boolean;
  deviceId: string | null;
  advisor: { id: string; name: string } | null;
  pairedAt: string | null;
  /** The portal refused the token (401): every item waits until the advisor pairs again. */
  needsAuth: boolean;
  secretStore: SecretBackendInfo;
}

export interface SyncProblem {
  /** Portal error code (`validation_failed`, `stale_revision` …) or a local one (`network`, `timeout`, `not_json` …). */
  code: string;
  message: string;
  httpStatus: number | null;
  /** Field messages of a 422 answer; `code` is the portal's when it gave one. */
  fields: { path: string; message: string; code: string | null }[];
  currentRevision: number | null;
}

export interface SyncStatus {
  configured: boolean;
  paired: boolean;
  needsAuth: boolean;
  /** null until the portal has been tried. */
  reachable: boolean | null;
  running: boolean;
  progress: { done: number; total: number } | null;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: SyncProblem | null;
  /** Overload pause asked by the portal (Retry-After). */
  notBefore: string | null;
  counts: { waiting: number; sending: number; delivered: number; attention: number };
}

export interface PortalStatusInfo {
  status: PortalStatusName;
  allocation: {
    gpuHours: number;
    system: string;
    accessMode: string;
    validFrom: string;
    validUntil: string;
  } | null;
  message: string | null;
  /** When the portal recorded the status (its clock). */
  at: string;
}

export interface SyncItem {
  outboxId: string;
  kind: SubmissionKindName;
  recordId: string;
  revision: number;
  clientId: string | null;
  clientName: string | null;
  /** A human label taken from the queued payload (project title, company name). */
  title: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastError: SyncProblem | null;
  portalRef: string | null;
  deliveredAt: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  portalStatus: PortalStatusInfo | null;
}

export interface RecordSyncInfo {
  kind: SubmissionKindName;
  recordId: string;
  /** The revision asked for, or the latest queued one. */
  revision: number | null;
  state: OutboxState | 'not_queued';
  portalRef: string | null;
  deliveredAt: string | null;
  lastError: SyncProblem | null;
  portalStatus: PortalStatusInfo | null;
}

/** A status the portal gave a submitted revision, with what the app knows of the record. */
export interface PortalDecision {
  kind: 'roadmap' | 'compute_request';
  recordId: string;
  /** The revision the status concerns. */
  revision: number;
  /** The latest revision queued for this record (higher when a later revision was sent since). */
  latestRevision: number;
  clientId: string | null;
  clientName: string | null;
  /** Project title or company name the revision was sent with. */
  title: string;
  status: PortalStatusName;
  allocation: PortalStatusInfo['allocation'];
  message: string | null;
  at: string;
}

export interface PortalDecisions {
  /** Information requested or rejected on the latest revision sent: the advisor must act. */
  attention: PortalDecision[];
  /** The latest approval of each record, whichever revision (it stays valid when a later one is sent). */
  approved: PortalDecision[];
}

export interface BenchmarkStats {
  mean: number;
  median: number;
  p25: number;
  p75: number;
}

export interface BenchmarkView {
  /** ok: statistics shown; too_few: under 10 peers (count only); unavailable: never fetched and portal not reachable. */
  state: 'ok' | 'too_few' | 'unavailable';
  instrumentVersion: string;
  filter: { nace: string; sizeClass: string };
  count: number | null;
  overall: BenchmarkStats | null;
  dimensions: ({ id: string } & BenchmarkStats)[];
  computedAt: string | null;
  fetchedAt: string | null;
  /** true when the portal could not be asked and the cached answer is shown. */
  fromCache: boolean;
}

const kind = z.enum(SUBMISSION_KINDS);
const naceFilter = z.string().max(10).regex(/^[A-U](\d{2}(\.\d{1,2})?)?$/, 'nace_invalid');

export const syncContract = {
  'sync.portal.get': method<PortalSettings>()(z.strictObject({})),
  /** Health check of a portal before pairing: reachable and speaking apiVersion 1. */
  'sync.portal.check': method<{ reachable: boolean; apiVersion: number | null; problem: SyncProblem | null }>()(
    z.strictObject({ baseUrl: text(LIMITS.mediumText).min(1) }),
  ),
  'sync.portal.pair': method<PortalSettings>()(
    z.strictObject({
      baseUrl: text(LIMITS.mediumText).min(1),
      code: text(20).trim().min(8),
      deviceName: shortText.min(1),
    }),
  ),
  /** Forgets the token on this machine; queued items stay and wait. */
  'sync.portal.unpair': method<PortalSettings>()(z.strictObject({})),
  'sync.status': method<SyncStatus>()(z.strictObject({})),
  'sync.list': method<SyncItem[]>()(
    z.strictObject({
      filter: z.enum(['all', 'waiting', 'delivered', 'attention']).default('all'),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ),
  /** Starts a sync run now; `wait: true` answers when the run is over (tests, scripts). */
  'sync.now': method<SyncStatus>()(z.strictObject({ wait: z.boolean().default(false) })),
  /** Makes an item waiting for its next attempt due now. */
  'sync.retry': method<SyncItem>()(z.strictObject({ outboxId: id })),
  /** Connectivity returned (window `online` event, resume from sleep): probe the portal and pull its status now. */
  'sync.wake': method<SyncStatus>()(z.strictObject({})),
  /** The advisor has seen a rejected or conflicting item: it leaves "needs attention" (nothing is deleted). */
  'sync.acknowledge': method<SyncItem>()(z.strictObject({ outboxId: id })),
  /** Portal decisions that need the advisor, and approvals to keep in sight; one client's or all. */
  'sync.decisions': method<PortalDecisions>()(z.strictObject({ clientId: id.optional() })),
  /** Sync state of records where they are listed (SyncBadge). */
  'sync.records': method<RecordSyncInfo[]>()(
    z.strictObject({
      items: z
        .array(z.strictObject({ kind, recordId: id, revision: z.number().int().min(1).optional() }))
        .max(LIMITS.listMax),
    }),
  ),
  /** Peer benchmarks for a sector and size class; from the portal when reachable, else the cache. */
  'sync.benchmarks.get': method<BenchmarkView>()(
    z.strictObject({
      instrumentVersion: text(20).min(1),
      nace: naceFilter,
      sizeClass: z.enum(SIZE_CLASSES),
      refresh: z.boolean().default(false),
    }),
  ),
};
