/**
 * The own-devices room (issue 14): the room-server helper replaces this body with the local
 * HTTP server. Until then every rooms.* call answers 'rooms_unavailable'.
 */
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/contract';
import type { ServiceContext } from '../services/context';

export interface RoomsOptions {
  /** Address the server binds (production 0.0.0.0; tests 127.0.0.1). */
  bindHost?: string;
  /** Address put in the QR code (production: the first private IPv4; tests 127.0.0.1). */
  advertisedHost?: string;
  /** 0 = chosen by the OS. */
  port?: number;
}

export interface RoomsDeps {
  votes: Pick<Handlers, 'votes.addVoter' | 'votes.save' | 'votes.spread'>;
}

export function createRoomsService(_ctx: ServiceContext, _deps: RoomsDeps, _options: RoomsOptions = {}) {
  const unavailable = (): never => {
    throw new AppError('rooms_unavailable', 'The own-devices room is not available');
  };
  const handlers = {
    'rooms.open': unavailable,
    'rooms.status': unavailable,
    'rooms.close': unavailable,
  } satisfies Partial<Handlers>;
  return { handlers, closeAll: () => {} };
}
