#!/usr/bin/env node
/* npm start: the Microsoft 365 emulator (with its demo tenant) and the dev server of the task pane.
 * Flags after `--` go to the emulator (e.g. `npm start -- --reset --fault-429 0.1`). */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const pkg = require('../package.json');

const root = path.resolve(__dirname, '..');
const pidFile = path.join(root, '.treffpunkt-pids.json');
const devPort = process.env.TREFFPUNKT_DEV_PORT || pkg.config.dev_server_port;
const emulatorPort = process.env.TREFFPUNKT_EMULATOR_PORT || pkg.config.emulator_port;
const protocol = process.env.TREFFPUNKT_HTTPS === '1' ? 'https' : 'http';

function run(name, args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} wurde beendet (${signal || code}). Treffpunkt wird gestoppt.`);
      stop(code || 1);
    }
  });
  return child;
}

let stopping = false;
const children = [
  run('Emulator', ['scripts/emulator.cjs', '--port', String(emulatorPort), ...process.argv.slice(2)]),
  run('Dev-Server', [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], {
    TREFFPUNKT_EMULATOR_PORT: String(emulatorPort),
  }),
];
fs.writeFileSync(pidFile, JSON.stringify({ parent: process.pid, children: children.map((c) => c.pid) }));

function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  fs.rmSync(pidFile, { force: true });
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(`
Treffpunkt startet:
  Aufgabenbereich (eigenständig):  ${protocol}://localhost:${devPort}/taskpane.html
  Microsoft-365-Emulator:          http://127.0.0.1:${emulatorPort}/_emulator/
Beenden mit Strg+C oder \`npm stop\`.
`);
