import { describePolicyViolations, takePolicyViolations } from './policyViolations';

// Browser journeys wait on Chromium and the emulator: each test and hook gets 90 s (Jest's default is 5 s,
// and `testTimeout` in a project's config is not applied per project).
jest.setTimeout(90_000);

// Zero Content-Security-Policy violations: each test fails for any the pages reported during it (or while
// its file's pages were opened in beforeAll); the harness's close reports those after the last test.
afterEach(() => {
  const violations = takePolicyViolations();
  if (violations.length > 0) throw new Error(describePolicyViolations(violations));
});
