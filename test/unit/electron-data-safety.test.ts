/**
 * The Electron side of data safety with `electron` replaced by test doubles: the native file
 * dialogs handed to the services, the relaunch after a restore, the explanation when another
 * copy holds the data folder — and its texts in the four languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { LOCALES } from '@shared/locale';
import type { AppEvent } from '@shared/contract/events';
import type { Services } from '@main/services/create-services';
import { fileDialogs, setFileDialogs } from '@main/data-safety/file-dialogs';
import { SHELL_TEXT, shellText } from '@main/data-safety/shell-messages';

const electron = vi.hoisted(() => ({
  app: { getLocale: vi.fn(() => 'de-LU'), getPath: vi.fn(() => '/home/advisor/Documents'), relaunch: vi.fn(), exit: vi.fn() },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
}));
vi.mock('electron', () => electron);

const { explainDataLocked, installFileDialogs, restartOnRequest } = await import('@main/electron-data-safety');

function fakeServices(locale: 'fr' | 'lb' | null = 'lb') {
  const listeners = new Set<(e: AppEvent) => void>();
  return {
    emit: (e: AppEvent) => listeners.forEach((l) => l(e)),
    services: {
      settings: { get: () => ({ locale, advisorName: '' }) },
      subscribe: (l: (e: AppEvent) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close: vi.fn(),
    } as unknown as Services & { close: ReturnType<typeof vi.fn> },
  };
}

afterEach(() => {
  setFileDialogs(null);
  vi.clearAllMocks();
  vi.useRealTimers();
});

describe('Electron data-safety shell', () => {
  it('hands native dialogs to the services, titled in the advisor’s language; cancel gives null', async () => {
    const { services } = fakeServices('lb');
    const win = { id: 1 };
    installFileDialogs(services, () => win as never);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/advisor/Documents/kieffer.laifclient' });
    expect(await fileDialogs()!.chooseExportPath('kieffer.laifclient')).toBe('/home/advisor/Documents/kieffer.laifclient');
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, { title: string; defaultPath: string; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.title).toBe(SHELL_TEXT.exportTitle.lb);
    expect(options.defaultPath).toBe('/home/advisor/Documents/kieffer.laifclient');
    expect(options.filters[0].extensions).toEqual(['laifclient']);

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await fileDialogs()!.chooseImportFile()).toBeNull();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/tmp/a.laifclient'] });
    expect(await fileDialogs()!.chooseImportFile()).toBe('/tmp/a.laifclient');
  });

  it('with no language chosen in Settings, the dialogs follow the system language', async () => {
    const { services } = fakeServices(null);
    installFileDialogs(services, () => null);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await fileDialogs()!.chooseImportFile();
    const [options] = electron.dialog.showOpenDialog.mock.calls[0] as unknown as [{ title: string }];
    expect(options.title).toBe(SHELL_TEXT.importTitle.de); // app.getLocale() is de-LU
  });

  it('relaunches once a restore asks for it, after the answer had time to reach the window', () => {
    vi.useFakeTimers();
    const { services, emit } = fakeServices();
    restartOnRequest(services);
    emit({ type: 'changed', entity: 'client' });
    vi.advanceTimersByTime(1_000);
    expect(electron.app.relaunch).not.toHaveBeenCalled();
    emit({ type: 'restartRequired', reason: 'restore' });
    expect(electron.app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(services.close).toHaveBeenCalledTimes(1);
    expect(electron.app.relaunch).toHaveBeenCalledTimes(1);
    expect(electron.app.exit).toHaveBeenCalledWith(0);
  });

  it('explains a locked data folder in the system language, naming the process and the lock file', async () => {
    const error = new AppError('data_locked', 'locked', { pid: 4242, since: '2026-03-02T08:00:00.000Z', lockFile: '/data/laif-workbench.lock' });
    await explainDataLocked(error, '/data');
    const [box] = electron.dialog.showMessageBox.mock.calls[0] as unknown as [{ message: string; detail: string; buttons: string[] }];
    expect(box.message).toBe(SHELL_TEXT.dataLockedMessage.de);
    expect(box.detail).toContain('4242');
    expect(box.detail).toContain('/data/laif-workbench.lock');
    expect(box.buttons).toEqual(['Beenden']);
  });

  it('has every shell text in the four languages, with the same placeholders, none left unfilled', () => {
    for (const [key, text] of Object.entries(SHELL_TEXT)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of LOCALES) {
        expect(text[locale].trim().length, `${key}.${locale}`).toBeGreaterThan(0);
        expect(placeholders(text[locale]), `${key}.${locale}`).toEqual(placeholders(text.en));
        if (locale !== 'en' && text.en.length > 12) expect(text[locale], `${key}.${locale}`).not.toBe(text.en);
      }
    }
    expect(shellText('dataLockedDetail', 'fr', { pid: 1, since: 'x', dir: '/d', lockFile: '/d/l' })).not.toMatch(/\{\w+\}/);
  });
});
