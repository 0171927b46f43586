/**
 * Data safety: backups and their restore, moving a client between laptops as one file,
 * and what erasure will remove. In Electron the main process shows the open/save dialogs
 * itself (a renderer never names a path); the browser preview and tests hand over a path or
 * the file's bytes instead.
 */
import { z } from 'zod';
import { method } from './define';
import { id, text } from './common';
import { MAX_UPLOAD_BASE64, type BackupReason } from './data-safety-limits';

export { BACKUP_REASONS, CLIENT_BUNDLE_EXTENSION, MAX_UPLOAD_BASE64, MAX_UPLOAD_BYTES, type BackupReason } from './data-safety-limits';

export interface BackupInfo {
  file: string;
  createdAt: string;
  reason: BackupReason;
  /** Before a migration: the schema version it led to. */
  targetVersion: number | null;
  sizeBytes: number;
}

export interface BackupList {
  backups: BackupInfo[];
  folder: string;
  policy: { recentHours: number; daily: number; weekly: number };
}

/** The service answers this when the app must restart on other data; the shell acts on it. */
export interface RestartAnswer {
  restartRequired: true;
  restoredFrom: string;
}

/** A plain file name: no folder part, no "..", no control characters. */
const plainFileName = text(255)
  .min(1)
  .refine((v) => !/[/\\\u0000-\u001f]/.test(v) && v !== '.' && v !== '..', { message: 'file_name_invalid' });

const absolutePath = text(1_000).min(1);

const importSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dialog') }),
  z.strictObject({ kind: z.literal('path'), path: absolutePath }),
  z.strictObject({
    kind: z.literal('bytes'),
    fileName: plainFileName,
    base64: z
      .string()
      .max(MAX_UPLOAD_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64_invalid'),
  }),
]);

export interface TableCount {
  table: string;
  rows: number;
}

export type ExportResult =
  | { status: 'cancelled' }
  | {
      status: 'saved' | 'bytes';
      fileName: string;
      /** Where it was written (dialog or path), else null. */
      path: string | null;
      /** The file itself when no path was given (browser preview downloads it). */
      base64: string | null;
      sizeBytes: number;
      sha256: string;
      tables: TableCount[];
    };

export interface ImportTablePlan {
  table: string;
  add: number;
  update: number;
  unchanged: number;
  /** Rows where this laptop holds newer (or diverging) work. */
  conflicts: number;
  /** Rows the file holds but that are never imported (e.g. submissions not yet delivered). */
  skipped: number;
}

export interface ImportConflict {
  table: string;
  key: string;
  reason: 'local_newer' | 'diverged';
  localUpdatedAt: string | null;
  incomingUpdatedAt: string | null;
}

export type ClientMatch =
  | { kind: 'new' }
  | { kind: 'same_id'; localName: string }
  | { kind: 'same_rcs'; localId: string; localName: string };

export interface ImportPreview {
  status: 'ready';
  token: string;
  fileName: string;
  exportedAt: string;
  appVersion: string;
  client: { id: string; name: string; rcsNumber: string };
  match: ClientMatch;
  tables: ImportTablePlan[];
  totals: Omit<ImportTablePlan, 'table'>;
  /** The first conflicts, for the advisor to see what "keep mine" / "take theirs" is about. */
  conflicts: ImportConflict[];
}

export interface ImportResult {
  clientId: string;
  added: number;
  updated: number;
  unchanged: number;
  keptLocal: number;
  skipped: number;
  backup: string | null;
}

export interface ErasureCheck {
  /** Submissions queued for the portal and not yet delivered: erasing drops them. */
  pendingOutbox: number;
  rows: TableCount[];
  /** Backups on this laptop that still hold the client (they are cleaned as part of erasure). */
  backupsHoldingClient: number;
}

export const dataSafetyContract = {
  'data.listBackups': method<BackupList>()(z.strictObject({})),
  'data.backupNow': method<BackupInfo>()(z.strictObject({})),
  /** Checks the backup, stages it and answers restartRequired; the current file is backed up first. */
  'data.restoreBackup': method<RestartAnswer>()(
    z.strictObject({ file: z.string().max(120).regex(/^laif-[A-Za-z0-9-]+\.sqlite$/, 'backup_name_invalid') }),
  ),
  /** Electron: a save dialog. Browser preview: to `path`, or the bytes come back. */
  'data.exportClient': method<ExportResult>()(z.strictObject({ clientId: id, path: absolutePath.optional() })),
  'data.previewImport': method<ImportPreview | { status: 'cancelled' }>()(z.strictObject({ source: importSourceSchema })),
  'data.commitImport': method<ImportResult>()(
    z.strictObject({
      token: id,
      /** Required when the preview showed conflicts: keep this laptop's newer rows, or take the file's. */
      onConflict: z.enum(['keepLocal', 'takeIncoming']).optional(),
      /** When the same company (RCS number) exists under another id: merge into it, or keep both. */
      rcsMatch: z.enum(['merge', 'separate']).optional(),
    }),
  ),
  'data.erasureCheck': method<ErasureCheck>()(z.strictObject({ clientId: id })),
  /**
   * Whether an erasure is still being completed (another program held the database log when
   * it ran); asking also tries to finish it.
   */
  'data.erasureStatus': method<{ pending: boolean }>()(z.strictObject({})),
};

export type ImportSource = z.infer<typeof importSourceSchema>;
