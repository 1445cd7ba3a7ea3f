// ESLint without type information: TypeScript's own checker (`npm run typecheck`) covers types.
//
// Why the resolver hook: the project's `typescript` is 7.x, whose package no longer exposes the JavaScript
// compiler API that typescript-eslint's parser loads with require('typescript') (its peer range is <6.1). The
// classic API (TypeScript 6) is installed inside tools/eslint-typescript, nested there so that its `tsc` never
// replaces TypeScript 7's in node_modules/.bin; the `overrides` entry in package.json lets npm accept the peer, and
// the hook below hands the parser that copy instead. `npx tsc` stays TypeScript 7.
import Module from 'node:module';

const require = Module.createRequire(import.meta.url);
const classicTypeScript = Module.createRequire(require.resolve('eslint-typescript')).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? classicTypeScript : request, ...rest);
};

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');
const { default: globals } = await import('globals');

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'out-*/',
      '.e2e/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'training/',
      'public/',
      'tests/fixtures/',
      '**/__snapshots__/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Playwright fixtures take `use` (not React's hook) and must destructure `{}` when they need no fixture.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['next.config.js', 'tools/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
