import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Process boundaries, enforced: a file's folder says where it runs, and these rules reject
// imports that would carry code into the wrong process.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https'];
const deny = (groups, message) => ({ group: groups, message });

const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'release/**',
      'native/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-len': [
        'error',
        {
          code: 110,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreRegExpLiterals: true,
          ignoreTemplateLiterals: true,
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'bench/**', 'bin/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  boundary(
    ['core/**'],
    [
      deny(nodeBuiltins, 'core/ is pure TypeScript: no Node built-ins.'),
      deny(['electron', 'react', 'react-dom'], 'core/ runs everywhere: no Electron or React.'),
      deny(
        ['**/main/**', '**/db/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/hub/**'],
        'core/ imports only core/.',
      ),
    ],
  ),
  boundary(
    ['renderer/**'],
    [
      deny(nodeBuiltins, 'The renderer is sandboxed: no Node built-ins.'),
      deny(['electron'], 'The renderer reaches main only through window.yishi.'),
      deny(
        ['**/main/**', '**/db/**', '**/preload/**', '**/cli/**', '**/hub/**'],
        'The renderer imports renderer/ and core/ only.',
      ),
    ],
  ),
  boundary(
    ['preload/**'],
    [
      deny(
        ['**/main/**', '**/db/**', '**/renderer/**', '**/cli/**'],
        'The preload is a thin bridge: core/ and electron only.',
      ),
    ],
  ),
  boundary(
    ['main/services/**', 'main/web/**', 'main/transport/**', 'db/**', 'cli/**'],
    [
      deny(['electron'], 'Services, the browser shell, db and CLI run without Electron.'),
      deny(['**/renderer/**', '**/preload/**'], 'Node code never imports the renderer or preload.'),
    ],
  ),
  boundary(['main/electron/**'], [deny(['**/renderer/**'], 'main never imports the renderer.')]),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
