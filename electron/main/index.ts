/** Electron entry point: lifecycle, window, IPC wiring. Everything else lives in createServices. */
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '@shared/errors';
import { createServices, DATABASE_FILE, type Services } from './services/create-services';
import { createMainWindow, hardenSession, hardenWebContents } from './window';
import { forwardEvents, registerIpc } from './ipc';
import { resolveDataDir } from './data-dir';
import { backupsDirOf, listBackups, restoreLatestBackup } from './data-safety/backups';
import { explainDataLocked, installFileDialogs, restartOnRequest } from './electron-data-safety';
import { createSafeStorageSecrets } from './electron-secrets';
import { createSaveFile } from './electron-save-dialog';
import { rendererLocation } from './renderer-location';

const renderer = rendererLocation(process.env, app.isPackaged, join(__dirname, '../renderer/index.html'));
const appUrl = () => (renderer.kind === 'url' ? renderer.url : pathToFileURL(renderer.path).href);

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

async function startServices(dataDir: string): Promise<Services | null> {
  try {
    return await createServices({
      dataDir,
      appVersion: app.getVersion(),
      transport: 'ipc',
      secrets: createSafeStorageSecrets(dataDir),
      saveFile: createSaveFile(() => mainWindow),
      showInFolder: (path) => shell.showItemInFolder(path),
      // The own-devices room listens on the meeting room's network (only while a room is open).
      rooms: { bindHost: '0.0.0.0', advertisedHost: 'lan' },
    });
  } catch (error) {
    const info = error instanceof AppError ? error : new AppError('internal', String(error));
    if (info.code === 'data_locked') {
      // Another running copy holds this data folder: explain and leave it alone.
      await explainDataLocked(info, dataDir);
      app.exit(0);
      return null;
    }
    const backups = listBackups(backupsDirOf(dataDir));
    const buttons = backups.length > 0 ? ['Restore the latest backup', 'Quit'] : ['Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'L-AIF Workbench',
      message:
        info.code === 'database_corrupt'
          ? 'The database is damaged and cannot be opened safely. / La base de données est endommagée.'
          : 'The database could not be prepared. / La base de données n’a pas pu être préparée.',
      detail: `${info.message}\n${backups.length} backup(s) in ${join(dataDir, 'backups')}`,
      buttons,
    });
    if (backups.length > 0 && response === 0) {
      restoreLatestBackup(dataDir, DATABASE_FILE, new Date());
      app.relaunch();
    }
    app.exit(1);
    return null;
  }
}

async function main() {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  await app.whenReady();

  const dataDir = resolveDataDir(process.env, () => app.getPath('userData'));
  services = await startServices(dataDir);
  if (!services) return;

  hardenSession(session.defaultSession);
  registerIpc(ipcMain, services.handlers, appUrl);
  forwardEvents(services.subscribe, () => mainWindow?.webContents ?? null);
  installFileDialogs(services, () => mainWindow);
  restartOnRequest(services);
  // The computer woke up (the network is likely back): probe the portal and pull its status now.
  powerMonitor.on('resume', () => services?.sync.wake());

  mainWindow = createMainWindow({ BrowserWindow, preloadPath: join(__dirname, '../preload/index.cjs'), openExternal });
  if (renderer.kind === 'url') await mainWindow.loadURL(renderer.url);
  else await mainWindow.loadFile(renderer.path);

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => services?.close());
}

function openExternal(url: string) {
  void shell.openExternal(url);
}

void main();
