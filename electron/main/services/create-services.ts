import { join } from 'node:path';
import type { Handlers } from '@shared/contract';
import type { AppSettings } from '@shared/contract/settings';
import type { Db } from '../db/open-database';
import { createEventBus, defaultIds, type ServiceContext } from './context';
import { createClientsService } from './clients/clients-service';
import { createSettingsService } from './settings/settings-service';
import { createAssessmentsService } from './assessments/assessments-service';
import { createRoadmapsService, type SaveFile } from './roadmaps/roadmaps-service';
import { createFundingService } from './funding/funding-service';
import { createGpuService } from './gpu/gpu-service';
import { createSyncService, type SyncServiceOptions } from '../sync/sync-service';
import type { SecretStore } from '../sync/secrets';
import type { FetchLike } from '../sync/portal-client';
import { createDataSafetyService } from './data-safety-service';
import { openDataFolder } from '../data-safety/open-data-folder';
import { createVotesService } from './votes/votes-service';
import { createRoomsService, type RoomsOptions } from '../rooms';

export interface ServicesOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  appVersion?: string;
  transport?: 'ipc' | 'bridge';
  /** Where the portal token is kept: Electron's safeStorage store; tests and the preview pass a stand-in. Required, never defaulted. */
  secrets: SecretStore;
  /** HTTP for the portal (tests inject faults or a fake). */
  portalFetch?: FetchLike;
  /** Sync engine tuning: autoStart (default true), timeoutMs, tickMs, pullIntervalMs, probeMinMs, probeMaxMs, circuitThreshold, scheduler, random. */
  sync?: Partial<Pick<SyncServiceOptions, 'autoStart' | 'engine'>>;
  /** Browser preview and tests: the one folder a client file `path` may name (default <dataDir>/files); the desktop app names none. */
  filesDir?: string;
  /** Electron: asks where to save a report (native dialog) and writes it; absent = bytes returned to the UI. */
  saveFile?: SaveFile;
  /** Electron: reveals a saved report in the file manager (shell.showItemInFolder). */
  showInFolder?: (path: string) => void;
  /** The own-devices room's addresses: tests bind and advertise 127.0.0.1 only. */
  rooms?: RoomsOptions;
}

export interface Services {
  handlers: Handlers;
  db: Db;
  dataDir: string;
  subscribe: ReturnType<typeof createEventBus>['subscribe'];
  close: () => void;
  /** The Electron shell reaches features through these typed functions, never through `handlers` (the renderer's, validated). */
  settings: { get: () => AppSettings };
  sync: { wake: () => void };
}

export const DATABASE_FILE = 'laif-workbench.sqlite';

/**
 * Builds every service of the main process. The Electron entry point and the test bridge both
 * call this, so the code under test is the code that ships.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  // Folder lock, pending restore, migrations, daily backup (data-safety/open-data-folder.ts).
  const folder = await openDataFolder(options.dataDir, DATABASE_FILE, options.now);
  const db = folder.db;
  const bus = createEventBus();
  const appVersion = options.appVersion ?? '0.0.0';
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? defaultIds,
    emit: bus.emit,
  };
  const settings = createSettingsService(ctx, {
    version: appVersion,
    transport: options.transport ?? 'ipc',
  });
  const clients = createClientsService(ctx);
  const assessments = createAssessmentsService(ctx, { getClient: clients.get, appVersion });
  const funding = createFundingService(ctx, { getClient: clients.get, advisorName: settings.advisorName });
  const sync = createSyncService(ctx, {
    appVersion,
    secrets: options.secrets,
    advisorName: settings.advisorName,
    fetch: options.portalFetch,
    ...options.sync,
  });
  const gpu = createGpuService(ctx, { appVersion, getClient: clients.get, recordSyncInfo: sync.recordInfo });
  const dataSafety = createDataSafetyService(ctx, {
    appVersion,
    transport: options.transport ?? 'ipc',
    dbFile: DATABASE_FILE,
    getClient: clients.get,
    eraseClient: clients.erase,
    filesDir: options.transport === 'bridge' ? (options.filesDir ?? join(options.dataDir, 'files')) : undefined,
  });

  const votes = createVotesService(ctx, { checkHead: assessments.checkHead });
  // After votes, funding and GPU: the report and the sign-off read them through these typed functions.
  const roadmaps = createRoadmapsService(ctx, {
    getClient: clients.get,
    assessments,
    appVersion,
    advisorName: settings.advisorName,
    saveFile: options.saveFile,
    showInFolder: options.showInFolder,
    reportSources: {
      spread: (assessmentId) => votes.spreadOf(assessmentId),
      listScenarios: funding.listScenarios,
      getScenario: funding.getScenario,
      listBudgets: gpu.listBudgets,
      getBudget: gpu.getBudget,
      listRequests: gpu.listRequests,
      cachedBenchmark: sync.cachedBenchmark,
    },
  });
  const rooms = createRoomsService(ctx, { votes: votes.handlers }, options.rooms);
  bus.subscribe(rooms.onEvent); // a finalised, discarded or erased check closes its room

  const handlers: Handlers = {
    ...settings.handlers,
    ...clients.handlers,
    ...assessments.handlers,
    ...roadmaps.handlers,
    ...funding.handlers,
    ...gpu.handlers,
    ...sync.handlers,
    ...dataSafety.handlers, // after clients: wraps clients.erase
    ...votes.handlers,
    ...rooms.handlers,
  };
  return {
    handlers,
    db,
    dataDir: options.dataDir,
    subscribe: bus.subscribe,
    settings: { get: settings.get },
    sync: { wake: () => sync.engine.wake() },
    close: () => {
      sync.stop();
      void rooms.closeAll(); // stops listening at once
      folder.close(); // closes the database and releases the folder lock
    },
  };
}
