// Lint, including the layer boundaries of ../shared/design/architecture.md as rules, not memory.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'module', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'docs/', '.scratch/'] },
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
    // Only electron/main and electron/preload touch Electron. (Tests may import its types: see below.)
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['electron/main/**', 'electron/preload/**', 'test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload import Electron.' }] }],
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
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/bridge/**/*.ts'],
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
    // electron/main: the Electron shell. It wires the services; it never reaches the test bridge or the UI's code,
    // and never hands a URL to the operating system.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/bridge', '**/bridge/**'], message: 'The loopback bridge is for development and tests; the app never loads it.' },
            { group: ['**/renderer', '**/renderer/**'], message: 'Main talks to the UI only over IPC.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'The app opens nothing outside itself (design/architecture.md, security baseline).' }],
    },
  },
  {
    // Every file of electron/main except main.ts takes Electron as types only, so it runs in vitest without the
    // Electron binary; main.ts alone does the wiring.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/main.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Only main.ts uses Electron at run time; take Electron objects as parameters (types only) so this file stays unit-testable.' }] },
      ],
    },
  },
  {
    // electron/preload: sandboxed, so it can require only 'electron' (and the channel name, bundled in).
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./ipcChannel\\.js$)',
              allowTypeImports: true,
              message: "The sandboxed preload imports only 'electron' and ../ipcChannel.js at run time (types from anywhere).",
            },
          ],
        },
      ],
    },
  },
  {
    // The IPC channel name is shared by main and the preload bundle: it imports nothing.
    files: ['electron/ipcChannel.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '.*', message: 'electron/ipcChannel.ts imports nothing.' }] }] },
  },
  {
    // Tests may use Electron's types (fakes are typed by them) but never load the module: it throws without the binary.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Tests import Electron types only (import type).' }] },
      ],
    },
  },
  {
    // renderer/: talks to the services only through the contract client.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
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
