/**
 * Like fixtures.ts, with two differences the data-safety specs need: the services can restart
 * in place (a restored backup, as the desktop app's relaunch does), and a test can run two
 * "laptops" — two data folders, two bridges — to move a client from one to the other.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRestartableServices, type RestartableServices } from '../../electron/main/data-safety/restartable-services';
import { dispatch } from '../../electron/main/dispatch';
import type { Input, MethodName, Output } from '../../shared/contract';
import { startBridge } from '../support/bridge';

export interface Laptop {
  url: string;
  dataDir: string;
  services: RestartableServices;
  call: <K extends MethodName>(name: K, input: Input<K>) => Promise<Output<K>>;
  open: (page: Page, path?: string) => Promise<void>;
}

const staticDir = resolve('out/renderer');

export const test = base.extend<{ laptop: () => Promise<Laptop> }>({
  laptop: async ({}, use) => {
    if (!existsSync(join(staticDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
    const stops: (() => Promise<void>)[] = [];
    const errors: string[] = [];
    await use(async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'laif-e2e-data-'));
      const services = await createRestartableServices({ dataDir, transport: 'bridge', appVersion: 'e2e', sync: { autoStart: false } });
      const bridge = await startBridge({ services, staticDir });
      stops.push(async () => {
        await bridge.close();
        services.close();
        rmSync(dataDir, { recursive: true, force: true });
      });
      return {
        url: bridge.url,
        dataDir,
        services,
        call: async (name, input) => {
          const r = await dispatch(services.handlers, name, input);
          if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
          return r.value as never;
        },
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
      };
    });
    for (const stop of stops.reverse()) await stop();
    expect(errors, 'no dialogs, page errors or CSP violations').toEqual([]);
  },
});

export { expect };
