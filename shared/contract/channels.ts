/**
 * IPC channel names, apart from the contract's schemas so the preload can use them without
 * bundling zod (the preload carries method names only; validation happens in main).
 */

/** The IPC channel of a method (one channel per method keeps sender checks and logs simple). */
export const channelOf = (name: string): string => `laif:${name}`;
export const EVENT_CHANNEL = 'laif:event';
