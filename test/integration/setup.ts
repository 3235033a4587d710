// The emulator runs in the test's own process; on a busy two-core machine (CI runs the browser project
// beside this one) a request that moves megabytes, or a test of a dozen round trips, takes longer than
// Jest's default of 5 s. A generous bound, never an assertion on time.
jest.setTimeout(30_000);
