import { SUGGESTIONS_KEY } from '../../../src/office/topicSuggestions';

type Callback = (result: { status: string; value?: unknown; error?: { message: string; code: number } }) => void;

function officeMock(item: object | undefined, saveFails = false) {
  const settings = new Map<string, unknown>();
  const notices: { key: string; details: { type: string; message: string } }[] = [];
  const data = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage' },
    },
    actions: { associate: jest.fn() },
    onReady: (callback: () => void) => callback(),
    context: {
      roamingSettings: {
        get: (key: string) => settings.get(key),
        set: (key: string, value: unknown) => settings.set(key, value),
        saveAsync: (callback: Callback) =>
          callback(saveFails ? { status: 'failed', error: { message: 'quota', code: 9020 } } : { status: 'succeeded' }),
      },
      mailbox: {
        item: item && {
          ...item,
          notificationMessages: {
            replaceAsync: (key: string, details: { type: string; message: string }, callback: Callback) => {
              notices.push({ key, details });
              callback({ status: 'succeeded' });
            },
          },
        },
      },
    },
  };
  // A typed fake of the parts of Office.js the command uses (Outlook's item properties are plain values).
  return { mock: data as unknown as typeof Office, settings, notices, data };
}

const mail = {
  itemType: 'message',
  subject: 'Neue Sprachkurse in Uslar ab Februar',
  from: { displayName: 'Petra Kühn', emailAddress: 'p.kuehn@web.de' },
  dateTimeCreated: new Date('2026-11-20T09:15:00Z'),
};

async function loadCommands(office: typeof Office) {
  (globalThis as { Office?: typeof Office }).Office = office;
  let module: typeof import('../../../src/commands/commands') | undefined;
  jest.isolateModules(() => {
    module = require('../../../src/commands/commands');
  });
  return module!;
}

describe('ribbon command "Als Thema vorschlagen"', () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it('registers the function named in the manifest', async () => {
    const { data, mock } = officeMock(mail);
    await loadCommands(mock);
    expect(data.actions.associate).toHaveBeenCalledWith('suggestTopic', expect.any(Function));
  });

  it("keeps the mail's subject and sender once, confirms it, and completes the event", async () => {
    const { mock, settings, notices } = officeMock(mail);
    const { suggestTopic } = await loadCommands(mock);
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
    const { mock, notices } = officeMock(mail, true);
    const { suggestTopic } = await loadCommands(mock);
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    await suggestTopic(event);
    expect(notices[0]?.details).toMatchObject({
      type: 'errorMessage',
      message: 'Das Thema konnte nicht vorgemerkt werden. Bitte erneut versuchen.',
    });
    expect(event.completed).toHaveBeenCalled();
  });
});
