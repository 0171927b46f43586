/**
 * Plain constants of the data-safety contract, in a file of their own so the renderer can use
 * them without pulling the contract's zod schemas into its bundle.
 */
export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
  'after-erasure',
  'other',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Largest file the browser preview may hand over as base64 (the test bridge caps bodies at 16 MB). */
export const MAX_UPLOAD_BASE64 = 12_000_000;
/** The same limit in bytes of the file itself (base64 is 4 characters per 3 bytes). */
export const MAX_UPLOAD_BYTES = (MAX_UPLOAD_BASE64 / 4) * 3;

/** File extension of an exported client (gzip-compressed JSON). */
export const CLIENT_BUNDLE_EXTENSION = 'laifclient';
