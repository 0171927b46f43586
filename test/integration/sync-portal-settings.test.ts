/** The device name suggested for pairing starts with the advisor name from Settings (a typed dependency, not a read of the settings table). */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';

let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ sync: { autoStart: false } });
});
afterEach(() => s.cleanup());

it('suggests "<advisor> – <computer>" once the advisor name is set, and never a leading dash without it', async () => {
  const before = await s.ok('sync.portal.get', {});
  expect(before.suggestedDeviceName).not.toMatch(/^ – /);
  await s.ok('settings.update', { advisorName: '  Anne Schmit  ' });
  const after = await s.ok('sync.portal.get', {});
  expect(after.suggestedDeviceName.startsWith('Anne Schmit')).toBe(true);
  expect(after.suggestedDeviceName).not.toMatch(/^\s/);
});
