import { SUGGESTIONS_KEY } from '../../../src/office/topicSuggestions';
import { type FakeMessage, installOffice, removeOffice } from '../../support/fakeOffice';

const mail: FakeMessage = {
  itemType: 'message',
  subject: 'Neue Sprachkurse in Uslar ab Februar',
  from: { displayName: 'Petra Kühn', emailAddress: 'p.kuehn@web.de' },
  dateTimeCreated: new Date('2026-11-20T09:15:00Z'),
};

/** Loads the command module afresh, as Outlook does, with the fake Office already installed. */
async function loadCommands() {
  let module: typeof import('../../../src/commands/commands') | undefined;
  jest.isolateModules(() => {
    module = require('../../../src/commands/commands');
  });
  return module!;
}

describe('ribbon command "Als Thema vorschlagen"', () => {
  afterEach(removeOffice);

  it('registers the function named in the manifest', async () => {
    const { associate } = installOffice({ item: mail });
    await loadCommands();
    expect(associate).toHaveBeenCalledWith('suggestTopic', expect.any(Function));
  });

  it("keeps the mail's subject and sender once, confirms it, and completes the event", async () => {
    const { roamingSettings: settings, notices } = installOffice({ item: mail });
    const { suggestTopic } = await loadCommands();
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    await suggestTopic(event);
    await suggestTopic(event);
    expect(settings.get(SUGGESTIONS_KEY)).toEqual([
      expect.objectContaining({
        subject: 'Neue Sprachkurse in Uslar ab Februar',
        senderName: 'Petra Kühn',
        senderAddress: 'p.kuehn@web.de',
        receivedAt: '2026-11-20T09:15:00.000Z',
      }),
    ]);
    expect(notices.map((n) => n.details.message)).toEqual([
      '„Neue Sprachkurse in Uslar ab Februar“ ist als Thema für das nächste Vernetzungstreffen vorgemerkt.',
      'Diese E-Mail ist schon als Thema vorgemerkt.',
    ]);
    expect(event.completed).toHaveBeenCalledTimes(2);
  });

  it('says so on the mail when saving fails, and still completes the event', async () => {
    const { notices } = installOffice({ item: mail, roamingSave: { error: { message: 'quota', code: 9020 } } });
    const { suggestTopic } = await loadCommands();
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    await suggestTopic(event);
    expect(notices[0]?.details).toMatchObject({
      type: 'errorMessage',
      message: 'Das Thema konnte nicht vorgemerkt werden. Bitte erneut versuchen.',
    });
    expect(event.completed).toHaveBeenCalled();
  });
});
