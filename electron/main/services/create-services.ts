import { join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { openDatabase, type Db } from '../db/open-database';
import { createEventBus, defaultIds, type ServiceContext } from './context';
import { createClientsService } from './clients-service';
import { createSettingsService } from './settings-service';
// import (assessments service)
// import (roadmaps service)
// import (funding service)
// import (gpu + compute request service)
// import (sync service)
// import (data safety service)

export interface ServicesOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  appVersion?: string;
  transport?: 'ipc' | 'bridge';
}

export interface Services {
  handlers: Handlers;
  db: Db;
  dataDir: string;
  subscribe: ReturnType<typeof createEventBus>['subscribe'];
  close: () => void;
}

export const DATABASE_FILE = 'laif-workbench.sqlite';

/**
 * Builds every service of the main process. The Electron entry point and the test bridge both
 * call this, so the code under test is the code that ships.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const db = await openDatabase(join(options.dataDir, DATABASE_FILE));
  const bus = createEventBus();
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? defaultIds,
    emit: bus.emit,
  };
  const settings = createSettingsService(ctx, {
    version: options.appVersion ?? '0.0.0',
    transport: options.transport ?? 'ipc',
  });
  const clients = createClientsService(ctx);
  // create (assessments service)
  // create (roadmaps service)
  // create (funding service)
  // create (gpu + compute request service)
  // create (sync service)
  // create (data safety service)

  const handlers: Handlers = {
    ...settings.handlers,
    ...clients.handlers,
    // ...(assessments handlers)
    // ...(roadmaps handlers)
    // ...(funding handlers)
    // ...(gpu + compute request handlers)
    // ...(sync handlers)
    // ...(data safety handlers)
  };
  return {
    handlers,
    db,
    dataDir: options.dataDir,
    subscribe: bus.subscribe,
    close: () => db.close(),
  };
}
