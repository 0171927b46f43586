import { defineConfig } from 'vitest/config';
import { METHOD_NAMES } from './shared/contract';

export default defineConfig({
  // As in electron.vite.config.ts: the preload gets the contract's method names at build time.
  define: { __LAIF_METHOD_NAMES__: JSON.stringify(METHOD_NAMES) },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
