// @ts-check
import tseslint from 'typescript-eslint';

const NO_NODE = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'electron', 'better-sqlite3'],
  message: 'shared/ and renderer/ must not use Node or Electron (architecture.md).',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: company names and notes are untrusted.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_NODE] }] },
  },
  {
    // One lazy-loading helper (issue 13): React.lazy is used there only.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/lib/load-on-first-use.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_NODE],
          paths: [{ name: 'react', importNames: ['lazy'], message: 'Load code on first use through lib/load-on-first-use.tsx (lazyNamed, loadOnFirstUse): it can also load ahead.' }],
        },
      ],
    },
  },
);
