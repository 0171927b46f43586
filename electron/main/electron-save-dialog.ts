/**
 * Where a Word report goes: the advisor picks the place in the native save dialog (main process;
 * the renderer never names a path). Only electron/main/index.ts imports this file, so the
 * services and their tests stay free of Electron.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveFile } from './services/roadmaps/roadmaps-service';

export function createSaveFile(window: () => BrowserWindow | null): SaveFile {
  return async (suggestedName, bytes) => {
    const options = {
      title: suggestedName,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'Word', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const owner = window();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const path = result.filePath.toLowerCase().endsWith('.docx') ? result.filePath : `${result.filePath}.docx`;
    await writeFile(path, bytes);
    return path;
  };
}
