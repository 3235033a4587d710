import { openSignInDialog, signInDialogAvailable, SignInDialogError } from '../../../src/office/authDialog';

type DialogArgs = { message: string; origin: string | undefined } | { error: number };

/** A typed fake of the bits of Office.js the dialog wrapper uses. */
function fakeOffice(open: { error?: number }) {
  const handlers = new Map<string, (args: DialogArgs) => void>();
  const dialog = {
    addEventHandler: (type: string, handler: (args: DialogArgs) => void) => void handlers.set(type, handler),
    close: jest.fn(),
  };
  const office = {
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      ui: {
        displayDialogAsync: (_url: string, _options: unknown, callback: (result: unknown) => void) =>
          callback(
            open.error ? { status: 'failed', error: { code: open.error } } : { status: 'succeeded', value: dialog },
          ),
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  const fire = (type: string, args: DialogArgs) => handlers.get(type)?.(args);
  return { dialog, fire };
}

const url = 'https://localhost:3000/auth-dialog.html?scopes=User.Read';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('openSignInDialog', () => {
  it("resolves with the page's message from the add-in's origin and closes the dialog", async () => {
    const { dialog, fire } = fakeOffice({});
    const answer = openSignInDialog(url);
    fire('dialogMessageReceived', { message: 'from elsewhere', origin: 'https://evil.example' });
    fire('dialogMessageReceived', { message: '{"ok":true}', origin: 'https://localhost:3000' });
    await expect(answer).resolves.toBe('{"ok":true}');
    expect(dialog.close).toHaveBeenCalled();
  });

  it('reports a dialog closed by the user (12006) as user_cancelled', async () => {
    const { fire } = fakeOffice({});
    const answer = openSignInDialog(url);
    fire('dialogEventReceived', { error: 12006 });
    await expect(answer).rejects.toMatchObject({ errorCode: 'user_cancelled', officeCode: 12006 });
  });

  it('reports a dialog that could not open (12007, 12009, 12011) as a blocked popup', async () => {
    fakeOffice({ error: 12009 });
    await expect(openSignInDialog(url)).rejects.toBeInstanceOf(SignInDialogError);
    fakeOffice({ error: 12011 });
    await expect(openSignInDialog(url)).rejects.toMatchObject({ errorCode: 'popup_window_error' });
  });

  it('is available only inside Office', () => {
    expect(signInDialogAvailable()).toBe(false);
    fakeOffice({});
    expect(signInDialogAvailable()).toBe(true);
  });
});
