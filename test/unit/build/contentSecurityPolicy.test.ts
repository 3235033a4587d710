import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../../../src/config/config';

interface PolicyOptions {
  config: { mode: string; graphBaseUrl: string; sharePointOrigin: string; authority: string };
  officeJs: string;
  pageStyles?: string[];
}

const { contentSecurityPolicy, inlineStyles, EMPTY_STYLE } = require('../../../scripts/contentSecurityPolicy.cjs') as {
  contentSecurityPolicy(options: PolicyOptions): string;
  inlineStyles(html: string): string[];
  EMPTY_STYLE: string;
};

const root = path.join(__dirname, '..', '..', '..');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const emulator = parseConfig({
  mode: 'emulator',
  graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
  site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
  distributionList: 'vernetzung-ehrenamt@landkreis-northeim.de',
});
const tenant = parseConfig({
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/0b6b1a8e-0000-4000-8000-000000000000',
  site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
  distributionList: 'vernetzung-ehrenamt@landkreis-northeim.de',
});

/** The policy as directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy of the pages', () => {
  it('keeps everything to the add-in itself, with no objects, no foreign base and no eval', () => {
    for (const [config, officeJs] of [
      [emulator, 'office/office.js'],
      [tenant, OFFICE_CDN],
    ] as const) {
      const policy = directives(contentSecurityPolicy({ config, officeJs }));
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['base-uri']).toEqual(["'self'"]);
      expect(policy['script-src']).not.toContain("'unsafe-eval'");
      expect(policy['script-src']).not.toContain("'unsafe-inline'");
      // <style> elements only by hash: the empty one Fluent fills through CSSOM among them.
      expect(policy['style-src']).not.toContain("'unsafe-inline'");
      expect(policy['style-src']).toContain(EMPTY_STYLE);
      expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]);
      // Ignored in a meta element (and Chromium says so on the console): a header's job.
      expect(policy['frame-ancestors']).toBeUndefined();
    }
  });

  it("in a tenant build connects only to Graph, the site's SharePoint and the sign-in, and loads Office.js from Microsoft", () => {
    const policy = directives(contentSecurityPolicy({ config: tenant, officeJs: OFFICE_CDN }));
    expect(policy['connect-src']).toEqual([
      "'self'",
      'https://graph.microsoft.com',
      'https://landkreisnortheim.sharepoint.com',
      'https://login.microsoftonline.com',
    ]);
    expect(policy['script-src']).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com',
      'https://ajax.aspnetcdn.com',
    ]);
    expect(policy['frame-src']).toEqual([
      "'self'",
      'https://login.microsoftonline.com',
      'https://appsforoffice.microsoft.com',
    ]);
    expect(policy['img-src']).toEqual(["'self'"]);
  });

  it('names another sign-in authority and a Graph URL from the configuration', () => {
    const config = {
      ...tenant,
      authority: 'https://login.example.org/tenant',
      graphBaseUrl: 'https://graph.example.org/v1.0',
    };
    const policy = directives(contentSecurityPolicy({ config, officeJs: OFFICE_CDN }));
    expect(policy['connect-src']).toEqual(
      expect.arrayContaining(['https://graph.example.org', 'https://login.example.org']),
    );
    expect(policy['connect-src']).not.toContain('https://graph.microsoft.com');
  });

  it('in an emulator build connects to an emulator on any loopback port, Office.js served with the pane', () => {
    const policy = directives(contentSecurityPolicy({ config: emulator, officeJs: 'office/office.js' }));
    expect(policy['connect-src']).toEqual(["'self'", 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).not.toContain('https://graph.microsoft.com');
  });

  it("allows a page's own inline <style> by the hash of its text", () => {
    const html = readFileSync(path.join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const styles = inlineStyles(html);
    expect(styles).toHaveLength(1);
    const policy = directives(contentSecurityPolicy({ config: emulator, officeJs: 'x.js', pageStyles: styles }));
    expect(policy['style-src']).toContain(hashOf(styles[0]!));
  });
});
