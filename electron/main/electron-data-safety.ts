/**
 * The Electron side of data safety, imported only by the entry point: native open/save
 * dialogs for client files, the restart after a restored backup, and the explanation shown
 * when another running copy holds the data folder.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pickLocale, type Locale } from '@shared/locale';
import { CLIENT_BUNDLE_EXTENSION } from '@shared/contract/data-safety';
import type { AppError } from '@shared/errors';
import type { Services } from './services/create-services';
import { setFileDialogs } from './data-safety/file-dialogs';
import { shellText } from './data-safety/shell-messages';

const systemLocale = (): Locale => pickLocale([app.getLocale()]);

export function installFileDialogs(services: Pick<Services, 'settings'>, window: () => BrowserWindow | null): void {
  const locale = async (): Promise<Locale> => services.settings.get().locale ?? systemLocale();
  const filters = async () => [{ name: shellText('bundleFilter', await locale()), extensions: [CLIENT_BUNDLE_EXTENSION] }];
  setFileDialogs({
    async chooseExportPath(suggestedName) {
      const options = { title: shellText('exportTitle', await locale()), defaultPath: join(app.getPath('documents'), suggestedName), filters: await filters() };
      const win = window();
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async chooseImportFile() {
      const options = { title: shellText('importTitle', await locale()), properties: ['openFile' as const], filters: await filters() };
      const win = window();
      const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  });
}

/** A restored backup is swapped in at the next start: relaunch once the answer has reached the window. */
export function restartOnRequest(services: Pick<Services, 'subscribe' | 'close'>): () => void {
  return services.subscribe((event) => {
    if (event.type !== 'restartRequired') return;
    setTimeout(() => {
      services.close();
      app.relaunch();
      app.exit(0);
    }, 300);
  });
}

export async function explainDataLocked(error: AppError, dataDir: string): Promise<void> {
  const locale = systemLocale();
  const d = error.details as { pid?: number; since?: string; lockFile?: string };
  await dialog.showMessageBox({
    type: 'warning',
    title: 'L-AIF Workbench',
    message: shellText('dataLockedMessage', locale),
    detail: shellText('dataLockedDetail', locale, { pid: d.pid ?? '?', since: d.since ?? '?', dir: dataDir, lockFile: d.lockFile ?? '' }),
    buttons: [shellText('quit', locale)],
  });
}
