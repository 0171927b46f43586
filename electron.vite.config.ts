import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY_META } from './shared/security';
import { METHOD_NAMES } from './shared/contract';
import { featureOfCssFile, scopeFeatureCss } from './renderer/build/scope-feature-css';
import { viteAliases } from './path-aliases';

/**
 * The CSP meta tag goes into the built page only: Vite's dev server needs an inline script for
 * React Fast Refresh, which the strict policy (rightly) forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'laif-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
    ],
  };
}

/** Each feature's CSS reaches only that feature's screens (renderer/build/scope-feature-css.ts). */
function featureScopedCss(): Plugin {
  return {
    name: 'laif-feature-scoped-css',
    enforce: 'pre',
    transform(code, id) {
      const feature = featureOfCssFile(id);
      return feature ? { code: scopeFeatureCss(code, feature), map: null } : null;
    },
  };
}

// Main and preload are emitted as CommonJS (.cjs): a sandboxed preload must be CommonJS, and
// the package is "type": "module".
const cjs = { format: 'cjs' as const, entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' };

// `@shared/…`, `@renderer/…`, `@main/…`, `@locales/…` (tsconfig.json `paths`), in every build.
const resolveAliases = () => ({ alias: viteAliases(__dirname) });

/**
 * A shared chunk is named after its first module: the one holding recharts read as "css-colour".
 * Shared chunks of recharts code are called "recharts"; a screen's own chunk keeps its name.
 */
function rendererChunkName(chunk: { name: string; isDynamicEntry: boolean; moduleIds: readonly string[] }): string {
  const recharts = !chunk.isDynamicEntry && chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]recharts[\\/]/.test(id));
  return `assets/${recharts ? 'recharts' : '[name]'}-[hash].js`;
}

/**
 * Everything the first screen imports statically goes into the entry's one file. Left to itself
 * the bundler split it into 20 small files (each shared with a lazy screen), and the page waited
 * for them in turns (six at a time): first screen 2.6× an empty React page, 1.6× with one file
 * (test/bench/renderer.bench.ts).
 */
const FIRST_SCREEN_IN_ONE_FILE = { groups: [{ name: 'index', tags: ['$initial' as const] }] };

export default defineConfig({
  main: {
    resolve: resolveAliases(),
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') }, output: cjs },
    },
  },
  preload: {
    resolve: resolveAliases(),
    // Names only: the schemas stay in main, where input is validated.
    define: { __LAIF_METHOD_NAMES__: JSON.stringify(METHOD_NAMES) },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') }, external: ['electron'], output: cjs },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: resolveAliases(),
    plugins: [featureScopedCss(), react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') }, output: { chunkFileNames: rendererChunkName, codeSplitting: FIRST_SCREEN_IN_ONE_FILE } },
    },
  },
});
