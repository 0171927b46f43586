/**
 * What the first screen waits for, asked as soon as any script runs: the settings (the advisor's
 * language), the texts of the system's language (the likely one), and the client list when it is
 * the screen opening. early.ts runs this: the build puts its <script> into the same file as
 * main.tsx, but its modules are evaluated first, before React's; main.tsx then takes the answers
 * (test/bench/renderer.bench.ts, first screen).
 */
import type { AppSettings } from '@shared/contract/settings';
import { pickLocale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { prefetchLanguage } from '@renderer/lib/language-files';
import { useRouter } from '@renderer/lib/router';
import { askFirstListEarly } from '@renderer/features/clients/client-list-query';

let settings: Promise<AppSettings> | null = null;

/** Starts the requests, once. */
export function askFirstRequests(): void {
  if (settings) return;
  settings = call('settings.get', {});
  settings.catch(() => undefined); // main.tsx awaits it and opens the window all the same
  if (useRouter.getState().route.path === '/clients') askFirstListEarly();
  prefetchLanguage(systemLocale());
}

/** The settings asked at start-up (asked now if early.ts did not run). */
export function settingsAtStart(): Promise<AppSettings> {
  askFirstRequests();
  return settings!;
}

/** The system's language when it is one of the four, else French. */
export const systemLocale = () => pickLocale(navigator.languages);
