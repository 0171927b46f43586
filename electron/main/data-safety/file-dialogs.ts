/**
 * The open/save dialogs, provided by the Electron shell (electron/main/electron-data-safety.ts)
 * and absent in the browser preview and tests. Kept behind this small registry so the
 * services never import Electron and the renderer never names a path in the desktop app.
 */
export interface FileDialogs {
  /** Returns the chosen path, or null when the advisor cancelled. */
  chooseExportPath: (suggestedName: string) => Promise<string | null>;
  chooseImportFile: () => Promise<string | null>;
}

let current: FileDialogs | null = null;

export function setFileDialogs(dialogs: FileDialogs | null): void {
  current = dialogs;
}

export function fileDialogs(): FileDialogs | null {
  return current;
}
