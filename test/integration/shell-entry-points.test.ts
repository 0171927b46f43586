/**
 * The typed entry points the Electron shell uses (services.settings, services.sync) instead of the
 * global handler map: they answer what the contract's methods answer.
 */
import { afterEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { createSettingsRepository } from '@main/services/settings/settings-repository';

let app: TempServices | null = null;
afterEach(() => {
  app?.cleanup();
  app = null;
});

it('settings.get() is what settings.get answers, and follows settings.update', async () => {
  app = await tempServices();
  expect(app.settings.get()).toEqual({ locale: null, advisorName: '' });
  await app.ok('settings.update', { locale: 'lb', advisorName: 'Anne Schmit' });
  expect(app.settings.get()).toEqual({ locale: 'lb', advisorName: 'Anne Schmit' });
  expect(app.settings.get()).toEqual(await app.ok('settings.get', {}));
});

it('sync.wake() needs no pairing and leaves the outbox as it was', async () => {
  app = await tempServices({ sync: { autoStart: false } });
  const before = await app.ok('sync.status', {});
  expect(() => app!.sync.wake()).not.toThrow();
  const after = await app.ok('sync.status', {});
  expect(after.counts).toEqual(before.counts);
});

it('the settings row builder: a value reads back as written, replaced on a second write; a locale no longer offered reads as none', async () => {
  app = await tempServices();
  const repo = createSettingsRepository(app.db);
  expect(repo.value('advisorName')).toBeNull();
  repo.setValue('advisorName', 'Anne Schmit');
  repo.setValue('advisorName', 'Luc Weber');
  expect(repo.value('advisorName')).toBe('Luc Weber');
  repo.setValue('locale', 'xx');
  expect(app.settings.get()).toEqual({ locale: null, advisorName: 'Luc Weber' });
});
