/** `app.info`: what the About panel and support see — version, data folder, schema version, transport. */
import { afterEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { MIGRATIONS } from '@main/db/migrations';

let app: TempServices | null = null;
afterEach(() => {
  app?.cleanup();
  app = null;
});

it('answers the running version, the data folder, the schema version the file is at and the transport', async () => {
  app = await tempServices({ appVersion: '9.8.7-test', transport: 'bridge' });
  const info = await app.ok('app.info', {});
  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  expect(info).toEqual({ version: '9.8.7-test', dataDir: app.dataDir, schemaVersion: latest, transport: 'bridge' });
  // The schema version is read from the file itself, not from the list of migrations.
  expect(app.db.pragma('user_version', { simple: true })).toBe(latest);
  app.db.pragma(`user_version = ${latest + 5}`);
  expect((await app.ok('app.info', {})).schemaVersion).toBe(latest + 5);
});

it('refuses any input (strict empty object) without answering anything else', async () => {
  app = await tempServices();
  // No input at all (undefined/null) is the empty object by the dispatcher's rule; anything else is refused.
  expect((await app.call('app.info', null as never)).ok).toBe(true);
  for (const bad of [{ dataDir: '/etc' }, 'info', [], 42, { __proto__: { x: 1 }, y: 2 }]) {
    const r = await app.call('app.info', bad as never);
    expect(r.ok, JSON.stringify(bad)).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(JSON.stringify(r.error)).not.toContain(app.dataDir);
    }
  }
});
