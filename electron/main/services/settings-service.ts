import type { AppSettings } from '../../../shared/contract/settings';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import { isLocale } from '../../../shared/locale';
import { schemaVersion } from '../db/open-database';
import type { ServiceContext } from './context';

export function createSettingsService(ctx: ServiceContext, info: { version: string; transport: 'ipc' | 'bridge' }) {
  const { db } = ctx;
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  function getValue(key: string): string | null {
    return read.get(key)?.value ?? null;
  }
  function current(): AppSettings {
    const locale = getValue('locale');
    return { locale: isLocale(locale) ? locale : null, advisorName: getValue('advisorName') ?? '' };
  }

  const handlers = {
    'settings.get': () => current(),
    'settings.update': (input: ParsedInput<'settings.update'>) => {
      db.transaction(() => {
        if (input.locale !== undefined) write.run('locale', input.locale);
        if (input.advisorName !== undefined) write.run('advisorName', input.advisorName);
      })();
      return current();
    },
    'app.info': () => ({ version: info.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(db), transport: info.transport }),
  } satisfies Partial<Handlers>;

  return { handlers, get: current, getValue, setValue: (key: string, value: string) => write.run(key, value) };
}
