import { openedAppointment } from '../../../src/office/appointment';
import { installOffice, removeOffice } from '../../support/fakeOffice';

afterEach(removeOffice);

describe('the appointment the pane was opened on', () => {
  it('gives the Graph id and start of an appointment in read mode', async () => {
    const { convertToRestId: convert } = installOffice({
      item: { itemType: 'appointment', itemId: 'AAMk/AG+x=', start: new Date('2027-03-16T14:00:00Z') },
    });
    await expect(openedAppointment()).resolves.toEqual({ eventId: 'AAMk-AG_x=', start: '2027-03-16T14:00:00.000Z' });
    expect(convert).toHaveBeenCalledWith('AAMk/AG+x=', 'v2.0');
  });

  it('asks a saved appointment in compose mode for its id', async () => {
    installOffice({ item: { itemType: 'appointment', itemIdAnswer: { value: 'AAMkSaved' } } });
    await expect(openedAppointment()).resolves.toEqual({ eventId: 'AAMkSaved' });
  });

  it('is nothing for an unsaved appointment, a mail, or outside Outlook', async () => {
    installOffice({ item: { itemType: 'appointment', itemIdAnswer: { error: { message: 'not saved' } } } });
    await expect(openedAppointment()).resolves.toBeUndefined();
    installOffice({ item: { itemType: 'message', itemId: 'AAMkMail' } });
    await expect(openedAppointment()).resolves.toBeUndefined();
    removeOffice();
    await expect(openedAppointment()).resolves.toBeUndefined();
  });
});
