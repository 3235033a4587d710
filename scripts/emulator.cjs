#!/usr/bin/env node
// Starts the local Microsoft 365 emulator (see src/emulator/README.md). Flags: --port, --host,
// --data-dir, --reset, --fault-429, --fault-503, --latency, --drop, --retry-after.
require('./register.cjs');
require('../src/emulator/cli.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
