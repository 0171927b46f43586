/** Limits shared by every feature's schemas (one place for each rule). Free of zod so the renderer can import it. */
export const LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  /** A workshop note may be long (minutes of a discussion) but not a pasted file. */
  longText: 50_000,
  email: 254,
  maxCents: 1_000_000_000_000, // €10 bn: far above any SME figure, far below float trouble
  listMax: 200,
} as const;
