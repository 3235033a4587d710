/* Webpack: production and development builds of the task pane and the ribbon commands.
 * One transpiler (swc). Configuration comes from TREFFPUNKT_* environment variables, is validated
 * with the same code the pane uses at start-up, and is injected as __TREFFPUNKT_CONFIG__. */
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { readFileSync } = require('node:fs');
require('./scripts/register.cjs');
const { webLightTheme } = require('@fluentui/tokens');
const { contentSecurityPolicy, inlineStyles } = require('./scripts/contentSecurityPolicy.cjs');
const { parseConfig } = require('./src/config/config.ts');
const pkg = require('./package.json');

const DEV_ORIGIN = `https://localhost:${pkg.config.dev_server_port}`;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The add-in's configuration from the environment; emulator defaults when no tenant is configured. */
function appConfig(env) {
  const tenant = env.TREFFPUNKT_MODE === 'tenant' || (!env.TREFFPUNKT_MODE && Boolean(env.TREFFPUNKT_CLIENT_ID));
  const emulatorPort = env.TREFFPUNKT_EMULATOR_PORT || pkg.config.emulator_port;
  return parseConfig({
    mode: tenant ? 'tenant' : 'emulator',
    graphBaseUrl:
      env.TREFFPUNKT_GRAPH_URL ||
      (tenant ? 'https://graph.microsoft.com/v1.0' : `http://127.0.0.1:${emulatorPort}/v1.0`),
    clientId: env.TREFFPUNKT_CLIENT_ID || '',
    authority:
      env.TREFFPUNKT_AUTHORITY ||
      (env.TREFFPUNKT_TENANT_ID ? `https://login.microsoftonline.com/${env.TREFFPUNKT_TENANT_ID}` : undefined),
    site: env.TREFFPUNKT_SITE || (tenant ? '' : 'landkreisnortheim.sharepoint.com:/sites/Integration'),
    listName: env.TREFFPUNKT_LIST || undefined,
    venueListName: env.TREFFPUNKT_VENUE_LIST || undefined,
    settingsListName: env.TREFFPUNKT_SETTINGS_LIST || undefined,
    needsListName: env.TREFFPUNKT_NEEDS_LIST || undefined,
    distributionList: env.TREFFPUNKT_DISTRIBUTION_LIST || (tenant ? '' : 'vernetzung-ehrenamt@landkreis-northeim.de'),
    sharedMailbox: env.TREFFPUNKT_SHARED_MAILBOX || '',
    supportUrl: env.TREFFPUNKT_SUPPORT_URL || '',
  });
}

/** Where the built add-in is served from in production (manifests are rewritten to it). */
function productionOrigin(env, production, config) {
  if (!production) return DEV_ORIGIN;
  if (env.TREFFPUNKT_ORIGIN) return env.TREFFPUNKT_ORIGIN.replace(/\/+$/, '');
  if (config.mode === 'tenant')
    throw new Error('TREFFPUNKT_ORIGIN fehlt: die https-Adresse, unter der das Add-in liegt.');
  return DEV_ORIGIN;
}

function manifestCopies(origin) {
  const transform = (content) =>
    origin === DEV_ORIGIN ? content : require('./scripts/manifestOrigin.cjs').rewriteOrigin(content.toString(), origin);
  return [
    { from: 'manifest.xml', to: 'manifest.xml', transform },
    { from: 'manifest/manifest.json', to: 'manifest.json', transform },
    { from: 'manifest/en-us.json', to: 'en-us.json' },
  ];
}

/**
 * An HTML page of the add-in: its chunks, Office.js where it needs it, and the Content-Security-Policy
 * built from the configuration (the template writes it as the first element of <head>).
 */
function page({ filename, template, chunks, officeJs, config, placedByTemplate = false, styles = {} }) {
  const pageStyles = [
    ...inlineStyles(readFileSync(path.resolve(__dirname, template), 'utf8')),
    ...Object.values(styles),
  ];
  const policy = contentSecurityPolicy({ config, officeJs, pageStyles });
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    // taskpane.html places its tags itself, around Office.js (PreloadPaneChunks).
    ...(placedByTemplate ? { inject: false, scriptLoading: 'defer' } : {}),
    // Not minified: that would rewrite the inline <style> the policy allows by the hash of its text.
    minify: false,
    templateParameters: { officeJs, contentSecurityPolicy: policy, ...styles },
  });
}

/**
 * The look of taskpane.html's header stand-in (#treffpunkt-early, src/taskpane/earlyHeader.ts): the pane's header
 * (src/taskpane/shell/Header.tsx) in Fluent's light theme, its values taken from Fluent's tokens at build time.
 */
function earlyHeaderStyle() {
  const t = webLightTheme;
  return [
    '#treffpunkt-early{display:flex;flex-direction:column;',
    `gap:${t.spacingVerticalXXS};padding:${t.spacingVerticalS} ${t.spacingHorizontalM};`,
    `border-bottom:${t.strokeWidthThin} solid ${t.colorNeutralStroke2};font-family:${t.fontFamilyBase};`,
    `font-size:${t.fontSizeBase300};line-height:${t.lineHeightBase300};color:${t.colorNeutralForeground1};`,
    `background:${t.colorNeutralBackground1}}`,
    '#treffpunkt-early[hidden]{display:none}',
    `#treffpunkt-early h1{margin:0;font-size:${t.fontSizeBase500};line-height:${t.lineHeightBase500}}`,
    `#treffpunkt-early span{font-size:${t.fontSizeBase200};line-height:${t.lineHeightBase200}}`,
    `#treffpunkt-early>span{color:${t.colorNeutralForeground2}}`,
    `#treffpunkt-early>div{min-height:${t.lineHeightBase300}}`,
  ].join('');
}

/**
 * `<link rel="preload">` in taskpane.html for the chunks of the pane's React tree (the `pane` chunk group the
 * composition root imports at once), for Griffel's stylesheet, which that group waits for, and for Planen's
 * (the view the pane opens on, unless opened on an appointment): they download alongside the entry instead
 * of after it has run.
 *
 * The template writes the entry's deferred script and the tree's preloads before Office.js's blocking script
 * (`headTags`), Planen's after it (`bodyTags`, still in <head>): a parser-blocking script holds back the
 * requests of what follows it until it has run, and the entry and the tree are what the header's name waits
 * for. Deferred, the entry still runs after Office.js, once the page is parsed; Planen's chunks wait, so that
 * Office.js does not share the host's connections with more than the first few (six per host over HTTP/1.1).
 */
const PRELOADED_GROUPS = { early: ['pane'], later: ['view-planen'] };

class PreloadPaneChunks {
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadPaneChunks', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadPaneChunks', (data) => {
        if (data.outputName !== 'taskpane.html') return data;
        const filesOf = (names) => {
          const groups = names.map((name) => compilation.namedChunkGroups.get(name));
          if (groups.some((group) => !group)) throw new Error(`Chunk group missing for preloading: ${names}`);
          return groups.flatMap((group) => group.chunks.flatMap((chunk) => [...chunk.files]));
        };
        const entryFiles = new Set(data.headTags.map((tag) => tag.attributes.src ?? tag.attributes.href));
        const early = [...new Set(filesOf(PRELOADED_GROUPS.early))].filter((file) => !entryFiles.has(file));
        const later = [...new Set(filesOf(PRELOADED_GROUPS.later))].filter(
          (file) => !entryFiles.has(file) && !early.includes(file),
        );
        const as = (file) => (file.endsWith('.css') ? 'style' : 'script');
        const links = (files) =>
          files
            .filter((file) => /\.(js|css)$/.test(file))
            .map((href) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: as(href), href }));
        data.headTags.push(...links(early));
        data.bodyTags.push(...links(later));
        return data;
      });
    });
  }
}

/** Griffel's build-time transform; it reads the TypeScript modules a style imports (tokens, shared styles) itself. */
const griffelLoader = {
  loader: '@griffel/webpack-loader',
  options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
};

/** Where Griffel styles are written: Fluent's packages and the pane's sources. */
const GRIFFEL_SOURCES = [/[\\/]node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src')];

/** The stylesheet Griffel's rules are extracted into; Griffel orders the rules itself, so mini-css's order is moot. */
const griffelStylesheet = () => [
  new MiniCssExtractPlugin({
    filename: '[name].[contenthash:8].css',
    chunkFilename: '[name].[contenthash:8].css',
    ignoreOrder: true,
  }),
  new GriffelCSSExtractionPlugin(),
];

/**
 * The pages run the pane's React code on Preact's compatibility layer (`preact/compat`): the same components,
 * hooks and Fluent UI, with about 11 KB gzip where React DOM takes about 66 KB of the first load
 * (docs/performance.md). The browser tests run exactly this build; the jsdom tests (test/ui) render with React.
 */
const reactOnPreact = {
  'react/jsx-runtime$': 'preact/jsx-runtime',
  'react/jsx-dev-runtime$': 'preact/jsx-runtime',
  'react-dom/client$': 'preact/compat/client',
  'react-dom$': 'preact/compat',
  react$: 'preact/compat',
};

const configuration = (_env, argv) => {
  const production = argv.mode === 'production';
  const env = process.env;
  const config = appConfig(env);
  const origin = productionOrigin(env, production, config);
  const localOfficeJs = env.TREFFPUNKT_OFFICE_JS ? env.TREFFPUNKT_OFFICE_JS === 'local' : config.mode === 'emulator';
  const officeJs = localOfficeJs ? 'office/office.js' : OFFICE_CDN;
  const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  const pages = { officeJs, config };
  return {
    mode: production ? 'production' : 'development',
    // No source maps in production (nothing public to map the minified code back to the sources); in
    // development maps without eval, which the pages' Content-Security-Policy does not allow.
    devtool: production ? false : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      authRedirect: './src/auth/authRedirect.ts',
      authDialog: './src/auth/authDialog.ts',
    },
    output: {
      path: path.resolve(__dirname, env.TREFFPUNKT_OUT_DIR || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // fontkit's WOFF2 decoder (brotli, with its ~70 KB dictionary) is left out of the PDF chunk: the PDF's
    // fonts are WOFF, unpacked by src/documents/woff.ts.
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { 'brotli/decompress.js$': false, ...reactOnPreact } },
    module: {
      rules: [
        // Griffel's CSS extraction (runs last): the style rules of Fluent's components and the pane's own leave
        // the JavaScript for one stylesheet (griffel.[hash].css), loaded with the pane's React tree.
        { test: /\.[jt]sx?$/, include: GRIFFEL_SOURCES, use: { loader: GriffelCSSExtractionPlugin.loader } },
        // swc compiles; then Griffel's loader precompiles every `makeStyles` into CSS at build time, so the pane
        // ships no style compiler (stylis, rtl-css-js) and computes no CSS at start, as Fluent's own packages.
        { test: /\.[jt]sx?$/, exclude: /node_modules/, use: [griffelLoader, 'swc-loader'] },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // The Graph client declares no `sideEffects`, though importing its modules has none: so marked, what
        // the pane does not use (upload tasks, the batch and page helpers …) stays out of the bundle.
        { test: /[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]/, sideEffects: false },
        // The PDF's Ubuntu font files (src/documents/fontFiles.ts): emitted as files, only their URLs in the code.
        { test: /\.woff$/, type: 'asset/resource', generator: { filename: 'fonts/[name].[contenthash:8][ext]' } },
      ],
    },
    performance: { hints: false },
    // The pages stay as written: minifying them would rewrite the inline <style> the policy allows by hash.
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      new webpack.DefinePlugin({ __TREFFPUNKT_CONFIG__: JSON.stringify(config) }),
      ...griffelStylesheet(),
      page({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        placedByTemplate: true,
        styles: { earlyHeaderStyle: earlyHeaderStyle() },
        ...pages,
      }),
      new PreloadPaneChunks(),
      page({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], ...pages }),
      page({ filename: 'support.html', template: './src/taskpane/support.html', chunks: [], ...pages }),
      // The sign-in's redirect page where Outlook offers no NAA (MSAL v5 redirect bridge).
      page({
        filename: 'auth-redirect.html',
        template: './src/auth/auth-redirect.html',
        chunks: ['authRedirect'],
        ...pages,
      }),
      // The Office dialog the sign-in runs in where Outlook offers no NAA.
      page({ filename: 'auth-dialog.html', template: './src/auth/auth-dialog.html', chunks: ['authDialog'], ...pages }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          ...manifestCopies(origin),
          ...(localOfficeJs
            ? ['office.js', 'o15apptofilemappingtable.js'].map((file) => ({
                from: path.join(officeDist, file),
                to: `office/${file}`,
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      port: Number(env.TREFFPUNKT_DEV_PORT || pkg.config.dev_server_port),
      host: 'localhost',
      server: env.TREFFPUNKT_HTTPS === '1' ? 'https' : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports = configuration;
module.exports.griffelStylesheet = griffelStylesheet;
