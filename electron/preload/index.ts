/**
 * The only bridge between the untrusted renderer and the main process: one function per
 * contract method and one event subscription. The renderer never sees ipcRenderer.
 * The method names are taken from the contract at build time (__LAIF_METHOD_NAMES__, defined in
 * electron.vite.config.ts), so the preload carries names only, never the
 * zod schemas: input is validated in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, channelOf } from '@shared/contract/channels';
import type { AppEvent } from '@shared/contract/events';

const api: Record<string, unknown> = {};
for (const name of __LAIF_METHOD_NAMES__) {
  api[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input);
}
api.onEvent = (listener: (event: AppEvent) => void) => {
  const wrapped = (_e: unknown, event: AppEvent) => listener(event);
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
