/* Webpack for the bench's bare Fluent page (bench/bare.tsx): the pane's own configuration supplies
 * mode, loader rules (swc), resolution and optimisation, so both are built the same way from the same
 * node_modules; only entry, output and the page differ. Output: dist-bench/bare (BENCH_BARE_OUT_DIR). */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const paneConfig = require('../webpack.config.js');

const root = path.resolve(__dirname, '..');

/** The pane's aliases without those that put React on Preact. */
const withoutPreact = (alias) =>
  Object.fromEntries(Object.entries(alias).filter(([, target]) => !String(target).startsWith('preact')));

module.exports = (env, argv) => {
  const pane = paneConfig(env, argv);
  return {
    context: root,
    mode: pane.mode,
    devtool: pane.devtool,
    entry: { bare: './bench/bare.tsx' },
    output: {
      path: path.resolve(root, process.env.BENCH_BARE_OUT_DIR || 'dist-bench/bare'),
      filename: pane.output.filename,
      chunkFilename: pane.output.chunkFilename,
      clean: true,
    },
    // The reference stays what the bench compares against: React itself, not the pane's Preact compatibility layer.
    resolve: { ...pane.resolve, alias: withoutPreact(pane.resolve.alias) },
    module: pane.module,
    performance: pane.performance,
    optimization: pane.optimization,
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './bench/bare.html', minify: false }),
      // The same Griffel stylesheet as the pane: the bare page's Fluent rules leave its JavaScript too.
      ...paneConfig.griffelStylesheet(),
    ],
  };
};
