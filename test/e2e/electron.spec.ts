/**
 * The same client journey inside the real Electron shell, when an Electron binary exists
 * (node_modules/electron/path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH). On our CI machines
 * there is none (toolchain.md), so it is skipped with the reason printed.
 */
import { test, _electron as electron } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clientsJourney } from './journeys/clients-journey';

function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const candidate = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : null;
}

const binary = electronBinary();

test('client journey in the Electron shell', async () => {
  if (!binary) {
    const reason = 'no Electron binary here (node_modules/electron/path.txt + dist/ or ELECTRON_OVERRIDE_DIST_PATH); the browser spec covers the same journey through the bridge';
    console.log(`[electron.spec] skipped: ${reason}`);
    test.skip(true, reason);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'laif-electron-'));
  const launch = () =>
    electron.launch({ executablePath: binary, args: ['.'], env: { ...process.env, LAIF_DATA_DIR: dataDir, LANG: 'fr_LU.UTF-8' } });
  let app = await launch();
  let page = await app.firstWindow();
  try {
    await clientsJourney(page, async () => {
      await page.reload();
    });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  void launch;
  void page;
  app = null as never;
  page = null as never;
});
