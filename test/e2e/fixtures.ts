/**
 * Each test gets its own data folder, the real services and the loopback bridge serving the
 * built renderer (run `npm run build` first; `npm test` does). `app` is one such "laptop";
 * `laptop()` makes more (e.g. to move a client from one data folder to another). The services
 * can restart in place, as the desktop app relaunches after restoring a backup.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRestartableServices, type RestartableServices } from '@main/data-safety/restartable-services';
import type { ServicesOptions } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import type { Input, MethodName, Output } from '@shared/contract';
import { startBridge } from '../support/bridge';
import { devSecretStore } from '../support/secret-stores';

export interface Laptop {
  url: string;
  dataDir: string;
  services: RestartableServices;
  /** Calls the contract as the UI would, throwing on an error answer. */
  call: <K extends MethodName>(name: K, input: Input<K>) => Promise<Output<K>>;
  /** Opens the app and fails the test on any JavaScript dialog (an XSS would raise one), page error or CSP violation. */
  open: (page: Page, path?: string) => Promise<void>;
}
/** Kept for the specs written against the first fixture. */
export type AppUnderTest = Laptop;

const staticDir = resolve('out/renderer');

export const test = base.extend<{ laptop: (options?: Partial<ServicesOptions>) => Promise<Laptop>; app: Laptop }>({
  laptop: async ({}, use) => {
    if (!existsSync(join(staticDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
    const stops: (() => Promise<void>)[] = [];
    const errors: string[] = [];
    await use(async (options = {}) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'laif-e2e-'));
      const services = await createRestartableServices({ dataDir, transport: 'bridge', appVersion: 'e2e', secrets: devSecretStore(dataDir), ...options });
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
          if (!r.ok) throw new Error(`${name}: ${r.error.code} ${JSON.stringify(r.error.details)}`);
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
          await page.goto(bridge.launchUrl(path)); // the preview's own launch: one-time key → session cookie
        },
      };
    });
    for (const stop of stops.reverse()) await stop();
    expect(errors, 'no dialogs, page errors or CSP violations').toEqual([]);
  },
  app: async ({ laptop }, use) => {
    await use(await laptop());
  },
});

export { expect };
