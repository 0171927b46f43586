/**
 * Data safety: backups (list, make, restore), a client exported / imported as one file, and
 * erasure that reaches the backups too. Wraps `clients.erase` so every erasure, from any
 * screen, goes through the same steps.
 */
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { Client } from '@shared/contract/clients';
import type { BackupInfo, ExportResult, ImportPreview, ImportSource } from '@shared/contract/data-safety';
import { MIGRATIONS } from '../db/migrations';
import { backupNow, backupsDirOf, checkBackupFile, listBackups, stageRestore, type BackupEntry } from '../data-safety/backups';
import { ROTATION_POLICY } from '../data-safety/rotation';
import { buildBundle, decodeBundle, encodeBundle, validateBundle, type ValidatedBundle } from '../data-safety/bundle';
import { pathInFilesDir, readBundleFile, suggestedFileName, writeFileAtomically, writeNewFile } from '../data-safety/bundle-files';
import { applyImport, planImport } from '../data-safety/import-plan';
import { countClientRows } from '../data-safety/client-tables';
import {
  checkpointWithRetries,
  copiesHoldingClient,
  eraseClientFromCopies,
  finishPendingErasure,
  pendingOutboxCount,
  setErasurePending,
} from '../data-safety/erasure';
import { fileDialogs } from '../data-safety/file-dialogs';
import type { ServiceContext } from './context';

export interface DataSafetyDeps {
  appVersion: string;
  transport: 'ipc' | 'bridge';
  dbFile: string;
  /** The clients service's record (throws not_found) and its own erasure (name check + cascading delete). */
  getClient: (id: string) => Client;
  eraseClient: (input: ParsedInput<'clients.erase'>) => void;
  /** Browser preview and tests: the one folder whose files a `path` may name (desktop: none, the dialog chooses). */
  filesDir?: string;
}

/** A previewed file waits this long for the advisor's decision. */
const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_PREVIEWS = 3;

const toInfo = (b: BackupEntry): BackupInfo => ({
  file: b.file,
  createdAt: b.createdAt.toISOString(),
  reason: b.reason,
  targetVersion: b.targetVersion,
  sizeBytes: b.sizeBytes,
});

export function createDataSafetyService(ctx: ServiceContext, deps: DataSafetyDeps) {
  const { db } = ctx;
  const dir = backupsDirOf(ctx.dataDir);
  const previews = new Map<string, { validated: ValidatedBundle; expires: number }>();
  const latestSchema = Math.max(0, ...MIGRATIONS.map((m) => m.version));
  // An erasure left unfinished last time (another program held the log) is finished first thing.
  finishPendingErasure(db);

  async function readSource(source: ImportSource): Promise<{ bytes: Buffer; fileName: string } | null> {
    if (source.kind === 'bytes') return { bytes: Buffer.from(source.base64, 'base64'), fileName: source.fileName };
    if (source.kind === 'path') {
      const path = pathInFilesDir(deps, source.path);
      return { bytes: readBundleFile(path), fileName: path.split(/[/\\]/).pop() ?? '' };
    }
    const dialogs = fileDialogs();
    if (!dialogs) throw new AppError('no_file_dialog', 'No file dialog here: pass the file instead');
    const path = await dialogs.chooseImportFile();
    return path ? { bytes: readBundleFile(path), fileName: path.split(/[/\\]/).pop() ?? '' } : null;
  }

  function prunePreviews(now: number) {
    for (const [token, p] of previews) if (p.expires < now) previews.delete(token);
    while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
  }

  const handlers = {
    'data.listBackups': () => ({
      backups: listBackups(dir).map(toInfo),
      folder: dir,
      policy: { recentHours: ROTATION_POLICY.recentHours, daily: ROTATION_POLICY.daily, weekly: ROTATION_POLICY.weekly },
    }),

    'data.backupNow': async () => toInfo(await backupNow(db, dir, 'manual', ctx.now())),

    'data.restoreBackup': ({ file }: ParsedInput<'data.restoreBackup'>) => {
      const entry = listBackups(dir).find((b) => b.file === file);
      if (!entry) throw new AppError('backup_not_found', 'No such backup', { file });
      const check = checkBackupFile(entry.path);
      if (!check.ok) throw new AppError('backup_damaged', 'The backup failed its integrity check', { file, problems: check.problems });
      if (check.schemaVersion > latestSchema) {
        throw new AppError('backup_from_newer_version', 'The backup was made by a newer version of the app', { file, version: check.schemaVersion });
      }
      stageRestore(ctx.dataDir, file, ctx.now());
      // Last step: the shell restarts on this event (after this answer has gone out).
      ctx.emit({ type: 'restartRequired', reason: 'restore' });
      return { restartRequired: true as const, restoredFrom: file };
    },

    'data.exportClient': async ({ clientId, path }: ParsedInput<'data.exportClient'>): Promise<ExportResult> => {
      const name = deps.getClient(clientId).name;
      const now = ctx.now();
      const bundle = buildBundle(db, clientId, { appVersion: deps.appVersion, now });
      const bytes = encodeBundle(bundle);
      const fileName = suggestedFileName(name, now);
      const tables = Object.entries(bundle.tables).map(([table, t]) => ({ table, rows: t.rows.length }));
      const base = { fileName, sizeBytes: bytes.length, sha256: bundle.sha256, tables };
      if (path !== undefined) {
        const target = pathInFilesDir(deps, path);
        writeNewFile(target, bytes);
        return { status: 'saved', path: target, base64: null, ...base };
      }
      const dialogs = fileDialogs();
      if (dialogs) {
        const chosen = await dialogs.chooseExportPath(fileName);
        if (!chosen) return { status: 'cancelled' };
        writeFileAtomically(chosen, bytes);
        return { status: 'saved', path: chosen, base64: null, ...base };
      }
      return { status: 'bytes', path: null, base64: bytes.toString('base64'), ...base };
    },

    'data.previewImport': async ({ source }: ParsedInput<'data.previewImport'>): Promise<ImportPreview | { status: 'cancelled' }> => {
      const file = await readSource(source);
      if (!file) return { status: 'cancelled' };
      const validated = validateBundle(decodeBundle(file.bytes), db);
      const plan = planImport(db, validated);
      const now = ctx.now().getTime();
      prunePreviews(now);
      const token = ctx.newId();
      previews.set(token, { validated, expires: now + PREVIEW_TTL_MS });
      prunePreviews(now);
      const totals = plan.summary.reduce(
        (sum, t) => ({ add: sum.add + t.add, update: sum.update + t.update, unchanged: sum.unchanged + t.unchanged, conflicts: sum.conflicts + t.conflicts, skipped: sum.skipped + t.skipped }),
        { add: 0, update: 0, unchanged: 0, conflicts: 0, skipped: 0 },
      );
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      return {
        status: 'ready',
        token,
        fileName: file.fileName,
        exportedAt: validated.bundle.exportedAt,
        appVersion: validated.bundle.appVersion,
        client: { id: validated.bundle.clientId, name: text(validated.clientRow.name), rcsNumber: text(validated.clientRow.rcs_number) },
        match: plan.match,
        tables: plan.summary,
        totals,
        conflicts: plan.conflicts.slice(0, 50),
      };
    },

    'data.commitImport': async ({ token, onConflict, rcsMatch }: ParsedInput<'data.commitImport'>) => {
      const preview = previews.get(token);
      if (!preview || preview.expires < ctx.now().getTime()) throw new AppError('import_expired', 'This import preview has expired; choose the file again');
      const check = planImport(db, preview.validated, { rcsMatch });
      if (check.match.kind === 'same_rcs' && !rcsMatch) throw new AppError('import_needs_decision', 'Merge or keep separate?', { about: 'rcs' });
      if (check.conflicts.length > 0 && !onConflict) {
        throw new AppError('import_needs_decision', 'Keep local or take the file?', { about: 'conflicts', conflicts: check.conflicts.length });
      }
      const backup = await backupNow(db, dir, 'before-import', ctx.now());
      // Planned again inside the transaction: what is applied is what the data is at this moment.
      const { plan, applied } = db.transaction(() => {
        const plan = planImport(db, preview.validated, { rcsMatch });
        return { plan, applied: applyImport(db, plan, onConflict ?? 'keepLocal') };
      })();
      previews.delete(token);
      ctx.emit({ type: 'changed', entity: 'client', id: plan.targetClientId });
      return { clientId: plan.targetClientId, ...applied, backup: backup.file };
    },

    'data.erasureStatus': () => ({ pending: finishPendingErasure(db) }),

    'data.erasureCheck': ({ clientId }: ParsedInput<'data.erasureCheck'>) => {
      finishPendingErasure(db);
      deps.getClient(clientId); // not_found for an unknown client
      return {
        pendingOutbox: pendingOutboxCount(db, clientId),
        rows: countClientRows(db, clientId).filter((r) => r.rows > 0),
        backupsHoldingClient: copiesHoldingClient(ctx.dataDir, deps.dbFile, clientId),
      };
    },

    'clients.erase': async (input: ParsedInput<'clients.erase'>) => {
      deps.eraseClient(input);
      previews.clear(); // a previewed file may hold the erased client
      eraseClientFromCopies(ctx.dataDir, deps.dbFile, input.id);
      await backupNow(db, dir, 'after-erasure', ctx.now());
      // Last: the backup above wrote nothing to this log, and "erased" is only said once the log is empty.
      const complete = await checkpointWithRetries(db);
      if (!complete) setErasurePending(db, true);
      return { erased: true as const, complete };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
