import type { MadeFile } from '../../../src/domain/documents/documentModel';
import { createDocumentsGateway, SIMPLE_UPLOAD_LIMIT } from '../../../src/graph/documentsGateway';
import { fakeClient } from './fakeClient';

const SITE = 'landkreisnortheim.sharepoint.com:/sites/Integration';

describe('createDocumentsGateway: what is refused before anything is sent', () => {
  it('refuses a file larger than one upload takes as too-large, without a request', async () => {
    const { client, calls } = fakeClient(() => ({}));
    // Only its length is read: a stand-in instead of 250 MB in memory.
    const huge = { byteLength: SIMPLE_UPLOAD_LIMIT + 1 } as Uint8Array;
    const file: MadeFile = { name: 'Protokoll.pdf', contentType: 'application/pdf', bytes: huge };
    await expect(
      createDocumentsGateway(client, SITE).upload({ date: '2027-03-16' }, 'protokoll', file),
    ).rejects.toMatchObject({
      code: 'too-large',
      details: { limit: SIMPLE_UPLOAD_LIMIT },
    });
    expect(calls).toEqual([]);
  });

  it('files only the formats Treffpunkt makes', async () => {
    const { client, calls } = fakeClient(() => ({}));
    const csv: MadeFile = { name: 'Ausgaben 2027.csv', contentType: 'text/csv', bytes: new Uint8Array([59]) };
    await expect(createDocumentsGateway(client, SITE).uploadYearReport(csv)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(calls).toEqual([]);
  });
});
