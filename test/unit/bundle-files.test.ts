/** Client files on disk (electron/main/data-safety/bundle-files.ts): names, whole writes, the preview's one folder. */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pathInFilesDir, readBundleFile, suggestedFileName, writeFileAtomically, writeNewFile } from '@main/data-safety/bundle-files';
import { BUNDLE_LIMITS } from '@main/data-safety/bundle';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'laif-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

it('offers the company name without accents or punctuation, dated, with the bundle extension', () => {
  const day = new Date('2026-03-14T10:00:00Z');
  expect(suggestedFileName('Boulangerie Müller S.à r.l.', day)).toBe('boulangerie-muller-s-a-r-l-2026-03-14.laifclient');
  expect(suggestedFileName('—', day)).toBe('client-2026-03-14.laifclient');
  expect(suggestedFileName('a'.repeat(59) + ' b', day)).toBe(`${'a'.repeat(59)}-2026-03-14.laifclient`);
});

it('a new file never replaces one; an atomic write leaves no partial file behind', () => {
  const dir = tempDir();
  writeNewFile(join(dir, 'a.laifclient'), Buffer.from('one'));
  expect(codeOf(() => writeNewFile(join(dir, 'a.laifclient'), Buffer.from('two')))).toBe('file_exists');
  expect(readFileSync(join(dir, 'a.laifclient'), 'utf8')).toBe('one');
  writeFileAtomically(join(dir, 'a.laifclient'), Buffer.from('three'));
  expect(readFileSync(join(dir, 'a.laifclient'), 'utf8')).toBe('three');
  expect(codeOf(() => writeFileAtomically(join(dir, 'missing', 'b.laifclient'), Buffer.from('x')))).toBe('file_write_failed');
});

it('a file larger than any bundle is refused before it is read; a folder is unreadable', () => {
  const dir = tempDir();
  const big = join(dir, 'big.laifclient');
  writeFileSync(big, '');
  truncateSync(big, BUNDLE_LIMITS.maxFileBytes + 1);
  expect(codeOf(() => readBundleFile(big))).toBe('bundle_too_large');
  expect(codeOf(() => readBundleFile(dir))).toBe('file_unreadable');
});

it('the preview names paths inside its files folder only, links included; the desktop names none', () => {
  const files = tempDir();
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.laifclient'), 'x');
  symlinkSync(join(outside, 'secret.laifclient'), join(files, 'link.laifclient'));
  expect(pathInFilesDir({ transport: 'bridge', filesDir: files }, 'a.laifclient')).toMatch(/a\.laifclient$/);
  for (const path of ['../a.laifclient', join(outside, 'secret.laifclient'), 'link.laifclient']) {
    expect(codeOf(() => pathInFilesDir({ transport: 'bridge', filesDir: files }, path)), path).toBe('path_not_allowed');
  }
  expect(codeOf(() => pathInFilesDir({ transport: 'ipc', filesDir: files }, 'a.laifclient'))).toBe('path_not_allowed');
});
