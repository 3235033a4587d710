import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED } from '../../../src/emulator/seed';
import { DEFAULT_PROFILE } from '../../../src/emulator/tenant';
import { type Calendar, calendarClient, invitation, invitationsOf } from './calendarSupport';
import { type Client, scratchDir, startClient } from './support';

// Also sends requests real Graph rejects: journal in the temp folder, out of the conformance check.
let client: Client;
let cal: Calendar;
let dataDir: string;

beforeAll(async () => {
  dataDir = scratchDir('event-attachments');
  client = await startClient({ dataDir, reset: true });
  cal = await calendarClient(client);
});
afterAll(() => client.emulator.close());

const pdf = (bytes: number) => Buffer.alloc(bytes, 0x25).toString('base64');
const attachment = (bytes: number, name = '2026-12-08 Tagesordnung.pdf') => ({
  '@odata.type': '#microsoft.graph.fileAttachment',
  name,
  contentType: 'application/pdf',
  contentBytes: pdf(bytes),
});

async function newEvent(transactionId: string): Promise<string> {
  const res = await cal.call('POST', '/me/events', { body: invitation(transactionId) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('emulator: file attachments of an event', () => {
  it('adds, lists (the bytes only where selected), reads and deletes a file attachment', async () => {
    const id = await newEvent('att-1');
    const added = await cal.call('POST', `/me/events/${id}/attachments`, { body: attachment(1234) });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: '2026-12-08 Tagesordnung.pdf',
      contentType: 'application/pdf',
      size: 1234,
      isInline: false,
    });
    const listed = await cal.call('GET', `/me/events/${id}/attachments?$select=name,size`);
    expect(listed.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.fileAttachment', id: added.body.id, name: added.body.name, size: 1234 },
    ]);
    const one = await cal.call('GET', `/me/events/${id}/attachments/${added.body.id as string}`);
    expect(one.body.contentBytes).toBe(pdf(1234));
    expect((await cal.call('DELETE', `/me/events/${id}/attachments/${added.body.id as string}`)).status).toBe(204);
    expect((await cal.call('GET', `/me/events/${id}/attachments`)).body.value).toEqual([]);
    const gone = await cal.call('GET', `/me/events/${id}/attachments/${added.body.id as string}`);
    expect(gone.status).toBe(404);
  });

  it('sends nothing to the attendees by itself: the invitation they have is unchanged', async () => {
    const id = await newEvent('att-2');
    const before = await invitationsOf(cal, SEED.distributionListMail);
    const added = await cal.call('POST', `/me/events/${id}/attachments`, { body: attachment(10) });
    expect(added.status).toBe(201);
    expect(await invitationsOf(cal, SEED.distributionListMail)).toEqual(before);
  });

  it('takes a file just under 3 MB and refuses 3 MB with 413, as Graph does', async () => {
    const id = await newEvent('att-3');
    const under = await cal.call('POST', `/me/events/${id}/attachments`, { body: attachment(2_999_999) });
    // The whole answer in a failure message: a 500 names its cause there.
    expect({ status: under.status, body: under.status === 201 ? {} : under.body }).toEqual({ status: 201, body: {} });
    const over = await cal.call('POST', `/me/events/${id}/attachments`, { body: attachment(3_000_000) });
    expect(over.status).toBe(413);
    expect(over.body.error?.code).toBe('RequestEntityTooLarge');
    expect((await cal.call('GET', `/me/events/${id}/attachments?$select=name`)).body.value).toHaveLength(1);
  });

  it.each([
    ['no @odata.type', { name: 'a.pdf', contentBytes: 'AAAA' }, 400],
    ['an unknown property', { ...attachment(3), note: 'x' }, 400],
    ['no name', { ...attachment(3), name: undefined }, 400],
    ['contentBytes that are no base64', { ...attachment(3), contentBytes: 'kein base64!' }, 400],
    ['an item attachment', { '@odata.type': '#microsoft.graph.itemAttachment', name: 'x' }, 501],
  ])('refuses %s', async (_what, body, status) => {
    const id = await newEvent(`att-bad-${status}-${String(_what).length}`);
    const res = await cal.call('POST', `/me/events/${id}/attachments`, { body });
    expect(res.status).toBe(status);
    expect((await cal.call('GET', `/me/events/${id}/attachments`)).body.value).toEqual([]);
  });

  it('attaches to a shared mailbox’s event with Calendars.ReadWrite.Shared, not without', async () => {
    const denied = await cal.call('POST', `/users/${SEED.sharedMailboxMail}/events/AAMkX/attachments`, {
      body: attachment(3),
    });
    expect(denied.status).toBe(403);
    client.emulator.setTenant({ graphScopes: [...DEFAULT_PROFILE.graphScopes, 'Calendars.ReadWrite.Shared'] });
    const shared = await calendarClient(client, ['Calendars.ReadWrite.Shared']);
    const made = await shared.call('POST', `/users/${SEED.sharedMailboxMail}/events`, {
      body: invitation('att-shared'),
    });
    expect(made.status).toBe(201);
    const path = `/users/${SEED.sharedMailboxMail}/events/${made.body.id as string}/attachments`;
    expect((await shared.call('POST', path, { body: attachment(5) })).status).toBe(201);
    expect((await shared.call('GET', `${path}?$select=name`)).body.value).toHaveLength(1);
  });

  it('answers 404 for an event that is not there', async () => {
    const res = await cal.call('POST', '/me/events/AAMkNichtDa/attachments', { body: attachment(3) });
    expect(res.status).toBe(404);
    expect(res.body.error?.code).toBe('ErrorItemNotFound');
  });

  it('journals the attachment without its bytes', () => {
    const journal = readFileSync(join(dataDir, 'journal.jsonl'), 'utf8');
    expect(journal).toContain('/attachments');
    expect(journal).not.toContain(pdf(1234));
    expect(journal).toContain('(1648 base64 characters)');
    expect(journal.length).toBeLessThan(1_000_000);
  });
});
