/** Workshop limits, free of zod so the renderer can import them. */
export const MAX_PARTICIPANTS = 30;
/** Message key of a note over LIMITS.longText (errors:fields.note_too_long). */
export const NOTE_TOO_LONG = 'note_too_long';
