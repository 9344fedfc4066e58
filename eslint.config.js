// Lint encodes the dependency arrows of ../shared/STYLE.md §2: pure packages import nothing of Node
// and read no clock or randomness; only config.ts reads process.env; undeclared imports fail.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nodePlugin from 'eslint-plugin-n';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import globals from 'globals';

// Test tools are the root's devDependencies; any workspace's tests and testing helpers may use them.
const testTools = ['vitest', 'fast-check'];
const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const ours = ['@switchboard/*'];
// Core max-lines registered twice so one file can warn at 300 and fail at 400 lines.
const local = { rules: { 'max-lines-hard': builtinRules.get('max-lines') } };
const lineLimit = { max: 300, skipBlankLines: true, skipComments: true };

const restrictImports = (paths, patterns, message) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { n: nodePlugin, local },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-lines': ['warn', lineLimit],
      'local/max-lines-hard': ['error', { ...lineLimit, max: 400 }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
      // Each workspace declares what it imports (npm hoisting would otherwise hide a missing one).
      'n/no-extraneous-import': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use string-literal unions, not enum (STYLE.md §4).' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only config.ts reads process.env (STYLE.md §6).' }],
    },
  },
  {
    files: ['**/*.test.ts', '**/testing/**', 'e2e/**', 'bench/**'],
    rules: {
      'max-lines': ['warn', { ...lineLimit, max: 600 }],
      'local/max-lines-hard': ['error', { ...lineLimit, max: 800 }],
      'max-lines-per-function': 'off',
      'n/no-extraneous-import': ['error', { allowModules: testTools }],
    },
  },
  {
    files: ['apps/server/src/config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['packages/domain/src/**', 'packages/telephony/src/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrictImports([...nodeModules], [...ours, 'node:*'], 'Pure packages import no Node module and nothing of ours (STYLE.md §2).'),
      'no-restricted-syntax': ['error',
        { selector: 'TSEnumDeclaration', message: 'Use string-literal unions, not enum (STYLE.md §4).' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure code reads no clock: time arrives as data.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Pure code reads no clock: time arrives as data.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Pure code draws no randomness: use the seeded generator held in state.' },
        { selector: "Identifier[name=/^(setTimeout|setInterval|setImmediate|process|Buffer|require)$/]", message: 'Pure code has no timers, process or Buffer.' },
      ],
    },
  },
  {
    files: ['packages/protocol/src/**'],
    rules: restrictImports([...nodeModules], [...ours, 'node:*'], 'protocol is the wire contract: it imports no Node module and nothing of ours (not even domain).'),
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictImports([...nodeModules, '@switchboard/domain', '@switchboard/telephony'], ['node:*', '**/apps/server/**'], 'The web app talks only through packages/protocol and packages/client.'),
  },
);
