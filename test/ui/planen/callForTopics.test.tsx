import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { CallForTopicsMail } from '../../../src/domain/invitation/callForTopicsMail';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { createBrowserStore } from '../../../src/office/browserStore';
import { CallForTopics } from '../../../src/taskpane/planen/components/CallForTopicsSection';
import type { Services } from '../../../src/taskpane/services';
import type { SentMailOutcome } from '../../../src/graph/sentMail';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { axeViolations } from '../support/axe';
import { fixedModel, renderWithModel } from '../support/fakePlanningModel';
import { fakeGateway, testConfig } from '../support/renderPane';

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
const TODAY = '2027-01-29';

function setup(send: jest.Mock<Promise<SentMailOutcome>, [CallForTopicsMail, number?]>, meeting?: Meeting) {
  const fixed = fixedModel(TODAY, '2027-01-29T08:00:00Z', {
    settings: { ...defaultTeamSettings(LIST), surveyLink: 'https://forms.office.com/r/AbC123' },
  });
  const services: Services = {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway({ mail: { sendCallForTopics: send } }),
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => TODAY, now: () => new Date('2027-01-29T09:30:00Z') },
    newId: fixed.newId,
  };
  const { latest, update, render } = renderWithModel({
    meeting: meeting ?? { ...plannedMeeting, date: '2027-03-16' },
    fixed,
    services,
    screen: (model) => (
      <CallForTopics meeting={model.meeting} update={model.update} today={model.today} settings={model.settings} />
    ),
  });
  const view = render();
  return { user: userEvent.setup(), latest, update, container: view.container };
}

const sending = () => jest.fn<Promise<SentMailOutcome>, [CallForTopicsMail, number?]>();

describe('Planen: the call for topics', () => {
  it('says when it is due, shows the mail for review, then sends it once and records it', async () => {
    const send = sending().mockResolvedValue({ outcome: 'sent' });
    const { user, latest, update, container } = setup(send);
    expect(
      screen.getByText(
        /Fällig am Dienstag, 2\. Februar 2027 \(die Einladung ist am Dienstag, 23\. Februar 2027 fällig\)/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Themenaufruf vorbereiten' }));
    const review = await screen.findByRole('document', { name: 'Vorschau des Themenaufrufs' });
    expect(review).toHaveTextContent('Bitte antworten Sie auf diese E-Mail bis Donnerstag, 18. Februar 2027.');
    expect(review).toHaveTextContent('https://forms.office.com/r/AbC123');
    expect(screen.getByText(LIST)).toBeInTheDocument();
    expect(screen.getByText(/^Themen gesucht: Vernetzungstreffen/)).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);

    const deadline = screen.getByRole('textbox', { name: 'Antworten bis' });
    await user.clear(deadline);
    await user.type(deadline, '19.02.2027');
    await user.tab();
    expect(review).toHaveTextContent('bis Freitag, 19. Februar 2027.');
    await user.click(screen.getByRole('button', { name: 'Themenaufruf senden' }));
    await screen.findByText(`Der Themenaufruf ist an ${LIST} gesendet.`);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].to).toBe(LIST);
    expect(send.mock.calls[0]![1]).toBeUndefined();
    expect(latest.meeting.callForTopics).toEqual({ sentAt: '2027-01-29T09:30:00.000Z', deadline: '2027-02-19' });
    expect(update.mock.calls.at(-1)?.[1]).toEqual({ now: true });
    // never twice: the button says when it went out
    expect(screen.getByRole('button', { name: 'Themenaufruf gesendet am 29.01.2027' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.queryByRole('button', { name: 'Themenaufruf vorbereiten' })).not.toBeInTheDocument();
  });

  it('refuses a deadline in the past with a German message at the field, and sends nothing', async () => {
    const send = sending();
    const { user } = setup(send);
    await user.click(screen.getByRole('button', { name: 'Themenaufruf vorbereiten' }));
    const deadline = screen.getByRole('textbox', { name: 'Antworten bis' });
    await user.clear(deadline);
    await user.type(deadline, '01.01.2027');
    await user.tab();
    expect(screen.getByText('Das Datum liegt in der Vergangenheit. Bitte ein späteres wählen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Themenaufruf senden' })).toBeDisabled();
    expect(send).not.toHaveBeenCalled();
  });

  it('without Mail.Send names what IT grants, and records nothing', async () => {
    const refused = new AppError('consent-required', 'x', { capability: 'mail', missing: 'Mail.Send' });
    const send = sending().mockRejectedValue(refused);
    const { user, latest } = setup(send);
    await user.click(screen.getByRole('button', { name: 'Themenaufruf vorbereiten' }));
    await user.click(screen.getByRole('button', { name: 'Themenaufruf senden' }));
    const alert = await screen.findByText('Der Themenaufruf wurde nicht gesendet.');
    expect(alert.closest('[role="alert"], [role="group"], div')!.parentElement).toHaveTextContent(/Mail\.Send/);
    expect(latest.meeting.callForTopics).toBeUndefined();
  });

  it('a lost answer nobody can resolve: recorded as unclear; the next attempt looks in Sent Items first', async () => {
    const unknown = new AppError('unknown-outcome', 'unklar', { capability: 'sentItems', missing: 'Mail.ReadBasic' });
    const send = sending().mockRejectedValueOnce(unknown).mockResolvedValue({
      outcome: 'found-in-sent-items',
      sentAt: '2027-01-29T09:30:05Z',
    });
    const { user, latest } = setup(send);
    await user.click(screen.getByRole('button', { name: 'Themenaufruf vorbereiten' }));
    await user.click(screen.getByRole('button', { name: 'Themenaufruf senden' }));
    const notice = await screen.findByText(/Ob der Themenaufruf am .* verschickt wurde, ist unklar/);
    expect(notice).toHaveTextContent('Gesendete Elemente');
    expect(latest.meeting.callForTopics).toMatchObject({ unconfirmed: true, deadline: '2027-02-18' });
    await user.click(screen.getByRole('button', { name: 'Themenaufruf vorbereiten' }));
    await act(() => user.click(screen.getByRole('button', { name: 'Themenaufruf senden' })));
    expect(send.mock.calls[1]![1]).toBe(Date.parse('2027-01-29T09:30:00.000Z'));
    await screen.findByText(/der Themenaufruf ist aber gesendet \(nicht doppelt\)/);
    expect(latest.meeting.callForTopics).toEqual({ sentAt: '2027-01-29T09:30:05Z', deadline: '2027-02-18' });
  });

  it('a meeting whose call went out shows when, and offers no second sending', () => {
    const meeting = {
      ...plannedMeeting,
      date: '2027-03-16',
      callForTopics: { sentAt: '2027-01-20T08:00:00Z', deadline: '2027-02-18' },
    };
    setup(sending(), meeting);
    expect(
      screen.getByText(
        /ging am Mittwoch, 20\. Januar 2027, 09:00 Uhr an den Verteiler; Antworten bis Donnerstag, 18\. Februar 2027/,
      ),
    ).toBeInTheDocument();
    expect(within(document.body).queryByRole('button', { name: 'Themenaufruf vorbereiten' })).toBeNull();
  });
});
