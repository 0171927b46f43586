import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-database';
import type { AppEvent } from '@shared/contract/events';

/** What every service receives: the one connection, the clock, id maker and the event bus. */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  now: () => Date;
  newId: () => string;
  emit: (event: AppEvent) => void;
}

export type Listener = (event: AppEvent) => void;

export function createEventBus() {
  const listeners = new Set<Listener>();
  return {
    emit(event: AppEvent) {
      for (const l of listeners) l(event);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const defaultIds = () => randomUUID();
