/**
 * The own-devices room (issue 14): `rooms.open` starts a small HTTP server in the main process
 * for one check, `rooms.close` stops it. Nothing listens before or after. A room lives only while
 * its check is an editable draft: it closes when the check is finalised or discarded, when the
 * client is erased, and when the services close (app quit, restore). Participants' joins and
 * answers go through the votes service by `dispatch`, so they meet the same zod schemas and
 * answer rules as the presenter's, are stored at once, and emit the `votes` change the
 * presenter's spread listens to.
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import { voteInputSchema, type RoomInfo } from '@shared/contract/votes';
import { locale as localeSchema, shortText } from '@shared/contract/common';
import { getInstrument } from '@shared/reference/instrument';
import type { Locale } from '@shared/locale';
import { dispatch } from '../dispatch';
import type { ServiceContext } from '../services/context';
import { createLimiter, ROOM_LIMITS, type RoomLimits } from './limits';
import { isPrivateIPv4, pickLanAddress } from './network';
import { startRoomServer, type Reply, type RoomServer } from './server';

export interface RoomsOptions {
  /** Address the server binds: production '0.0.0.0' (the room's network), tests '127.0.0.1'. Default '127.0.0.1'. */
  bindHost?: string;
  /** Address put in the QR code: 'lan' = the first private IPv4 of this laptop's interfaces; default '127.0.0.1'. */
  advertisedHost?: string | 'lan';
  /** 0 (default) lets the OS choose a free port. */
  port?: number;
  /** Tests may tighten or widen the limits; production uses ROOM_LIMITS. */
  limits?: Partial<RoomLimits>;
}

interface Participant {
  voterId: string;
  label: string;
  language: Locale;
  lastSeenAt: string;
  answers: ReturnType<typeof createLimiter>;
}

interface OpenRoom {
  info: Omit<RoomInfo, 'participants'>;
  server: RoomServer;
  /** participant token → participant */
  participants: Map<string, Participant>;
}

const token = (bytes: number) => randomBytes(bytes).toString('base64url');

const joinBodySchema = z.strictObject({ language: localeSchema, name: shortText.optional() });
/** The answer a device sends: a vote without its check and voter (the room adds those). */
const answerBodySchema = voteInputSchema.omit({ assessmentId: true, voterId: true });

/** A votes-service refusal as HTTP: the participant page only needs to know which kind. */
function replyOf(code: string): Reply {
  switch (code) {
    case 'invalid_input':
    case 'invalid_answer':
      return { status: 400, body: { error: 'invalid' } };
    case 'too_large':
      return { status: 409, body: { error: 'full' } };
    case 'read_only':
    case 'not_found':
      return { status: 410, body: { error: 'closed' } };
    default:
      return { status: 500, body: { error: 'internal' } };
  }
}

export interface RoomsDeps {
  /** The votes service's handlers: joins and answers go through them (by `dispatch`, so with the contract's validation). */
  votes: Pick<Handlers, 'votes.addVoter' | 'votes.save' | 'votes.spread' | 'votes.ofVoter'>;
}

export function createRoomsService(ctx: ServiceContext, deps: RoomsDeps, options: RoomsOptions = {}) {
  const rooms = new Map<string, OpenRoom>();
  const bindHost = options.bindHost ?? '127.0.0.1';
  const limits: RoomLimits = { ...ROOM_LIMITS, ...options.limits };
  const checkOf = ctx.db.prepare<[string], { status: string; language: string; instrument_version: string }>(
    'SELECT status, language, instrument_version FROM assessments WHERE id = ?',
  );

  function advertised(): { host: string; networkWarning: RoomInfo['networkWarning'] } {
    const wanted = options.advertisedHost ?? '127.0.0.1';
    const host = wanted === 'lan' ? (pickLanAddress(networkInterfaces()) ?? '127.0.0.1') : wanted;
    // Devices reach this laptop only on the meeting room's private network.
    return { host, networkWarning: isPrivateIPv4(host) ? null : 'no_lan_address' };
  }

  const changed = (assessmentId: string) => ctx.emit({ type: 'changed', entity: 'votes', id: assessmentId });
  const call = <K extends 'votes.addVoter' | 'votes.save' | 'votes.ofVoter' | 'votes.spread'>(name: K, input: unknown) =>
    dispatch(deps.votes as Handlers, name, input); // dispatch reads only handlers[name]

  function status(assessmentId: string): Promise<RoomInfo | null> | null {
    const room = rooms.get(assessmentId);
    if (!room) return null;
    return (async () => {
      const spread = await call('votes.spread', { assessmentId, itemIds: room.info.itemIds });
      const answered = new Map<string, number>();
      const known = new Set<string>();
      if (spread.ok) {
        const view = spread.value as { voters: { id: string }[]; answered: Record<string, string[]> };
        for (const v of view.voters) known.add(v.id);
        for (const ids of Object.values(view.answered)) for (const id of ids) answered.set(id, (answered.get(id) ?? 0) + 1);
      }
      const participants = [...room.participants.values()]
        .filter((p) => known.has(p.voterId)) // a participant the presenter removed is gone
        .map((p) => ({ voterId: p.voterId, label: p.label, language: p.language, answered: answered.get(p.voterId) ?? 0, lastSeenAt: p.lastSeenAt }));
      return { ...room.info, participants };
    })();
  }

  async function closeRoom(assessmentId: string): Promise<boolean> {
    const room = rooms.get(assessmentId);
    if (!room) return false;
    rooms.delete(assessmentId);
    await room.server.close();
    changed(assessmentId);
    return true;
  }

  /** A room lives only while its check is an editable draft (finalised, discarded or erased → closed). */
  function closeStale(): void {
    for (const assessmentId of [...rooms.keys()]) {
      if (checkOf.get(assessmentId)?.status !== 'draft') void closeRoom(assessmentId);
    }
  }

  async function open({ assessmentId, anonymous, itemIds }: ParsedInput<'rooms.open'>): Promise<RoomInfo> {
    const check = checkOf.get(assessmentId);
    if (!check) throw new AppError('not_found', 'No such maturity check', { entity: 'assessment' });
    if (check.status !== 'draft') throw new AppError('read_only', 'This maturity check is finalised; reopen it to collect answers again', { entity: 'assessment' });
    if (rooms.has(assessmentId)) throw new AppError('conflict', 'A room is already open for this check; close it first', { entity: 'room' });
    const instrument = getInstrument(check.instrument_version);
    const byId = new Map(instrument.items.map((i) => [i.id, i]));
    for (const itemId of itemIds) {
      if (!byId.has(itemId)) throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId });
    }
    // In workshop order, once each.
    const wanted = new Set(itemIds);
    const roomItems = instrument.items.filter((i) => wanted.has(i.id));
    const dimensionTitle = new Map(instrument.dimensions.map((d) => [d.id, d.title]));

    const roomId = token(16); // 128 bits: the path cannot be guessed
    const secret = token(16); // 128 bits (22 characters: short enough to type from the projector), only ever in the URL fragment and a header
    const participants = new Map<string, Participant>();
    const { host, networkWarning } = advertised();
    const touch = (p: Participant) => {
      p.lastSeenAt = ctx.now().toISOString();
    };

    const server = await startRoomServer({
      roomId,
      secret,
      bindHost,
      advertisedHost: host,
      port: options.port ?? 0,
      limits,
      now: () => Date.now(),
      actions: {
        anonymous,
        defaultLocale: () => (checkOf.get(assessmentId)?.language ?? 'fr') as Locale,
        join: async (body) => {
          const parsed = joinBodySchema.safeParse(body);
          if (!parsed.success) return { status: 400, body: { error: 'invalid' } };
          const name = parsed.data.name?.trim() ?? '';
          if (!anonymous && name === '') return { status: 400, body: { error: 'name' } };
          const added = await call('votes.addVoter', {
            assessmentId,
            anonymous,
            // An anonymous room never takes a name, even when one is sent.
            ...(anonymous ? {} : { label: name }),
            channel: 'device',
            language: parsed.data.language,
          });
          if (!added.ok) return replyOf(added.error.code);
          const voter = added.value as { id: string; label: string };
          const participantToken = token(24);
          participants.set(participantToken, {
            voterId: voter.id,
            label: voter.label,
            language: parsed.data.language,
            lastSeenAt: ctx.now().toISOString(),
            answers: createLimiter(limits.answersPerParticipant, () => Date.now()),
          });
          return { status: 200, body: { participantToken, label: voter.label } };
        },
        questions: async (locale, participantToken) => {
          const p = participantToken ? participants.get(participantToken) : undefined;
          const mine: Record<string, unknown> = {};
          if (p) {
            touch(p);
            const own = await call('votes.ofVoter', { assessmentId, voterId: p.voterId });
            if (own.ok) {
              for (const v of own.value as { itemId: string; level: number | null; checked: string[] | null; notApplicable: boolean; unknown: boolean }[]) {
                if (wanted.has(v.itemId)) mine[v.itemId] = { level: v.level, checked: v.checked, notApplicable: v.notApplicable, unknown: v.unknown };
              }
            } else if (own.error.code === 'not_found' && own.error.details?.entity === 'voter') {
              participants.delete(participantToken as string); // removed by the presenter: join again
            } else {
              return replyOf(own.error.code);
            }
          }
          const rule = instrument.answerRules;
          return {
            status: 200,
            body: {
              participant: p !== undefined && participants.has(participantToken as string),
              // Only this room's questions, only in the language asked: reference texts, no client data.
              items: roomItems.map((item) => ({
                id: item.id,
                dimension: dimensionTitle.get(item.dimensionId)?.[locale] ?? '',
                question: item.question[locale],
                help: item.help[locale],
                rule: rule ? rule[item.format.kind][locale] : null,
                kind: item.format.kind,
                ...(item.format.kind === 'scale'
                  ? { levels: item.format.levels.map((l) => l[locale]) }
                  : { options: item.format.options.map((o) => ({ id: o.id, label: o.label[locale] })) }),
              })),
              mine,
            },
          };
        },
        answer: async (participantToken, body) => {
          const p = participantToken ? participants.get(participantToken) : undefined;
          if (!p || participantToken === null) return { status: 401, body: { error: 'participant' } };
          if (!p.answers.hit(participantToken)) return { status: 429, body: { error: 'rate' } };
          const parsed = answerBodySchema.safeParse(body);
          if (!parsed.success) return { status: 400, body: { error: 'invalid' } };
          // Only this room's questions can be answered from a device.
          if (!wanted.has(parsed.data.itemId)) return { status: 404, body: { error: 'not_found' } };
          touch(p);
          const saved = await call('votes.save', { ...parsed.data, assessmentId, voterId: p.voterId });
          if (!saved.ok) {
            if (saved.error.code === 'not_found' && saved.error.details?.entity === 'voter') {
              participants.delete(participantToken);
              return { status: 401, body: { error: 'participant' } };
            }
            return replyOf(saved.error.code);
          }
          return { status: 200, body: saved.value };
        },
      },
    });

    const url = `http://${host}:${server.port}/r/${roomId}#${secret}`;
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const info: OpenRoom['info'] = {
      roomId,
      assessmentId,
      url,
      qrSvg,
      anonymous,
      itemIds: roomItems.map((i) => i.id),
      openedAt: ctx.now().toISOString(),
      networkWarning,
    };
    // The check may have been finalised while the server started: then it does not open.
    if (checkOf.get(assessmentId)?.status !== 'draft' || rooms.has(assessmentId)) {
      await server.close();
      throw new AppError('conflict', 'The check changed while the room was opening', { entity: 'room' });
    }
    rooms.set(assessmentId, { info, server, participants });
    changed(assessmentId);
    return { ...info, participants: [] };
  }

  const handlers = {
    'rooms.open': (input: ParsedInput<'rooms.open'>) => open(input),
    'rooms.status': async ({ assessmentId }: ParsedInput<'rooms.status'>): Promise<RoomInfo | null> => {
      closeStale();
      return (await status(assessmentId)) ?? null;
    },
    'rooms.close': async ({ assessmentId }: ParsedInput<'rooms.close'>): Promise<{ closed: true }> => {
      await closeRoom(assessmentId); // closing a room that is not open is not an error: the result is the same
      return { closed: true };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    /** Called on every app event: a finalised, discarded or erased check takes its room with it. */
    onEvent: (event: { type: string; entity?: string }) => {
      if (rooms.size > 0 && event.type === 'changed' && (event.entity === 'assessment' || event.entity === 'client')) closeStale();
    },
    /** Services closing (quit, restore): every room stops listening at once (the sockets are dropped synchronously). */
    closeAll: (): Promise<void> => Promise.all([...rooms.keys()].map((id) => closeRoom(id))).then(() => undefined),
    /** How many rooms listen (tests). */
    openCount: () => rooms.size,
  };
}

export type RoomsService = ReturnType<typeof createRoomsService>;
