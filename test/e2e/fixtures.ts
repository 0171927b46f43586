/**
 * Each test gets its own data folder, the real services and the loopback bridge serving the
 * built renderer (run `npm run build` first; `npm test` does).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices, type Services } from '../../electron/main/services/create-services';
import { startBridge } from '../support/bridge';

export interface AppUnderTest {
  url: string;
  dataDir: string;
  services: Services;
  /** Opens the app and fails the test on any JavaScript dialog (an XSS would raise one) or page error. */
  open: (page: Page, path?: string) => Promise<void>;
}

const staticDir = resolve('out/renderer');

export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({}, use) => {
    if (!existsSync(join(staticDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
    const dataDir = mkdtempSync(join(tmpdir(), 'laif-e2e-'));
    const services = await createServices({ dataDir, transport: 'bridge', appVersion: 'e2e' });
    const bridge = await startBridge({ services, staticDir });
    const errors: string[] = [];
    await use({
      url: bridge.url,
      dataDir,
      services,
      open: async (page, path = '/clients') => {
        page.on('dialog', (dialog) => {
          errors.push(`unexpected dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error' && /Content Security Policy|Refused to/.test(msg.text())) errors.push(`CSP: ${msg.text()}`);
        });
        await page.goto(`${bridge.url}/#${path}`);
      },
    });
    await bridge.close();
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
    expect(errors, 'no dialogs, page errors or CSP violations').toEqual([]);
  },
});

export { expect };
