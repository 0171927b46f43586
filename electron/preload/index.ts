/**
 * The only bridge between the untrusted renderer and the main process: one function per
 * contract method (generated from the contract, never written out by hand) and one event
 * subscription. The renderer never sees ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, METHOD_NAMES, channelOf } from '../../shared/contract';
import type { AppEvent } from '../../shared/contract/events';

const api: Record<string, unknown> = {};
for (const name of METHOD_NAMES) {
  api[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input);
}
api.onEvent = (listener: (event: AppEvent) => void) => {
  const wrapped = (_e: unknown, event: AppEvent) => listener(event);
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
