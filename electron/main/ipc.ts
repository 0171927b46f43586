import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_CHANNEL, METHOD_NAMES, channelOf, type Handlers } from '@shared/contract';
import type { AppEvent } from '@shared/contract/events';
import type { Result } from '@shared/errors';
import { dispatch } from './dispatch';

/** Only the app's own top-level page may call the main process. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    const app = new URL(appUrl);
    return url.protocol === app.protocol && url.host === app.host && url.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Registers one IPC handler per contract method, by iterating over the contract. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, appUrl: () => string): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, appUrl())) {
        return { ok: false, error: { code: 'forbidden_sender', message: 'Call from an untrusted frame refused', details: {} } };
      }
      return dispatch(handlers, name, input);
    });
  }
}

export function forwardEvents(subscribe: (l: (e: AppEvent) => void) => () => void, target: () => WebContents | null) {
  return subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
