/**
 * The sync feature's contract handlers: Settings → Portal (pair, unpair), the sync centre
 * (status, listing, Sync now, retry, acknowledge), record badges and peer benchmarks.
 */
import { hostname } from 'node:os';
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { BenchmarkView, PortalSettings, SyncStatus } from '@shared/contract/sync';
import type { ServiceContext } from '../services/context';
import { benchmarkView, cachedBenchmarkView, parseBenchmarkAnswer, type BenchmarkFilter } from './benchmarks';
import { createBenchmarkCache } from './benchmark-cache';
import { naceDivisionOf } from '@shared/domain/peer-benchmarks';
import { createSyncEngine, type SyncEngineOptions } from './engine';
import { readCredentials, TOKEN_SECRET } from './credentials';
import { problemOf } from './submission-answer';
import { apiVersionOf, createPortalClient, isCompatible, portalError, type FetchLike, type HttpResult } from './portal-client';
import { normalisePortalUrl } from './portal-url';
import type { SecretStore } from './secrets';
import { createSyncStore, parseProblem } from './sync-store';
import { createDecisionReader } from './decisions';

export interface SyncServiceOptions {
  appVersion: string;
  secrets: SecretStore;
  /** The advisor name from Settings: the first half of the device name suggested for pairing. */
  advisorName: () => string;
  fetch?: FetchLike;
  /** Start the background scheduler (default true; tests drive runs themselves). */
  autoStart?: boolean;
  engine?: Partial<
    Pick<SyncEngineOptions, 'random' | 'scheduler' | 'timeoutMs' | 'tickMs' | 'pullIntervalMs' | 'probeMinMs' | 'probeMaxMs' | 'circuitThreshold'>
  >;
}

/** Benchmarks fetched less than this long ago are not asked again (unless refreshed). */
const BENCHMARK_FRESH_MS = 12 * 60 * 60_000;

function unreachable(result: HttpResult): AppError {
  return new AppError('portal_unreachable', 'The portal did not answer as a portal', {
    reason: result.kind === 'response' ? (result.isJson ? `http_${result.status}` : 'not_json') : result.kind,
  });
}

export function createSyncService(ctx: ServiceContext, options: SyncServiceOptions) {
  const { db } = ctx;
  const store = createSyncStore(db);
  const decisions = createDecisionReader(db);
  const cache = createBenchmarkCache(db);
  const { secrets } = options;
  const engine = createSyncEngine({
    db,
    store,
    secrets,
    now: ctx.now,
    emit: ctx.emit,
    appVersion: options.appVersion,
    fetch: options.fetch,
    ...options.engine,
  });
  engine.recover();
  if (options.autoStart ?? true) engine.start();

  // Pairing, checks and benchmarks are asked for by the advisor: the default (generous) timeout.
  const api = (baseUrl: string) =>
    createPortalClient({
      baseUrl,
      fetch: options.fetch,
      now: ctx.now,
      scheduler: options.engine?.scheduler,
      userAgent: `L-AIF-Workbench/${options.appVersion}`,
    });

  function suggestedDeviceName(): string {
    const advisor = options.advisorName().trim();
    let host = '';
    try {
      host = hostname();
    } catch {
      host = '';
    }
    return [advisor, host].filter(Boolean).join(' – ').slice(0, 200) || 'L-AIF Workbench';
  }

  function settings(): PortalSettings {
    const c = store.connection();
    return {
      baseUrl: c.base_url,
      deviceName: c.device_name,
      suggestedDeviceName: suggestedDeviceName(),
      paired: c.device_id !== null,
      deviceId: c.device_id,
      advisor: c.advisor_id ? { id: c.advisor_id, name: c.advisor_name ?? '' } : null,
      pairedAt: c.paired_at,
      needsAuth: c.needs_auth === 1,
      secretStore: secrets.describe(),
    };
  }

  function status(): SyncStatus {
    const c = store.connection();
    const e = engine.state();
    return {
      configured: c.base_url !== '',
      paired: c.device_id !== null,
      needsAuth: c.needs_auth === 1,
      reachable: e.reachable,
      running: e.running,
      progress: e.progress,
      lastSyncAt: c.last_sync_at,
      lastAttemptAt: c.last_attempt_at,
      lastError: parseProblem(c.last_error_json),
      notBefore: c.not_before,
      counts: store.counts(),
    };
  }

  async function checkHealth(baseUrl: string) {
    const result = await api(baseUrl).health();
    const apiVersion = apiVersionOf(result);
    return { result, apiVersion };
  }

  const handlers = {
    'sync.portal.get': () => settings(),

    'sync.portal.check': async ({ baseUrl }: ParsedInput<'sync.portal.check'>) => {
      const url = normalisePortalUrl(baseUrl);
      const { result, apiVersion } = await checkHealth(url);
      if (apiVersion === null) return { reachable: false, apiVersion: null, problem: problemOf(result, result.kind === 'response' ? 'not_json' : result.kind) };
      if (!isCompatible(apiVersion)) {
        return { reachable: true, apiVersion, problem: { code: 'portal_incompatible', message: '', httpStatus: 200, fields: [], currentRevision: null } };
      }
      return { reachable: true, apiVersion, problem: null };
    },

    'sync.portal.pair': async ({ baseUrl, code, deviceName }: ParsedInput<'sync.portal.pair'>) => {
      const url = normalisePortalUrl(baseUrl);
      const { result: health, apiVersion } = await checkHealth(url);
      if (apiVersion === null) throw unreachable(health);
      if (!isCompatible(apiVersion)) throw new AppError('portal_incompatible', `The portal speaks apiVersion ${apiVersion}`, { apiVersion });
      const result = await api(url).pair({ code: code.toUpperCase(), deviceName: deviceName.trim(), appVersion: options.appVersion });
      if (result.kind !== 'response' || !result.isJson) throw unreachable(result);
      const err = portalError(result.json);
      if (result.status === 400 && err?.code === 'invalid_pairing_code') {
        throw new AppError('invalid_pairing_code', 'Wrong, used or expired pairing code');
      }
      const body = result.json as { deviceId?: unknown; token?: unknown; advisor?: { id?: unknown; name?: unknown } } | null;
      if (result.status !== 201 || typeof body?.deviceId !== 'string' || typeof body.token !== 'string' || typeof body.advisor?.id !== 'string') {
        throw new AppError('portal_error', 'The portal refused the pairing', { status: result.status, code: err?.code ?? null });
      }
      secrets.set(TOKEN_SECRET, JSON.stringify({ token: body.token, deviceId: body.deviceId, baseUrl: url }));
      const previous = store.connection();
      const advisorName = typeof body.advisor.name === 'string' ? body.advisor.name.slice(0, 200) : '';
      db.transaction(() => {
        store.updateConnection({
          base_url: url,
          device_name: deviceName.trim(),
          device_id: body.deviceId as string,
          advisor_id: body.advisor!.id as string,
          advisor_name: advisorName,
          paired_at: ctx.now().toISOString(),
          needs_auth: 0,
          not_before: null,
          last_error_json: null,
          // A cursor belongs to one portal and one advisor's feed.
          changes_cursor: previous.base_url === url && previous.advisor_id === body.advisor!.id ? previous.changes_cursor : null,
        });
        store.resumeAfterPairing();
      })();
      engine.resetReachability();
      ctx.emit({ type: 'changed', entity: 'sync' });
      void engine.run();
      return settings();
    },

    'sync.portal.unpair': () => {
      secrets.delete(TOKEN_SECRET);
      db.transaction(() => {
        store.updateConnection({ device_id: null, advisor_id: null, advisor_name: null, paired_at: null, needs_auth: 0, not_before: null });
        store.resumeAfterPairing();
      })();
      ctx.emit({ type: 'changed', entity: 'sync' });
      return settings();
    },

    'sync.status': () => status(),

    'sync.list': ({ filter, limit }: ParsedInput<'sync.list'>) => store.list(filter, limit),

    'sync.now': async ({ wait }: ParsedInput<'sync.now'>) => {
      const running = engine.run({ force: true });
      if (wait) await running;
      return status();
    },

    /** Connectivity is back (the window went online, the computer woke up): probe and pull now. */
    'sync.wake': () => {
      engine.wake();
      return status();
    },

    'sync.retry': ({ outboxId }: ParsedInput<'sync.retry'>) => {
      const row = store.outbox(outboxId);
      if (!row) throw new AppError('not_found', 'No such outbox item', { entity: 'outbox' });
      if (row.state !== 'retry' && row.state !== 'pending') {
        throw new AppError('sync_not_retryable', 'Only an item waiting for its next attempt can be retried', { state: row.state });
      }
      // Due now, unless the portal itself asked to wait (429/503 Retry-After): that time stands, as for "Sync now".
      const overloaded = [429, 503].includes(parseProblem(row.last_error_json)?.httpStatus ?? 0) && (row.next_attempt_at ?? '') > ctx.now().toISOString();
      if (!overloaded) store.dueNow(outboxId);
      void engine.run();
      return store.item(outboxId)!;
    },

    'sync.acknowledge': ({ outboxId }: ParsedInput<'sync.acknowledge'>) => {
      const row = store.outbox(outboxId);
      if (!row) throw new AppError('not_found', 'No such outbox item', { entity: 'outbox' });
      if (row.state !== 'rejected' && row.state !== 'conflict') {
        throw new AppError('sync_not_acknowledgeable', 'Only a rejected or conflicting item can be acknowledged', { state: row.state });
      }
      store.acknowledge(outboxId, ctx.now());
      ctx.emit({ type: 'changed', entity: 'sync' });
      return store.item(outboxId)!;
    },

    'sync.decisions': ({ clientId }: ParsedInput<'sync.decisions'>) => decisions(clientId ?? null),

    'sync.records': ({ items }: ParsedInput<'sync.records'>) => items.map((i) => store.record(i.kind, i.recordId, i.revision)),

    'sync.benchmarks.get': async ({ instrumentVersion, nace, sizeClass, refresh }: ParsedInput<'sync.benchmarks.get'>): Promise<BenchmarkView> => {
      const filter = { instrumentVersion, nace: naceDivisionOf(nace), sizeClass };
      const cached = cache.get(filter);
      const fresh = cached && ctx.now().getTime() - Date.parse(cached.fetchedAt) < BENCHMARK_FRESH_MS;
      if (cached && fresh && !refresh) return benchmarkView(filter, cached.answer, cached.fetchedAt, true);
      const conn = store.connection();
      const credentials = conn.device_id && conn.needs_auth === 0 ? readCredentials(secrets) : null;
      if (credentials && conn.base_url) {
        const result = await api(conn.base_url).benchmarks(credentials.token, filter);
        const json = result.kind === 'response' && result.status === 200 && result.isJson ? result.json : null;
        const answer = json ? parseBenchmarkAnswer(json) : null;
        if (answer) {
          const at = ctx.now();
          cache.put(filter, json, at);
          return benchmarkView(filter, answer, at.toISOString(), false);
        }
      }
      return cached ? benchmarkView(filter, cached.answer, cached.fetchedAt, true) : benchmarkView(filter, null, null, true);
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    engine,
    store,
    /** For other features: a record's queue state and the portal's answer to it. */
    recordInfo: store.record,
    /** For the report (offline): the cached peer benchmark of a client's sector and size, or null. */
    cachedBenchmark: (filter: BenchmarkFilter) => cachedBenchmarkView(cache, filter),
    stop: () => engine.stop(),
  };
}
