#!/usr/bin/env node
/* npm stop: ends what `npm start` started (emulator and dev server). */
const fs = require('node:fs');
const path = require('node:path');

const pidFile = path.resolve(__dirname, '..', '.treffpunkt-pids.json');
if (!fs.existsSync(pidFile)) {
  console.log('Treffpunkt läuft nicht (keine .treffpunkt-pids.json).');
  process.exit(0);
}
const { parent, children } = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
for (const pid of [parent, ...children]) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
fs.rmSync(pidFile, { force: true });
console.log('Treffpunkt wurde gestoppt.');
