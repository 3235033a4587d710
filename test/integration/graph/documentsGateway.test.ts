import { CONTENT_TYPES, type MadeFile } from '../../../src/domain/documents/documentModel';
import { withFiledDocument } from '../../../src/domain/documents/filedDocument';
import type { Meeting } from '../../../src/domain/planning';
import { type RunningEmulator, SEED, seededRandom } from '../../../src/emulator/server';
import { createGraphClient } from '../../../src/graph/graphClient';
import { createGateway } from '../../../src/graph/gateway';
import { LIST_SCHEMAS } from '../../../src/graph/listSchema';
import { graphToken, journal, type JournalEntry, LIST_NAMES, roundTrips, SITE, startGraph } from './support';

const SITE_KEY = `${SEED.siteHostname}:${SEED.sitePath}`;
const MEETING = { date: '2026-12-10' } as const;
const FOLDER = 'Vernetzungstreffen/2026-12-10 Vernetzungstreffen';

/** Bytes a text encoder or JSON would change: every byte value, umlauts in UTF-8, a NUL. */
function pdfBytes(variant: number): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.7\n% Tagesordnung ÄÖÜß Wójcik ${variant}\n`);
  const all = Uint8Array.from({ length: 256 }, (_, i) => (i * (variant + 1)) % 256);
  const bytes = new Uint8Array(head.length + all.length);
  bytes.set(head);
  bytes.set(all, head.length);
  return bytes;
}

const pdf = (bytes: Uint8Array, name = '2026-12-10 Tagesordnung.pdf'): MadeFile => ({
  name,
  contentType: CONTENT_TYPES.pdf,
  bytes,
});

/** A Graph call of the test's own (reading what the library holds), with a token of the emulator. */
async function graphGet(emulator: RunningEmulator, path: string): Promise<Response> {
  const token = await graphToken(emulator, ['Sites.Selected']);
  return fetch(`${emulator.graphUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
}

async function contentOf(emulator: RunningEmulator, driveId: string, itemId: string): Promise<Uint8Array> {
  const answer = await graphGet(emulator, `/drives/${driveId}/items/${itemId}/content`);
  if (!answer.ok) throw new Error(`content: ${answer.status}`);
  return new Uint8Array(await answer.arrayBuffer());
}

async function childNames(emulator: RunningEmulator, driveId: string, folder: string): Promise<string[]> {
  const path = folder.split('/').map(encodeURIComponent).join('/');
  const answer = await graphGet(emulator, `/drives/${driveId}/root:/${path}:/children?$select=name`);
  if (!answer.ok) throw new Error(`children of ${folder}: ${answer.status}`);
  return ((await answer.json()) as { value: { name: string }[] }).value.map((c) => c.name).sort();
}

async function driveIdOf(emulator: RunningEmulator): Promise<string> {
  const answer = await graphGet(emulator, `/sites/${SITE_KEY}:/drive?$select=id`);
  return ((await answer.json()) as { id: string }).id;
}

const puts = (entries: JournalEntry[]) => entries.filter((e) => e.method === 'PUT');

describe('filing documents in the site’s library (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('uploads the bytes unchanged into the meeting’s folder and says where the file lies', async () => {
    const graph = await startGraph('integration-documents-upload');
    emulator = graph.emulator;
    // A view into a larger buffer: only its own bytes may be sent.
    const buffer = new Uint8Array(1000).fill(0x2a);
    const bytes = pdfBytes(1);
    buffer.set(bytes, 100);
    const view = buffer.subarray(100, 100 + bytes.length);

    const filed = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(view));
    expect(filed).toMatchObject({
      kind: 'tagesordnung',
      format: 'pdf',
      name: '2026-12-10 Tagesordnung.pdf',
      size: bytes.length,
      itemId: expect.any(String),
      webUrl: expect.stringContaining('2026-12-10%20Tagesordnung.pdf'),
      madeAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const driveId = await driveIdOf(emulator);
    expect(await contentOf(emulator, driveId, filed.itemId)).toEqual(bytes);
    expect(await childNames(emulator, driveId, 'Vernetzungstreffen')).toEqual(['2026-12-10 Vernetzungstreffen']);
    expect(await childNames(emulator, driveId, FOLDER)).toEqual(['2026-12-10 Tagesordnung.pdf']);
    const [put] = puts(await journal(emulator));
    expect(put?.url).toMatch(/\/drives\/[^/]+\/items\/[^/]+:\/2026-12-10%20Tagesordnung\.pdf:\/content$/);
    expect(put?.request?.headers?.['content-type']).toBe('application/pdf');
    expect(put?.response.status).toBe(201);
  });

  it('replaces the file when it is made again: the same item, the same link, the new bytes', async () => {
    const graph = await startGraph('integration-documents-again');
    emulator = graph.emulator;
    const first = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    const trips = await roundTrips(emulator, async () => {
      const again = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)));
      expect(again).toMatchObject({ itemId: first.itemId, webUrl: first.webUrl, size: pdfBytes(2).length });
    });
    // The drive and the folders are known for the session: only the upload goes out.
    expect(trips.map((t) => `${t.method} ${t.response.status}`)).toEqual(['PUT 200']);

    // Another opening of the pane finds the folder instead of making a second one.
    const later = graph.openGateway();
    const third = await later.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(3)));
    expect(third.itemId).toBe(first.itemId);
    const driveId = await driveIdOf(emulator);
    expect(await contentOf(emulator, driveId, first.itemId)).toEqual(pdfBytes(3));
    expect(await childNames(emulator, driveId, 'Vernetzungstreffen')).toEqual(['2026-12-10 Vernetzungstreffen']);
    expect(await childNames(emulator, driveId, FOLDER)).toEqual(['2026-12-10 Tagesordnung.pdf']);
  });

  it('gives each meeting its own folder, the year reports theirs, and names files as SharePoint accepts', async () => {
    const graph = await startGraph('integration-documents-folders');
    emulator = graph.emulator;
    const docx: MadeFile = {
      name: 'Protokoll: 16.03.2027?.docx',
      contentType: CONTENT_TYPES.docx,
      bytes: pdfBytes(4),
    };
    await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    const minutes = await graph.gateway.documents.upload({ date: '2027-03-16' }, 'protokoll', docx);
    expect(minutes).toMatchObject({ kind: 'protokoll', format: 'docx', name: 'Protokoll- 16.03.2027-.docx' });
    const report = await graph.gateway.documents.uploadYearReport(pdf(pdfBytes(5), 'Jahresbericht 2026.pdf'));
    expect(report).toMatchObject({ kind: 'jahresbericht', name: 'Jahresbericht 2026.pdf' });

    const driveId = await driveIdOf(emulator);
    expect(await childNames(emulator, driveId, '')).toEqual(
      expect.arrayContaining(['Jahresberichte', 'Vernetzungstreffen']),
    );
    expect(await childNames(emulator, driveId, 'Vernetzungstreffen')).toEqual([
      '2026-12-10 Vernetzungstreffen',
      '2027-03-16 Vernetzungstreffen',
    ]);
    expect(await childNames(emulator, driveId, 'Jahresberichte')).toEqual(['Jahresbericht 2026.pdf']);
  });

  it('links the filed documents from the meeting’s list item, in the column "Dokumente"', async () => {
    const graph = await startGraph('integration-documents-column');
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    const meeting: Meeting = {
      id: 'meeting-2026-12',
      date: MEETING.date,
      startTime: '15:00',
      status: 'geplant',
      speaker: { name: '', organisation: '', topic: '' },
      agenda: [],
      adoptedSuggestions: [],
    };
    const filed = await graph.gateway.documents.upload(meeting, 'tagesordnung', pdf(pdfBytes(1)));
    const saved = await graph.gateway.planning.saveMeeting(
      { ...meeting, documents: withFiledDocument(undefined, filed) },
      undefined,
    );
    const ref = { kind: 'meetings', displayName: LIST_NAMES.meetings, columns: LIST_SCHEMAS.meetings.columns } as const;
    const item = await graph.lists.getItem(ref, saved.itemId);
    expect(item.fields.TpDokumente).toContain(`<a href="${filed.webUrl}">Tagesordnung (PDF)</a>`);
    const read = await graph.gateway.planning.getMeeting(saved.itemId);
    expect(read?.meeting?.documents?.tagesordnung).toEqual(filed);
  });
});

describe('when filing fails (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('names what IT must grant when the app may only read the library', async () => {
    const graph = await startGraph('integration-documents-403', { tenant: { siteRoles: { [SITE_KEY]: 'read' } } });
    emulator = graph.emulator;
    await expect(graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)))).rejects.toMatchObject({
      code: 'forbidden',
      details: { status: 403, capability: 'documentLibrary', missing: 'write' },
    });
  });

  it('says too large for a file over the simple-upload limit, without sending it again', async () => {
    const graph = await startGraph('integration-documents-413', { uploadLimitBytes: 300 });
    emulator = graph.emulator;
    const trips = await roundTrips(emulator, () =>
      expect(graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(new Uint8Array(301)))).rejects.toMatchObject({
        code: 'too-large',
        details: { status: 413 },
      }),
    );
    expect(puts(trips).map((t) => t.response.status)).toEqual([413]);
  });

  it('finds or makes the meeting’s folder again when the one it knew is gone', async () => {
    const graph = await startGraph('integration-documents-gone');
    emulator = graph.emulator;
    await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    // The library as on the first day (a colleague cleared it): the folder's id the session kept is stale.
    const reset = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    if (!reset.ok) throw new Error(`reset: ${reset.status}`);
    const trips = await roundTrips(emulator, async () => {
      const again = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)));
      expect(await contentOf(emulator!, await driveIdOf(emulator!), again.itemId)).toEqual(pdfBytes(2));
    });
    expect(trips.filter((t) => t.method === 'PUT').map((t) => t.response.status)).toEqual([404, 201]);
    expect(await childNames(emulator, await driveIdOf(emulator), FOLDER)).toEqual(['2026-12-10 Tagesordnung.pdf']);
  });

  it.each([7, 11, 19])('sends a throttled upload again until it lands, once (seed %i)', async (seed) => {
    const graph = await startGraph(`integration-documents-429-${seed}`, { random: seededRandom(seed) });
    emulator = graph.emulator;
    const first = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    await emulator.setFaults({ rate429: 0.4, rate503: 0.2, retryAfterSeconds: 0 });
    const trips = await roundTrips(emulator, async () => {
      const again = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)));
      expect(again.itemId).toBe(first.itemId);
    });
    await emulator.setFaults({ rate429: 0, rate503: 0 });
    const statuses = trips.map((t) => `${t.method} ${t.response.status}`);
    // Each seed refuses the upload at least once (else the test would prove nothing), then lets it through.
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.at(-1)).toBe('PUT 200');
    expect(statuses.slice(0, -1).every((s) => s === 'PUT 429' || s === 'PUT 503')).toBe(true);
    const driveId = await driveIdOf(emulator);
    expect(await contentOf(emulator, driveId, first.itemId)).toEqual(pdfBytes(2));
    expect(await childNames(emulator, driveId, FOLDER)).toEqual(['2026-12-10 Tagesordnung.pdf']);
  });

  it('sends an upload whose answer was lost again: one file, the newer bytes', async () => {
    const graph = await startGraph('integration-documents-lost');
    emulator = graph.emulator;
    const first = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    await emulator.setFaults({ lostAnswers: [{ method: 'PUT', path: '/content', as: '504', times: 1 }] });
    const again = await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)));
    expect(again.itemId).toBe(first.itemId);
    const driveId = await driveIdOf(emulator);
    expect(await contentOf(emulator, driveId, first.itemId)).toEqual(pdfBytes(2));
    expect(await childNames(emulator, driveId, FOLDER)).toEqual(['2026-12-10 Tagesordnung.pdf']);
  });

  it('says throttled when Microsoft 365 stays busy, and offline when it cannot be reached', async () => {
    const graph = await startGraph('integration-documents-busy');
    emulator = graph.emulator;
    await graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(1)));
    await emulator.setFaults({ rate503: 1, retryAfterSeconds: 0 });
    await expect(graph.gateway.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)))).rejects.toMatchObject({
      code: 'throttled',
      details: { status: 503 },
    });
    await emulator.close();
    emulator = undefined;
    const client = createGraphClient({
      tokenProvider: graph.tokenProvider,
      baseUrl: graph.emulator.graphUrl,
      retry: { networkRetries: 0, timeoutMs: 2000 },
    });
    const gone = createGateway(client, {
      site: SITE,
      listName: '',
      venueListName: '',
      settingsListName: '',
      sharedMailbox: '',
      distributionList: '',
    });
    await expect(gone.documents.upload(MEETING, 'tagesordnung', pdf(pdfBytes(2)))).rejects.toMatchObject({
      code: 'offline',
    });
  });
});
