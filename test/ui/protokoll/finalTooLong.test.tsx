import { screen, waitFor, within } from '@testing-library/react';
import { meetingRoom } from '../../../src/graph/fieldRoom';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { openedDialog } from '../support/dialogs';
import { held, LANDKREIS, setupProtokoll } from './setupProtokoll';

type User = Awaited<ReturnType<typeof setupProtokoll>>['user'];

async function tryToFinalize(user: User) {
  await user.click(screen.getByRole('button', { name: 'Protokoll abschließen' }));
  const dialog = await openedDialog('Protokoll abschließen?');
  await user.click(within(dialog).getByRole('button', { name: 'Abschließen', hidden: true }));
  return dialog;
}

describe('Protokoll: minutes with a text longer than SharePoint takes are not finalised', () => {
  it('refuses, naming the note and its limit; cut to the limit, they are final', async () => {
    const { user, latest } = await setupProtokoll({ meeting: held() });
    const note = screen.getByRole('textbox', { name: /^TOP 2:/ });
    await user.clear(note);
    await user.click(note);
    await user.paste('a'.repeat(100_000));
    const limit = meetingRoom(latest.meeting).limitOf('note', LANDKREIS);

    const dialog = await tryToFinalize(user);
    const title = heldMeeting.agenda[1]!.title;
    expect(within(dialog).getByRole('alert', { hidden: true })).toHaveTextContent(
      `Die Notiz zu „TOP 2: ${title}“ ist zu lang für die SharePoint-Liste ` +
        `(höchstens ${limit.toLocaleString('de-DE')} Zeichen).`,
    );
    expect(latest.meeting.status).toBe('durchgeführt');
    expect(latest.meeting.minutes?.final).toBeUndefined();
    expect(latest.meeting.minutes?.notes[LANDKREIS!]).toHaveLength(100_000);

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    await user.clear(note);
    await user.click(note);
    await user.paste('a'.repeat(limit));
    await tryToFinalize(user);
    expect(latest.meeting.status).toBe('protokolliert');
  });

  it('names a decision over its column by its number', async () => {
    const minutes = { ...heldMeeting.minutes!, decisions: [{ id: 'd1', text: 'b'.repeat(64_000) }] };
    const { user, latest } = await setupProtokoll({ meeting: held({ minutes }) });
    const dialog = await tryToFinalize(user);
    expect(within(dialog).getByRole('alert', { hidden: true })).toHaveTextContent(
      /^Das Protokoll kann noch nicht abgeschlossen werden\. „Beschluss 1“ ist zu lang für die SharePoint-Liste/,
    );
    expect(latest.meeting.minutes?.final).toBeUndefined();
  });
});
