import { request } from 'node:http';
import { DRIVE, encodePath, getRaw, pdfBytes, put } from './driveSupport';
import { type Client, scratchDir, startClient } from './support';

let client: Client;
const LIMIT = 1000;
const at = (path: string) => `${DRIVE}/root:/${encodePath(path)}:/content`;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('drive-rules'), reset: true, uploadLimitBytes: LIMIT });
});
afterAll(() => client.emulator.close());

describe('emulator drives: the simple upload’s limit', () => {
  it('takes a file of exactly the limit and refuses one byte more with 413', async () => {
    expect((await put(client, at('Grenze/genau.pdf'), new Uint8Array(LIMIT))).status).toBe(201);
    const over = await put(client, at('Grenze/zu-gross.pdf'), new Uint8Array(LIMIT + 1));
    expect([over.status, over.body.error?.code]).toEqual([413, 'invalidRequest']);
    expect((await client.call('GET', `${DRIVE}/root:/Grenze/zu-gross.pdf`)).status).toBe(404);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const token = await client.token();
    const url = new URL(`${client.emulator.graphUrl}${at('Grenze/riesig.pdf')}`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf', 'Content-Length': '250000001' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(Buffer.alloc(64));
    });
    expect(status).toBe(413);
  });
});

describe('emulator drives: names SharePoint refuses (400 invalidRequest)', () => {
  it.each([
    ['a character " * : < > ? \\ |', 'Bericht?.pdf'],
    ['a leading space', ' Bericht.pdf'],
    ['a trailing space', 'Bericht.pdf '],
    ['a reserved name', 'CON.pdf'],
    ['.lock', '.lock'],
    ['_vti_ anywhere', 'a_vti_b.pdf'],
    ['~$ at the start', '~$Bericht.docx'],
  ])('%s', async (_why, name) => {
    const res = await put(client, `${DRIVE}/root:/Namen/${encodeURIComponent(name)}:/content`, pdfBytes('x'));
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalidRequest']);
  });

  it('a folder name starting with a tilde, and a path over 400 characters', async () => {
    const tilde = await client.call('POST', `${DRIVE}/root/children`, { body: { name: '~Entwurf', folder: {} } });
    expect(tilde.status).toBe(400);
    const long = await put(client, at(`${'x'.repeat(200)}/${'y'.repeat(200)}.pdf`), pdfBytes('x'));
    expect(long.status).toBe(400);
  });

  it('umlauts, ß and spaces are fine', async () => {
    const res = await put(client, at('Straße und Übersicht/Teilnehmendenliste Größe.pdf'), pdfBytes('ä'));
    expect([res.status, res.body.name]).toEqual([201, 'Teilnehmendenliste Größe.pdf']);
  });
});

describe('emulator drives: ?format= conversions', () => {
  it('a DOCX Graph would convert: 501 with the reason; a PDF: 406 notSupported; an unknown format: 400', async () => {
    const docx = await put(client, at('Formate/Protokoll.docx'), pdfBytes('docx'));
    const pdf = await put(client, at('Formate/Protokoll.pdf'), pdfBytes('pdf'));
    const convert = await getRaw(client, `${DRIVE}/items/${String(docx.body.id)}/content?format=pdf`);
    expect(convert.status).toBe(501);
    expect(((await convert.json()) as { error: { message: string } }).error.message).toMatch(/cannot convert/);
    const same = await getRaw(client, `${DRIVE}/items/${String(pdf.body.id)}/content?format=pdf`);
    expect(same.status).toBe(406);
    expect(((await same.json()) as { error: { code: string } }).error.code).toBe('notSupported');
    expect((await getRaw(client, `${DRIVE}/items/${String(pdf.body.id)}/content?format=xyz`)).status).toBe(400);
  });
});

describe('emulator drives: strict bodies', () => {
  it('an unknown property on a new folder is 400; a file through POST …/children is 501', async () => {
    const odd = await client.call('POST', `${DRIVE}/root/children`, { body: { name: 'A', folder: {}, color: 'rot' } });
    expect(odd.status).toBe(400);
    const file = await client.call('POST', `${DRIVE}/root/children`, { body: { name: 'a.txt', file: {} } });
    expect(file.status).toBe(501);
  });

  it('an upload inside $batch is 501 (its bytes cannot travel as JSON here)', async () => {
    const batch = await client.call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'PUT',
            url: at('Batch/a.pdf'),
            body: 'JVBERi0=',
            headers: { 'Content-Type': 'application/pdf' },
          },
        ],
      },
    });
    expect((batch.body.responses as { status: number }[])[0]?.status).toBe(501);
  });
});
