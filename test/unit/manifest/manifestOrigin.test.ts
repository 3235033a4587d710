import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_PAGES, DEV_ORIGIN, checkManifests, rewriteOrigin } from './manifestScripts';

const root = path.join(__dirname, '..', '..', '..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const PROD = 'https://treffpunkt.landkreis-northeim.de';

describe('rewriteOrigin', () => {
  it.each(['manifest.xml', 'manifest/manifest.json'])('replaces every development URL in %s', (file) => {
    const text = read(file);
    const count = text.split(DEV_ORIGIN).length - 1;
    const rewritten = rewriteOrigin(text, PROD);
    expect(count).toBeGreaterThan(10);
    expect(rewritten.split(PROD).length - 1).toBe(count);
    expect(rewritten).not.toMatch(/localhost/);
  });

  it('keeps JSON manifests parseable', () => {
    expect(() => JSON.parse(rewriteOrigin(read('manifest/manifest.json'), PROD))).not.toThrow();
  });

  it('accepts a port and one trailing slash', () => {
    expect(rewriteOrigin(`${DEV_ORIGIN}/taskpane.html`, 'https://addins.example.org:8443/')).toBe(
      'https://addins.example.org:8443/taskpane.html',
    );
  });

  it.each([
    ['http', 'http://treffpunkt.example.org'],
    ['a path', 'https://example.org/treffpunkt'],
    ['a query', 'https://example.org?x=1'],
    ['no scheme', 'treffpunkt.example.org'],
    ['an empty value', ''],
  ])('rejects an origin with %s', (_what, origin) => {
    expect(() => rewriteOrigin(`${DEV_ORIGIN}/taskpane.html`, origin)).toThrow(/Add-in-Adresse/);
  });

  it('refuses to leave localhost:3000 behind in another form', () => {
    expect(() => rewriteOrigin('brk-multihub://localhost:3000', PROD)).toThrow(/localhost:3000/);
  });
});

describe('a production build output', () => {
  let dist: string;

  beforeAll(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'treffpunkt-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    for (const png of readdirSync(path.join(root, 'assets')).filter((f) => f.endsWith('.png'))) {
      copyFileSync(path.join(root, 'assets', png), path.join(dist, 'assets', png));
    }
    for (const page of BUILD_PAGES) writeFileSync(path.join(dist, page), '<!doctype html>');
    writeFileSync(path.join(dist, 'manifest.xml'), rewriteOrigin(read('manifest.xml'), PROD));
    writeFileSync(path.join(dist, 'manifest.json'), rewriteOrigin(read('manifest/manifest.json'), PROD));
    writeFileSync(path.join(dist, 'en-us.json'), read('manifest/en-us.json'));
  });

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('passes the checks with the rewritten manifests', async () => {
    const sections = await checkManifests({ dist });
    for (const section of sections) expect({ [section.title]: section.errors }).toEqual({ [section.title]: [] });
  });

  it('fails when a page the manifests name is missing', async () => {
    rmSync(path.join(dist, 'commands.html'));
    const errors = (await checkManifests({ dist })).flatMap((s) => s.errors);
    expect(errors.join('\n')).toMatch(/commands\.html/);
  });
});
