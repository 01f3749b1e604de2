// Lint, including the layer boundaries of ../shared/design/architecture.md as rules, not memory.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'module', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // shared/: pure TypeScript that runs in main, renderer, CLI and tests alike.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { TextEncoder: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ never imports Electron.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ has no UI.' },
            { group: ['../../electron/*', '../electron/*', '../../renderer/*', '../renderer/*', '**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'Buffer', 'require'],
    },
  },
  {
    // electron/services and the CLI: plain Node, never Electron (paths are passed in).
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Services and CLI never import Electron; only electron/main does.' },
            { group: ['**/renderer/**'], message: 'Services never import the UI.' },
          ],
        },
      ],
    },
  },
  {
    // renderer/: talks to the services only through the contract client.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node access.' },
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer reaches services only through the contract client.' },
          ],
        },
      ],
    },
  },
);
