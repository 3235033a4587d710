import { SEED } from '../../../src/emulator/seed';
import { DRIVE, encodePath, getRaw, pdfBytes, put, SITE } from './driveSupport';
import { type Client, resultsDir, startClient } from './support';

let client: Client;
const FOLDER = '2025-01-29 Vernetzungstreffen';

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('drives'), reset: true });
});
afterAll(() => client.emulator.close());

describe('emulator drives: the site’s document library', () => {
  it('GET /sites/{id}/drive is the library Dokumente (documentLibrary), the same as /drives/{id}', async () => {
    const drive = await client.call('GET', DRIVE);
    expect(drive.status).toBe(200);
    expect(drive.body).toMatchObject({
      name: 'Dokumente',
      driveType: 'documentLibrary',
      webUrl: `https://${SEED.siteHostname}${SEED.sitePath}/Shared%20Documents`,
    });
    const byId = await client.call('GET', `/drives/${String(drive.body.id)}?$select=id,name`);
    expect(byId.body).toEqual(expect.objectContaining({ id: drive.body.id, name: 'Dokumente' }));
    expect(byId.body.webUrl).toBeUndefined();
  });

  it('creates a folder (201), refuses the same name with fail (409), renames, and keeps it with replace (200)', async () => {
    const body = { name: FOLDER, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    const made = await client.call('POST', `${DRIVE}/root/children`, { body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: FOLDER, folder: { childCount: 0 }, size: 0 });
    expect(made.body.parentReference).toMatchObject({
      driveType: 'documentLibrary',
      path: `/drives/${String((made.body.parentReference as { driveId: string }).driveId)}/root:`,
    });
    const again = await client.call('POST', `${DRIVE}/root/children`, { body });
    expect([again.status, again.body.error?.code]).toEqual([409, 'nameAlreadyExists']);
    const renamed = await client.call('POST', `${DRIVE}/root/children`, {
      body: { ...body, '@microsoft.graph.conflictBehavior': 'rename' },
    });
    expect([renamed.status, renamed.body.name]).toEqual([201, `${FOLDER} 1`]);
    const kept = await client.call('POST', `${DRIVE}/root/children`, {
      body: { ...body, '@microsoft.graph.conflictBehavior': 'replace' },
    });
    expect([kept.status, kept.body.id]).toEqual([200, made.body.id]);
  });

  it('uploads by path (201), reads back by path and id, and GET …/content answers 302 to a URL that needs no token', async () => {
    const bytes = pdfBytes('Tagesordnung');
    const up = await put(client, `${DRIVE}/root:/${encodePath(`${FOLDER}/Tagesordnung.pdf`)}:/content`, bytes);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      name: 'Tagesordnung.pdf',
      size: bytes.length,
      file: { mimeType: 'application/pdf' },
    });
    expect(up.body.webUrl).toBe(
      `https://${SEED.siteHostname}${SEED.sitePath}/Shared%20Documents/${encodeURIComponent(FOLDER)}/Tagesordnung.pdf`,
    );
    const byPath = await client.call('GET', `${DRIVE}/root:/${encodePath(`${FOLDER}/Tagesordnung.pdf`)}`);
    expect(byPath.body.id).toBe(up.body.id);
    const content = await getRaw(client, `${DRIVE}/items/${String(up.body.id)}/content`);
    expect(content.status).toBe(302);
    const location = content.headers.get('location') ?? '';
    expect(location).toMatch(/\/sites\/Integration\/_layouts\/15\/download\.aspx\?UniqueId=.+&tempauth=/);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('replaces a file by id: same id and webUrl, new eTag, cTag and bytes (200)', async () => {
    const first = await put(
      client,
      `${DRIVE}/root:/${encodePath(`${FOLDER}/Protokoll.docx`)}:/content`,
      pdfBytes('v1'),
    );
    const second = await put(client, `${DRIVE}/items/${String(first.body.id)}/content`, pdfBytes('version 2'));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      id: first.body.id,
      webUrl: first.body.webUrl,
      size: pdfBytes('version 2').length,
    });
    expect(second.body.eTag).not.toBe(first.body.eTag);
    expect(second.body.cTag).not.toBe(first.body.cTag);
    const byPath = await put(
      client,
      `/drives/${encodeURIComponent(String((first.body.parentReference as { driveId: string }).driveId))}/items/${String((first.body.parentReference as { id: string }).id)}:/Protokoll.docx:/content`,
      pdfBytes('v3'),
    );
    expect([byPath.status, byPath.body.id]).toEqual([200, first.body.id]);
  });

  it('GET …/children lists a folder’s files in pages', async () => {
    const list = await client.call('GET', `${DRIVE}/root:/${encodePath(FOLDER)}:/children?$top=1&$select=name,size`);
    expect(list.status).toBe(200);
    expect(list.body.value).toHaveLength(1);
    expect(typeof list.body['@odata.nextLink']).toBe('string');
    const next = await client.call('GET', String(list.body['@odata.nextLink']));
    expect(next.body.value?.[0]?.name).toBeDefined();
  });

  it('takes the site key form (host:/sites/path:) and answers drive reads inside $batch', async () => {
    const keyForm = `/sites/${SEED.siteHostname}:${SEED.sitePath}:/drive/root:/${encodePath(`${FOLDER}/Schlüssel.pdf`)}:/content`;
    const up = await put(client, keyForm, pdfBytes('key'));
    expect(up.status).toBe(201);
    const batch = await client.call('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `${DRIVE}/items/${String(up.body.id)}?$select=id,webUrl` }] },
    });
    const inner = (batch.body.responses as { status: number; body: { webUrl: string } }[])[0];
    expect([inner?.status, inner?.body.webUrl]).toEqual([200, up.body.webUrl]);
  });

  it('an unknown item or path is 404 itemNotFound', async () => {
    for (const path of [`${DRIVE}/items/01AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, `${DRIVE}/root:/Nichts/da.pdf`]) {
      const res = await client.call('GET', path);
      expect([res.status, res.body.error?.code]).toEqual([404, 'itemNotFound']);
    }
    void SITE;
  });

  it('the overview page lists the files per meeting folder, escaped, with a download link', async () => {
    const odd = `${FOLDER}/Notiz &amp; 'Plan' #1.pdf`;
    expect((await put(client, `${DRIVE}/root:/${encodePath(odd)}:/content`, pdfBytes('x'))).status).toBe(201);
    const page = await (await fetch(`${client.emulator.url}/_emulator/`)).text();
    expect(page).toContain(`Dokumente, Ordner „${FOLDER}“`);
    expect(page).toContain('Notiz &amp;amp; &#39;Plan&#39; #1.pdf');
    expect(page).not.toContain("'Plan'");
    const href = /href="([^"]*download\.aspx[^"]*)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect((await fetch(href)).status).toBe(200);
    const files = (await (await fetch(`${client.emulator.url}/_emulator/files`)).json()) as {
      value: { path: string }[];
    };
    expect(files.value.map((f) => f.path)).toContain(`${FOLDER}/Tagesordnung.pdf`);
  });
});
