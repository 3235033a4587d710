import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.resolve(__dirname, '../../../dist-test');

/**
 * Builds the pane once for the browser tests: a production build in emulator mode, as a newcomer's
 * `npm run build` makes it. TREFFPUNKT_REUSE_BUILD=1 keeps an existing build (for quick local runs).
 */
export default function globalSetup(): void {
  if (process.env.TREFFPUNKT_REUSE_BUILD === '1' && existsSync(path.join(BUILD_DIR, 'taskpane.html'))) return;
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
    cwd: path.resolve(__dirname, '../../..'),
    env: { ...process.env, TREFFPUNKT_OUT_DIR: 'dist-test', TREFFPUNKT_MODE: 'emulator', TREFFPUNKT_ORIGIN: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`webpack build for the browser tests failed:\n${result.stdout}\n${result.stderr}`);
}
