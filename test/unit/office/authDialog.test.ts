import { openSignInDialog, signInDialogAvailable, SignInDialogError } from '../../../src/office/authDialog';
import { installOffice, removeOffice } from '../../support/fakeOffice';

const url = 'https://localhost:3000/auth-dialog.html?scopes=User.Read';

afterEach(removeOffice);

describe('openSignInDialog', () => {
  it("resolves with the page's message from the add-in's origin and closes the dialog", async () => {
    const { dialog } = installOffice();
    const { fire } = dialog;
    const answer = openSignInDialog(url);
    fire('dialogMessageReceived', { message: 'from elsewhere', origin: 'https://evil.example' });
    fire('dialogMessageReceived', { message: '{"ok":true}', origin: 'https://localhost:3000' });
    await expect(answer).resolves.toBe('{"ok":true}');
    expect(dialog.close).toHaveBeenCalled();
  });

  it('reports a dialog closed by the user (12006) as user_cancelled', async () => {
    const { fire } = installOffice().dialog;
    const answer = openSignInDialog(url);
    fire('dialogEventReceived', { error: 12006 });
    await expect(answer).rejects.toMatchObject({ errorCode: 'user_cancelled', officeCode: 12006 });
  });

  it('reports a dialog that could not open (12007, 12009, 12011) as a blocked popup', async () => {
    installOffice({ dialogError: 12009 });
    await expect(openSignInDialog(url)).rejects.toBeInstanceOf(SignInDialogError);
    installOffice({ dialogError: 12011 });
    await expect(openSignInDialog(url)).rejects.toMatchObject({ errorCode: 'popup_window_error' });
  });

  it('is available only inside Office', () => {
    expect(signInDialogAvailable()).toBe(false);
    installOffice();
    expect(signInDialogAvailable()).toBe(true);
  });
});
