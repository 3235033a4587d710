/** Jest: four projects, each named for the folder it runs. unit (test/unit, node): rules, mappers, the
 * emulator's parts; integration (test/integration, node): the Graph client through the gateway against
 * the emulator; ui (test/ui, jsdom): the pane with React Testing Library; browser (test/browser):
 * headless Chromium through playwright-core. One transpiler: swc. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } },
  ],
};
// ESM-only packages that Jest 30 on Node 20 cannot require; nested node_modules too.
const esm = ['rettime', 'until-async', '@open-draft/deferred-promise', 'strip-bom', 'uuid'].join('|');
const transformIgnorePatterns = [`/node_modules/(?!(.*/node_modules/)?(${esm})/)`];
const common = { transform, transformIgnorePatterns, moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'] };

module.exports = {
  // A test that leaves a server or timer open must not keep CI waiting after the run has reported.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/integration/setup.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/setup.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup.ts'],
      globalSetup: '<rootDir>/test/browser/support/globalSetup.ts',
    },
  ],
};
