import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import { readSuggestions, SUGGESTIONS_KEY } from '../../../src/office/topicSuggestions';
import { fakeGateway, renderPane } from '../support/renderPane';

const suggestion = {
  id: 's1',
  subject: 'Ehrenamtspauschale 2027',
  senderName: 'Petra Kühn',
  senderAddress: 'p.kuehn@web.de',
  receivedAt: '2026-11-20T09:15:00.000Z',
  suggestedAt: '2026-11-20T10:00:00.000Z',
};

describe('Planen with the planning hook (fake gateway)', () => {
  it('takes a suggestion from mail into the agenda, saves the plan, and forgets the suggestion', async () => {
    const user = userEvent.setup();
    const saved: Meeting[] = [];
    const saveMeeting = jest.fn(async (meeting: Meeting) => {
      saved.push(meeting);
      return { itemId: '9', etag: `"${saved.length}"` };
    });
    const suggestions = createBrowserStore(null);
    await suggestions.write(SUGGESTIONS_KEY, [suggestion]);
    const drafts = createBrowserStore(null);
    renderPane(fakeGateway({ planning: { saveMeeting } }), {}, { drafts, suggestions });

    await user.click(
      await screen.findByRole('button', { name: '„Ehrenamtspauschale 2027“ als Tagesordnungspunkt übernehmen' }),
    );
    const plan = screen.getByRole('list', { name: 'Zeitplan' });
    expect(within(plan).getByText('Ehrenamtspauschale 2027')).toBeInTheDocument();
    expect(readSuggestions(suggestions)).toEqual([]);

    await screen.findByText(/^In SharePoint gespeichert/, {}, { timeout: 3000 });
    const last = saved.at(-1);
    expect(last?.agenda.map((i) => i.title)).toContain('Ehrenamtspauschale 2027');
    expect(last?.adoptedSuggestions).toEqual(['s1']);
    // SharePoint has it: nothing of it stays on this device.
    expect(drafts.keys()).toEqual([]);
  });

  it('keeps the typed plan on this device when SharePoint cannot be reached, and says so', async () => {
    const user = userEvent.setup();
    const saveMeeting = jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed'));
    const drafts = createBrowserStore(null);
    renderPane(fakeGateway({ planning: { saveMeeting } }), {}, { drafts });
    await user.type(await screen.findByLabelText('Thema des Inputs'), 'Wohnraum');
    await waitFor(() => expect(screen.getByText(/Nicht in SharePoint gespeichert/)).toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(screen.getByText(/Keine Verbindung zu Microsoft 365\. Bitte prüfen/)).toBeInTheDocument();
    // The header's status line: the save is tried again by itself.
    expect(screen.getByText('Keine Verbindung zu Microsoft 365')).toBeInTheDocument();
    expect(screen.getByText('– neuer Versuch in 2 s')).toBeInTheDocument();
    const draft = drafts.read<{ dirty: boolean; meeting: Meeting }>('treffpunkt.planen.entwurf');
    expect(draft?.dirty).toBe(true);
    expect(draft?.meeting.speaker.topic).toBe('Wohnraum');
  });

  it('meets a colleague’s change with what differs, and merges both on request', async () => {
    const user = userEvent.setup();
    const saved: Meeting[] = [];
    let theirs: Meeting | undefined;
    const saveMeeting = jest.fn(async (meeting: Meeting, ref: { itemId: string; etag: string } | undefined) => {
      if (ref && !theirs) {
        theirs = { ...meeting, speaker: { ...meeting.speaker, organisation: 'Caritas Northeim' } };
        throw new AppError('conflict', '412');
      }
      saved.push(meeting);
      return { itemId: '9', etag: `"${saved.length + 1}"` };
    });
    const getMeeting = jest.fn(async () =>
      theirs
        ? {
            itemId: '9',
            etag: '"7"',
            webUrl: '',
            date: theirs.date,
            status: theirs.status,
            venueName: '',
            meeting: theirs,
          }
        : undefined,
    );
    renderPane(fakeGateway({ planning: { saveMeeting, getMeeting } }));
    await user.type(await screen.findByLabelText('Thema des Inputs'), 'Wohnraum');
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 3000 });
    await user.type(screen.getByLabelText('Thema des Inputs'), ' und Arbeit');
    await screen.findByText('Was sich unterscheidet', {}, { timeout: 3000 });
    const difference = screen.getByText('Referent*in', { selector: 'strong', exact: false }).closest('li')!;
    expect(difference).toHaveTextContent('Caritas Northeim');
    await user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 3000 });
    expect(saved[1]?.speaker.topic).toBe('Wohnraum und Arbeit');
    expect(saveMeeting).toHaveBeenLastCalledWith(expect.anything(), { itemId: '9', etag: '"7"' }, expect.anything());
  }, 20_000);
});
