/**
 * The browser preview's page may name client files (it has no native dialog), and any local
 * program can talk to the preview: paths stay inside one folder, nothing is overwritten, and no
 * answer quotes a file's contents or a system message.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';

let s: TempServices;
let files: string;
let clientId: string;
const outside = mkdtempSync(join(tmpdir(), 'laif-outside-'));
const secret = join(outside, 'passwd');

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'laif-files-'));
  s = await tempServices({ filesDir: files, sync: { autoStart: false } });
  clientId = (await s.ok('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' })).id;
  writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
});
afterAll(() => {
  s.cleanup();
  rmSync(files, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const answerText = (r: unknown) => JSON.stringify(r);

describe('browser preview: client files', () => {
  it('writes inside the files folder, by plain name or absolute path', async () => {
    const byName = await s.ok('data.exportClient', { clientId, path: 'muller.laifclient' });
    expect(byName).toMatchObject({ status: 'saved', path: join(files, 'muller.laifclient') });
    const byPath = await s.ok('data.exportClient', { clientId, path: join(files, 'muller-2.laifclient') });
    expect(byPath).toMatchObject({ status: 'saved' });
    expect(await s.ok('data.previewImport', { source: { kind: 'path', path: 'muller.laifclient' } })).toMatchObject({ status: 'ready' });
  });

  it('never overwrites a file', async () => {
    const path = join(files, 'notes.txt');
    writeFileSync(path, 'keep me');
    expect(await s.call('data.exportClient', { clientId, path })).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses every way out of the folder', async () => {
    symlinkSync(secret, join(files, 'link-out.laifclient'));
    symlinkSync(outside, join(files, 'dir-out'));
    const ways = [secret, '/etc/passwd', '../../../../etc/passwd', join(files, '..', 'x.laifclient'), 'link-out.laifclient', 'dir-out/passwd', 'dir-out/new.laifclient', 'no-such-dir/x.laifclient'];
    for (const path of ways) {
      const read = await s.call('data.previewImport', { source: { kind: 'path', path } });
      expect(read, path).toMatchObject({ ok: false, error: { code: 'path_not_allowed' } });
      expect(answerText(read)).not.toContain('root:');
      const write = await s.call('data.exportClient', { clientId, path });
      expect(write, path).toMatchObject({ ok: false, error: { code: 'path_not_allowed' } });
    }
    expect(readFileSync(secret, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n');
  });

  it('answers a file that is not a client file without quoting it', async () => {
    writeFileSync(join(files, 'passwd-copy'), readFileSync(secret));
    const r = await s.call('data.previewImport', { source: { kind: 'path', path: 'passwd-copy' } });
    expect(r.ok).toBe(false);
    expect(answerText(r)).not.toMatch(/root|bin\/bash|cause/);
  });

  it('in the desktop app no path is accepted at all', async () => {
    const ipc = await tempServices({ transport: 'ipc', sync: { autoStart: false } });
    try {
      const c = await ipc.ok('clients.create', { name: 'X', reportLocale: 'fr' });
      expect(await ipc.call('data.exportClient', { clientId: c.id, path: 'x.laifclient' })).toMatchObject({ ok: false, error: { code: 'path_not_allowed' } });
    } finally {
      ipc.cleanup();
    }
  });
});
