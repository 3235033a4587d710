import { openedAppointment } from '../../../src/office/appointment';

type OfficeGlobal = { Office?: unknown };

const ENUMS = {
  ItemType: { Appointment: 'appointment', Message: 'message' },
  RestVersion: { v2_0: 'v2.0' },
};

function installMailbox(item: object | undefined) {
  const convertToRestId = jest.fn((id: string) => id.replace(/\//g, '-').replace(/\+/g, '_'));
  (globalThis as OfficeGlobal).Office = {
    MailboxEnums: ENUMS,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: { mailbox: { item, convertToRestId } },
  };
  return convertToRestId;
}

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe('the appointment the pane was opened on', () => {
  it('gives the Graph id and start of an appointment in read mode', async () => {
    const convert = installMailbox({
      itemType: 'appointment',
      itemId: 'AAMk/AG+x=',
      start: new Date('2027-03-16T14:00:00Z'),
    });
    await expect(openedAppointment()).resolves.toEqual({ eventId: 'AAMk-AG_x=', start: '2027-03-16T14:00:00.000Z' });
    expect(convert).toHaveBeenCalledWith('AAMk/AG+x=', 'v2.0');
  });

  it('asks a saved appointment in compose mode for its id', async () => {
    installMailbox({
      itemType: 'appointment',
      getItemIdAsync: (callback: (r: { status: string; value: string }) => void) =>
        callback({ status: 'succeeded', value: 'AAMkSaved' }),
    });
    await expect(openedAppointment()).resolves.toEqual({ eventId: 'AAMkSaved' });
  });

  it('is nothing for an unsaved appointment, a mail, or outside Outlook', async () => {
    installMailbox({
      itemType: 'appointment',
      getItemIdAsync: (callback: (r: { status: string; error: { message: string } }) => void) =>
        callback({ status: 'failed', error: { message: 'not saved' } }),
    });
    await expect(openedAppointment()).resolves.toBeUndefined();
    installMailbox({ itemType: 'message', itemId: 'AAMkMail' });
    await expect(openedAppointment()).resolves.toBeUndefined();
    delete (globalThis as OfficeGlobal).Office;
    await expect(openedAppointment()).resolves.toBeUndefined();
  });
});
