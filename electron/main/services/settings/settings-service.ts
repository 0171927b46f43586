/** The advisor's settings (UI language, name) and what the About panel shows (app.info). SQL: settings/settings-repository.ts. */
import type { AppSettings } from '@shared/contract/settings';
import type { Handlers, ParsedInput } from '@shared/contract';
import { isLocale } from '@shared/locale';
import { schemaVersion } from '@main/db/open-database';
import type { ServiceContext } from '../context';
import { createSettingsRepository } from './settings-repository';

export function createSettingsService(ctx: ServiceContext, info: { version: string; transport: 'ipc' | 'bridge' }) {
  const { db } = ctx;
  const repo = createSettingsRepository(db);

  /** A stored locale no longer offered reads as none (the system's language is used). */
  function current(): AppSettings {
    const locale = repo.value('locale');
    return { locale: isLocale(locale) ? locale : null, advisorName: repo.value('advisorName') ?? '' };
  }

  const handlers = {
    'settings.get': () => current(),
    'settings.update': (input: ParsedInput<'settings.update'>) => {
      db.transaction(() => {
        if (input.locale !== undefined) repo.setValue('locale', input.locale);
        if (input.advisorName !== undefined) repo.setValue('advisorName', input.advisorName);
      })();
      return current();
    },
    'app.info': () => ({ version: info.version, dataDir: ctx.dataDir, schemaVersion: schemaVersion(db), transport: info.transport }),
  } satisfies Partial<Handlers>;

  return {
    handlers,
    /** Typed reads for the shell and other features. */
    get: current,
    /** Recorded as the author of signed revisions and scheme changes ('' when not set). */
    advisorName: () => current().advisorName,
  };
}
