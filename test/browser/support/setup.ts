// Browser journeys wait on Chromium and the emulator: each test and hook gets 90 s (Jest's default is 5 s,
// and `testTimeout` in a project's config is not applied per project).
jest.setTimeout(90_000);
