import { readFileSync } from 'node:fs';
import path from 'node:path';

interface PagePlugin {
  constructor: { name: string };
  userOptions?: { filename: string; template: string; templateParameters: { contentSecurityPolicy: string } };
}

interface WebpackConfig {
  devtool: string | false;
  optimization?: { minimizeOptions?: { html?: unknown } };
  plugins: PagePlugin[];
}

const root = path.join(__dirname, '..', '..', '..');
const webpackConfig = require('../../../webpack.config.js') as (env: unknown, argv: { mode: string }) => WebpackConfig;
const { inlineStyles, styleHash } = require('../../../scripts/contentSecurityPolicy.cjs') as {
  inlineStyles(html: string): string[];
  styleHash(css: string): string;
};

/** The build as `npm run build` / `npm run build:dev` make it without a tenant (emulator defaults). */
function build(mode: 'production' | 'development'): WebpackConfig {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('TREFFPUNKT_')) delete process.env[key];
  try {
    return webpackConfig({}, { mode });
  } finally {
    process.env = saved;
  }
}

const pages = (config: WebpackConfig) =>
  config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions!);

describe('the webpack build', () => {
  it('emits no source maps in production, so nothing public maps the code back to the sources', () => {
    const config = build('production');
    expect(config.devtool).toBe(false);
    expect(config.plugins.map((p) => p.constructor.name)).not.toContain('SourceMapDevToolPlugin');
  });

  it('maps the development build without eval, which the pages do not allow', () => {
    expect(build('development').devtool).not.toMatch(/eval/);
  });

  it('gives every page the policy as the first element after its charset', () => {
    const built = pages(build('production'));
    expect(built.map((p) => p.filename).sort()).toEqual([
      'auth-dialog.html',
      'auth-redirect.html',
      'commands.html',
      'support.html',
      'taskpane.html',
    ]);
    for (const page of built) {
      const template = readFileSync(path.join(root, page.template), 'utf8');
      const head = template.slice(template.indexOf('<head>') + '<head>'.length).trim();
      expect({
        [page.filename]: head
          .split('\n')
          .slice(0, 2)
          .map((line) => line.trim()),
      }).toEqual({
        [page.filename]: [
          '<meta charset="utf-8" />',
          '<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" />',
        ],
      });
      expect(page.templateParameters.contentSecurityPolicy).toMatch(/^default-src 'self'; /);
    }
  });

  it("allows each page's inline <style> by hash and leaves the pages unminified, so the hash stays true", () => {
    const config = build('production');
    expect(config.optimization?.minimizeOptions?.html).toBe(false);
    for (const page of pages(config)) {
      const styles = inlineStyles(readFileSync(path.join(root, page.template), 'utf8'));
      for (const css of styles) expect(page.templateParameters.contentSecurityPolicy).toContain(styleHash(css));
    }
  });
});
