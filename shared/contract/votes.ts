/**
 * Participants' individual answers and the own-devices room (issue 14, "every voice in the room").
 *
 * Each participant (a voter) answers on their own: round the table on the advisor's laptop, or
 * on their own device in a room the main process serves on the local network. Their answers
 * (votes) are stored with the check, exported and erased with the client, and never sent to the
 * portal: only the agreed answer (`assessments.saveAnswer`) scores and is shared.
 *
 * votes.* are implemented by the votes service, rooms.* by the room server (electron/main/rooms).
 */
import { z } from 'zod';
import { method } from './define';
import { id, locale, shortText } from './common';
import { answerInputSchema } from './assessments';
import type { Locale } from '../locale';
import type { DimensionSpread, ItemSpread, SpreadChange } from '../domain/spread';

export type { DimensionSpread, ItemSpread, SpreadChange } from '../domain/spread';

export const VOTER_CHANNELS = ['table', 'device'] as const;
export type VoterChannel = (typeof VOTER_CHANNELS)[number];

/** How many items a spread or a room may name at once. */
const MAX_ROOM_ITEMS = 200;

const itemId = answerInputSchema.shape.itemId;

export interface Voter {
  id: string;
  assessmentId: string;
  /** The name given, or "Participant N" in the check's language when anonymous. */
  label: string;
  anonymous: boolean;
  channel: VoterChannel;
  /** The language the participant answers in. */
  language: Locale;
  createdAt: string;
}

/** One participant answer: the same answer rules as `assessments.saveAnswer` (level 0..5 XOR checked XOR N/A XOR don't know). */
export const voteInputSchema = z.strictObject({
  assessmentId: id,
  voterId: id,
  itemId,
  level: answerInputSchema.shape.level,
  checked: answerInputSchema.shape.checked,
  notApplicable: answerInputSchema.shape.notApplicable,
  unknown: answerInputSchema.shape.unknown,
});
export type VoteInput = z.output<typeof voteInputSchema>;

export interface SpreadView {
  assessmentId: string;
  voters: Voter[];
  /** The items asked for (default: every item of the check's instrument), in workshop order. */
  items: ItemSpread[];
  dimensions: DimensionSpread[];
  /** Per item: ids of the voters who answered it (never the answer itself, so nothing leaks before the reveal). */
  answered: Record<string, string[]>;
}

export interface SpreadComparison {
  dimensions: SpreadChange[];
  /** The check this follow-up compares with (null for a first check: then every change is null). */
  previousId: string | null;
}

export interface RoomParticipant {
  voterId: string;
  label: string;
  language: Locale;
  /** Items of this room the participant has answered. */
  answered: number;
  lastSeenAt: string;
}

export interface RoomInfo {
  roomId: string;
  assessmentId: string;
  /** http://<advertised address>:<port>/r/<roomId>#<secret> */
  url: string;
  qrSvg: string;
  anonymous: boolean;
  itemIds: string[];
  openedAt: string;
  participants: RoomParticipant[];
  /** 'no_lan_address': no private network address was found, devices may not reach this laptop. */
  networkWarning: 'no_lan_address' | null;
}

export const votesContract = {
  /** Anonymous: the service names the voter "Participant N" in the check's language; named: label required. */
  'votes.addVoter': method<Voter>()(
    z.strictObject({
      assessmentId: id,
      label: shortText.optional(),
      anonymous: z.boolean(),
      channel: z.enum(VOTER_CHANNELS),
      language: locale,
    }),
  ),
  /** Removes the voter and all their answers. */
  'votes.removeVoter': method<{ removed: true }>()(z.strictObject({ assessmentId: id, voterId: id })),
  'votes.save': method<{ savedAt: string }>()(voteInputSchema),
  'votes.spread': method<SpreadView>()(
    z.strictObject({ assessmentId: id, itemIds: z.array(itemId).max(MAX_ROOM_ITEMS).optional() }),
  ),
  /** A participant's own answers (round the table: to let them correct before passing on). */
  'votes.ofVoter': method<VoteInput[]>()(z.strictObject({ assessmentId: id, voterId: id })),
  /** A follow-up's spread per dimension against the check it follows up. */
  'votes.compare': method<SpreadComparison>()(z.strictObject({ assessmentId: id })),

  'rooms.open': method<RoomInfo>()(
    z.strictObject({ assessmentId: id, anonymous: z.boolean(), itemIds: z.array(itemId).min(1).max(MAX_ROOM_ITEMS) }),
  ),
  'rooms.status': method<RoomInfo | null>()(z.strictObject({ assessmentId: id })),
  'rooms.close': method<{ closed: true }>()(z.strictObject({ assessmentId: id })),
};
