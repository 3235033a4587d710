// ESLint: the Office add-in rules (eslint-plugin-office-addins, React flavour) plus the import walls
// of the house style: dependencies point inward, Node built-ins and the emulator stay out of the pane,
// no import cycles, features stand side by side in the task pane, and no file in src/ over 250 lines.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
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

// The task pane's rooms (see README, layout): features side by side; the kit and the session below them.
const FEATURES = ['planen', 'einladung', 'protokoll', 'ausgaben', 'verlauf', 'einstellungen'];
const KIT_AND_SESSION = ['components', 'hooks', 'i18n', 'access', 'meeting', 'documents', 'needs'].map(
  (f) => `src/taskpane/${f}/**`,
);
const COMPOSITION_ROOT = [
  'src/taskpane/index.tsx',
  'src/taskpane/composition.ts',
  'src/taskpane/App.tsx',
  'src/taskpane/services.ts',
];
const folders = (names) => names.flatMap((name) => [`**/${name}/**`, `**/${name}`]);
const featureWall = (own) =>
  pattern(
    folders([...FEATURES.filter((f) => f !== own), 'shell']),
    'A feature imports no other feature and not the shell: share through domain/, the kit or the session (meeting/).',
  );
const kitWall = pattern(
  folders([...FEATURES, 'shell']),
  'The kit and the session sit below the features and the shell: they import neither.',
);
// src/documents turns a DocumentModel into PDF or DOCX bytes: it imports domain/ and the rendering
// libraries only (a regex: every package import that is not one of them; relative paths by folder).
const RENDERING = ['pdfkit', 'docx', '@fontsource/ubuntu'];
const documentsWall = [
  {
    regex: `^(?![.]|(?:${RENDERING.join('|')})(?:/|$))`,
    message: `src/documents imports ${RENDERING.join(', ')} only.`,
  },
  pattern(
    folders(['taskpane', 'graph', 'auth', 'office', 'commands', 'config']),
    'src/documents imports domain/ only.',
  ),
];

// The gateway's public face is graph/gateway (the pane's data types are in domain/). The pane still
// imports these graph modules: meeting/'s PlanningGateway type (graph/gateway names it too) and
// meeting/planDraft's mapping (listedMeetingOf, meetingToFields). Strike each from the list once its
// imports are gone.
const GRAPH_STILL_IMPORTED = ['meetingMapping', 'planningGateway'];
const graphFace = pattern(
  ['**/graph/**', '!**/graph/gateway', ...GRAPH_STILL_IMPORTED.map((m) => `!**/graph/${m}`)],
  'The pane imports graph/ only through graph/gateway; the data it reads and writes are domain types.',
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
  { files: ['src/documents/**'], rules: walls(...documentsWall, nodeWall, emulatorWall) },
  { files: ['src/graph/**', 'src/auth/**', 'src/office/**'], rules: walls(uiWall, nodeWall, emulatorWall) },
  { files: ['src/taskpane/**', 'src/commands/**'], rules: walls(nodeWall, emulatorWall) },
  { files: ['src/taskpane/**'], ignores: COMPOSITION_ROOT, rules: walls(nodeWall, emulatorWall, graphFace) },
  ...FEATURES.map((feature) => ({
    files: [`src/taskpane/${feature}/**`],
    rules: walls(nodeWall, emulatorWall, graphFace, featureWall(feature)),
  })),
  { files: KIT_AND_SESSION, rules: walls(nodeWall, emulatorWall, graphFace, kitWall) },
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
    // No import cycles (value imports; type-only imports are not followed by this rule, the unit test
    // test/unit/architecture/importCycles.test.ts covers them). Packages are not walked into.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Formatting is checked once, by `prettier --check .` in `npm run lint` (written by lint:fix), not
    // a second time inside eslint: that saves eslint about a quarter of its time.
    files: ['**/*.{js,mjs,cjs,ts,cts,mts,tsx}'],
    rules: { 'prettier/prettier': 'off' },
  },
  {
    files: ['**/*.{cjs,js,mjs}', 'test/**', 'src/emulator/**'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-undef': 'off' },
  },
];
