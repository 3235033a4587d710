// ESLint: the Office add-in rules (eslint-plugin-office-addins, React flavour) plus the import walls
// of the house style: dependencies point inward, Node built-ins and the emulator stay out of the pane.
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'os', 'child_process', 'zlib', 'url', 'net'];
const pattern = (group, message) => ({ group, message });
const emulatorWall = pattern(
  ['**/emulator/**', '**/emulator'],
  'Only the emulator CLI and the tests import the emulator.',
);
const nodeWall = pattern(nodeBuiltins, 'Node built-ins are for src/emulator only.');
const uiWall = pattern(
  ['react', 'react-dom', '@fluentui/*', '**/taskpane/**'],
  'The UI sits on top; nothing below imports it.',
);
const sdkWall = pattern(
  ['@microsoft/microsoft-graph-client', '@azure/msal-browser', '**/graph/**', '**/auth/**', '**/office/**'],
  'domain/ is pure.',
);

// The office-addins config registers typescript-eslint for .ts only; reuse its plugin and parser for .tsx.
const tsBlock = officeAddins.configs.recommended.find((c) => c.plugins?.['@typescript-eslint']);

const walls = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  { ignores: ['node_modules/', 'dist/', 'dist-test/', 'dist-bench/', 'coverage/', 'test-results/', '.emulator-data/'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, ...tsBlock.plugins },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, Office: 'readonly', OfficeRuntime: 'readonly' },
    },
    rules: {
      ...tsBlock.rules,
      ...reactHooks.configs.recommended.rules,
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-undef': 'off',
    },
  },
  { files: ['src/domain/**'], rules: walls(sdkWall, uiWall, nodeWall, emulatorWall) },
  { files: ['src/config/**'], rules: walls(sdkWall, uiWall, nodeWall, emulatorWall) },
  { files: ['src/graph/**', 'src/auth/**', 'src/office/**'], rules: walls(uiWall, nodeWall, emulatorWall) },
  { files: ['src/taskpane/**', 'src/commands/**'], rules: walls(nodeWall, emulatorWall) },
  {
    files: ['src/emulator/**'],
    rules: walls(
      pattern(
        ['react', '@fluentui/*', '**/taskpane/**', '**/graph/**', '**/auth/**', '**/office/**'],
        'The emulator stands alone.',
      ),
    ),
  },
  {
    files: ['**/*.{cjs,js,mjs}', 'test/**', 'src/emulator/**'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-undef': 'off' },
  },
];
