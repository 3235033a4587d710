import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.resolve(__dirname, '../../../dist-test');

/**
 * Builds the pane once for the browser tests: a production build in emulator mode, as a newcomer's
 * `npm run build` makes it. TREFFPUNKT_REUSE_BUILD=1 keeps an existing build (for quick local runs).
 * Either way the build must publish no source maps.
 */
export default function globalSetup(): void {
  if (process.env.TREFFPUNKT_REUSE_BUILD !== '1' || !existsSync(path.join(BUILD_DIR, 'taskpane.html'))) build();
  assertNoSourceMaps(BUILD_DIR);
}

function build(): void {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
    cwd: path.resolve(__dirname, '../../..'),
    env: { ...process.env, TREFFPUNKT_OUT_DIR: 'dist-test', TREFFPUNKT_MODE: 'emulator', TREFFPUNKT_ORIGIN: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`webpack build for the browser tests failed:\n${result.stdout}\n${result.stderr}`);
}

/** A production build publishes no source maps: none emitted, none referenced from the scripts. */
function assertNoSourceMaps(dir: string): void {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const maps = files.filter((file) => file.endsWith('.map'));
  const referencing = files.filter(
    (file) => file.endsWith('.js') && /sourceMappingURL=/.test(readFileSync(path.join(dir, file), 'utf8')),
  );
  if (maps.length > 0 || referencing.length > 0)
    throw new Error(`The production build publishes source maps: ${[...maps, ...referencing].join(', ')}`);
}
