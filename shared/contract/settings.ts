import { z } from 'zod';
import { method } from './define';
import { locale, shortText } from './common';
import type { Locale } from '../locale';

export interface AppSettings {
  /** The UI language the advisor chose; null until they choose (then the system language decides). */
  locale: Locale | null;
  advisorName: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  /** How this UI is connected to the main process: Electron IPC or the loopback test bridge. */
  transport: 'ipc' | 'bridge';
}

export const settingsContract = {
  'settings.get': method<AppSettings>()(z.strictObject({})),
  'settings.update': method<AppSettings>()(
    z.strictObject({ locale: locale.optional(), advisorName: shortText.optional() }),
  ),
  'app.info': method<AppInfo>()(z.strictObject({})),
};
