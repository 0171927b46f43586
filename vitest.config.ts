import { defineConfig } from 'vitest/config';
import { viteAliases } from './path-aliases';

export default defineConfig({
  // `@shared/…` and the other aliases of tsconfig.json `paths`.
  resolve: { alias: viteAliases(__dirname) },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
