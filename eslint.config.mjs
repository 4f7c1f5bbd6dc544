/**
 * npm run lint: the Office add-in convention (eslint-plugin-office-addins' recommended rules,
 * which catch Office.js batches that read before load/sync) and typescript-eslint's
 * recommended rules, over everything tsc checks. Formatting is not linted; see below.
 */
import { defineConfig } from 'eslint/config';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

/**
 * The plugin's recommended config brings its own copy of typescript-eslint (~8.8, too old for
 * TypeScript 5.9) and an ES2015 parser setting. Keep its rules and plugins, and let the one
 * typescript-eslint below parse and own the `@typescript-eslint` rules.
 */
const officeRecommended = officeAddins.configs.recommended.map((config) => {
  const { languageOptions: _parserSettings, plugins, ...rest } = config;
  if (!plugins) return rest;
  const { '@typescript-eslint': _olderTypescriptEslint, ...ownPlugins } = plugins;
  return { ...rest, plugins: ownPlugins };
});

const NODE_GLOBALS = Object.fromEntries(['console', 'process', 'URL', 'Buffer'].map((name) => [name, 'readonly']));

export default defineConfig(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'bench/out/**', 'test/support/office-addin-manifest-stub.js'] },
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Formatting is left to the editor: the code base is not Prettier-formatted, and
      // reformatting every file would collide with all the other work in flight.
      'prettier/prettier': 'off',
      // `_name` marks a value taken only to leave it out (destructuring, unused parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Node's globals, for the build scripts and configs written in plain JavaScript.
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Published coefficients and reference values (AS 241, textbook z values) are written at
    // their published precision, so that they can be checked against the source; the nearest
    // double is the value meant.
    files: ['src/kpi/**', 'test/kpi/**'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // The xlsx host uses exceljs, whose cells have Office.js's property names but no load or
    // sync; the office-addins rules read them as Office.js proxies.
    files: ['src/excel/file-host.ts', 'test/excel/file-host.test.ts', 'test/excel/libreoffice-recalc.test.ts', 'test/support/libreoffice.ts'],
    rules: { 'office-addins/call-sync-before-read': 'off', 'office-addins/load-object-before-read': 'off' },
  },
);
