import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AppError } from '../../../src/domain/appError';
import type { ListedNeed, Need, NewNeed } from '../../../src/domain/needs';
import type { Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { MarkAsNeed } from '../../../src/taskpane/needs/MarkAsNeed';
import { NeedsInPlanen } from '../../../src/taskpane/needs/NeedsInPlanen';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway, type FakeGatewayOptions, testConfig } from '../support/renderPane';

const need = (id: string, title: string, over: Partial<Need> = {}): ListedNeed => ({
  need: {
    id,
    title,
    firstRaised: '24.02.2026',
    initiatives: 1,
    mentions: 1,
    status: 'offen',
    note: '',
    raisedBy: [],
    ...over,
  },
  etag: `"${id},1"`,
});

const NEEDS = [
  need('1', 'Fahrdienste zu Arztterminen', { initiatives: 1, mentions: 2 }),
  need('2', 'Schulung Behördenbriefe', { initiatives: 3, mentions: 4, raisedBy: ['Tafel Uslar'] }),
  need('3', 'Sprachkurse im Überblick', { status: 'aufgegriffen', takenUpIn: '15.09.2026' }),
];

function services(gateway: FakeGatewayOptions): Services {
  return {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway(gateway),
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => '2027-01-10', now: () => new Date('2027-01-10T09:00:00Z') },
    newId: () => 'x',
  };
}

function renderPlanen(gateway: FakeGatewayOptions, language: Language = 'de') {
  const latest = { meeting: plannedMeeting };
  function Harness() {
    const [meeting, setMeeting] = useState<Meeting>(plannedMeeting);
    latest.meeting = meeting;
    return <NeedsInPlanen meeting={meeting} update={(change) => setMeeting(change)} />;
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services(gateway)}>
        <LanguageContext.Provider value={language}>
          <Harness />
        </LanguageContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  return { user: userEvent.setup(), latest };
}

describe('NeedsInPlanen', () => {
  it('offers the open needs, most initiatives first, and takes one up as the input’s topic', async () => {
    const update = jest.fn((n: Need, etag: string) => Promise.resolve({ need: n, etag: `${etag}+` }));
    const { user, latest } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await screen.findByText(
      '2 Bedarfe sind offen (Liste „Treffpunkt-Bedarfe“); jeder kann das Thema des nächsten Inputs (Fortbildung) werden.',
    );
    expect(screen.queryByRole('list', { name: 'Offene Bedarfe der Initiativen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Offene Bedarfe zeigen' }));
    const list = await screen.findByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.firstChild?.textContent)).toEqual([
      'Schulung Behördenbriefe',
      'Fahrdienste zu Arztterminen',
    ]);
    expect(items[0]).toHaveTextContent('3 Initiativen, 4-mal genannt · seit 24.02.2026');

    await user.click(
      screen.getByRole('button', { name: '„Schulung Behördenbriefe“ als Thema für den Input übernehmen' }),
    );
    expect(latest.meeting.speaker.topic).toBe('Schulung Behördenbriefe');
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: '2', status: 'aufgegriffen', takenUpIn: '16.03.2027' }),
      '"2,1"',
      expect.any(Function),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      '„Schulung Behördenbriefe“ ist das Thema des Inputs; in der Liste steht der Bedarf jetzt als aufgegriffen ' +
        '(Dienstag, 16. März 2027).',
    );
    const open = screen.getByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    expect(within(open).queryByText('Schulung Behördenbriefe')).not.toBeInTheDocument();
    const takenUp = screen.getByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' });
    expect(within(takenUp).getByText('Schulung Behördenbriefe').closest('li')).toHaveTextContent(
      'aufgegriffen am 16.03.2027',
    );
    expect(screen.getByRole('heading', { name: 'Offene Bedarfe der Initiativen' })).toHaveFocus();
  });

  it('says in an English Office when the need was taken up, with the date in English', async () => {
    const update = jest.fn((n: Need, etag: string) => Promise.resolve({ need: n, etag: `${etag}+` }));
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } }, 'en');
    await user.click(await screen.findByRole('button', { name: 'Show open needs' }));
    await user.click(
      await screen.findByRole('button', { name: 'Take up “Schulung Behördenbriefe” as the input’s topic' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“Schulung Behördenbriefe” is the input’s topic; the list now shows the need as taken up (Tuesday, 16 March 2027).',
    );
  });

  it('keeps the topic when the list refuses, and names what is missing', async () => {
    const refused = new AppError('forbidden', 'Zugriff verweigert', { capability: 'needsList', missing: 'write' });
    const { user, latest } = renderPlanen({
      needs: { list: () => Promise.resolve(NEEDS), update: () => Promise.reject(refused) },
    });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(await screen.findByRole('button', { name: /„Fahrdienste zu Arztterminen“ als Thema/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ist das Thema des Inputs, der Bedarf ist in der Liste aber nicht');
    expect(alert).toHaveTextContent('Treffpunkt-Bedarfe');
    expect(latest.meeting.speaker.topic).toBe('Fahrdienste zu Arztterminen');
  });

  it('takes up the need as a colleague changed it meanwhile (412): read again, marked once more', async () => {
    const fresh = need('1', 'Fahrdienste zu Arztterminen', { mentions: 3, note: 'Auch nach Göttingen.' });
    // The gateway writes on the version shown; refused (412), it reads the item and applies `again` to it.
    const update = jest.fn((n: Need, etag: string, again?: (now: Need) => Need) =>
      Promise.resolve(etag === '"1,1"' && again ? { need: again(fresh.need), etag: '"1,3"' } : { need: n, etag }),
    );
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(await screen.findByRole('button', { name: /„Fahrdienste zu Arztterminen“ als Thema/ }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '„Fahrdienste zu Arztterminen“ ist das Thema des Inputs; in der Liste steht der Bedarf jetzt als aufgegriffen ' +
        '(Dienstag, 16. März 2027).',
    );
    expect(update).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'aufgegriffen' }),
      '"1,1"',
      expect.any(Function),
    );
    const again = update.mock.calls[0]![2]!;
    expect(again(fresh.need)).toMatchObject({ status: 'aufgegriffen', mentions: 3, note: 'Auch nach Göttingen.' });
  });

  it('marks an open need done: it leaves the open needs, and the pane says what the list now shows', async () => {
    const update = jest.fn<Promise<ListedNeed>, [Need, string, ((now: Need) => Need)?]>((n, etag) =>
      Promise.resolve({ need: n, etag: `${etag}+` }),
    );
    const { user, latest } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(
      await screen.findByRole('button', { name: '„Fahrdienste zu Arztterminen“ als erledigt markieren' }),
    );
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: '1', status: 'erledigt', mentions: 2 }),
      '"1,1"',
      expect.any(Function),
    );
    expect(update.mock.calls[0]![2]!(NEEDS[0]!.need)).toMatchObject({ id: '1', status: 'erledigt' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      '„Fahrdienste zu Arztterminen“ steht in der Liste jetzt als erledigt; wird er wieder genannt, ist er wieder offen.',
    );
    const open = screen.getByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    expect(within(open).queryByText('Fahrdienste zu Arztterminen')).not.toBeInTheDocument();
    expect(screen.getByText(/^Ein Bedarf ist offen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Offene Bedarfe der Initiativen' })).toHaveFocus();
    expect(latest.meeting.speaker.topic).toBe(plannedMeeting.speaker.topic);
  });

  it('lists the needs taken up and not done yet, with their meeting, to be marked done only', async () => {
    const update = jest.fn((n: Need, etag: string) => Promise.resolve({ need: n, etag: `${etag}+` }));
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    expect(
      await screen.findByRole('heading', { name: 'Aufgegriffen, noch nicht erledigt', level: 4 }),
    ).toBeInTheDocument();
    const takenUp = screen.getByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' });
    const [item] = within(takenUp).getAllByRole('listitem');
    expect(item).toHaveTextContent('Sprachkurse im Überblick');
    expect(item).toHaveTextContent('eine Initiative, einmal genannt · seit 24.02.2026 · aufgegriffen am 15.09.2026');
    expect(
      within(item!)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['„Sprachkurse im Überblick“ als erledigt markieren']);
    await user.click(within(item!).getByRole('button'));
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: '3', status: 'erledigt' }),
      '"3,1"',
      expect.any(Function),
    );
    await screen.findByRole('status');
    expect(screen.queryByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' })).not.toBeInTheDocument();
  });

  it('takes “Erledigt” back: the need is open again as it was, and the pane says so', async () => {
    const update = jest.fn<Promise<ListedNeed>, [Need, string, ((now: Need) => Need)?]>((n, etag) =>
      Promise.resolve({ need: n, etag: `${etag}+` }),
    );
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(
      await screen.findByRole('button', { name: '„Fahrdienste zu Arztterminen“ als erledigt markieren' }),
    );
    const undo = await screen.findByRole('button', { name: '„Fahrdienste zu Arztterminen“: Erledigt zurücknehmen' });
    expect(undo).toHaveTextContent('Erledigt zurücknehmen');
    await user.click(undo);
    expect(update).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: '1', status: 'offen', mentions: 2 }),
      '"1,1"+',
      expect.any(Function),
    );
    // After a colleague's change: their change stays, only the status goes back.
    const again = update.mock.calls.at(-1)![2]!;
    expect(again({ ...NEEDS[0]!.need, status: 'erledigt', note: 'von nebenan' })).toMatchObject({
      status: 'offen',
      note: 'von nebenan',
    });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('„Fahrdienste zu Arztterminen“ ist wieder offen.'),
    );
    const open = screen.getByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    expect(within(open).getByText('Fahrdienste zu Arztterminen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Erledigt zurücknehmen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Offene Bedarfe der Initiativen' })).toHaveFocus();
  });

  it('takes “Erledigt” back for a need taken up: it is taken up again, by the same meeting', async () => {
    const update = jest.fn((n: Need, etag: string) => Promise.resolve({ need: n, etag: `${etag}+` }));
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(await screen.findByRole('button', { name: '„Sprachkurse im Überblick“ als erledigt markieren' }));
    await user.click(await screen.findByRole('button', { name: '„Sprachkurse im Überblick“: Erledigt zurücknehmen' }));
    expect(update).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: '3', status: 'aufgegriffen', takenUpIn: '15.09.2026' }),
      '"3,1"+',
      expect.any(Function),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '„Sprachkurse im Überblick“ ist wieder aufgegriffen, noch nicht erledigt.',
      ),
    );
    const takenUp = screen.getByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' });
    expect(within(takenUp).getByText('Sprachkurse im Überblick')).toBeInTheDocument();
  });

  it('keeps the offer to take “Erledigt” back when the list refuses that, and says so', async () => {
    const refused = new AppError('forbidden', 'Zugriff verweigert', { capability: 'needsList', missing: 'write' });
    const update = jest
      .fn<Promise<ListedNeed>, [Need, string, ((now: Need) => Need)?]>()
      .mockImplementationOnce((n, etag) => Promise.resolve({ need: n, etag: `${etag}+` }))
      .mockRejectedValue(refused);
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), update } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(await screen.findByRole('button', { name: '„Schulung Behördenbriefe“ als erledigt markieren' }));
    await user.click(await screen.findByRole('button', { name: '„Schulung Behördenbriefe“: Erledigt zurücknehmen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '„Schulung Behördenbriefe“ steht in der Liste weiter als erledigt.',
    );
    expect(
      screen.getByRole('button', { name: '„Schulung Behördenbriefe“: Erledigt zurücknehmen' }),
    ).toBeInTheDocument();
  });

  it('keeps a need shown as it was when the list refuses to mark it done, and names what is missing', async () => {
    const refused = new AppError('forbidden', 'Zugriff verweigert', { capability: 'needsList', missing: 'write' });
    const { user } = renderPlanen({
      needs: { list: () => Promise.resolve(NEEDS), update: () => Promise.reject(refused) },
    });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(await screen.findByRole('button', { name: '„Schulung Behördenbriefe“ als erledigt markieren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('„Schulung Behördenbriefe“ ist in der Liste nicht als erledigt vermerkt.');
    expect(alert).toHaveTextContent('Treffpunkt-Bedarfe');
    const open = screen.getByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    expect(within(open).getByText('Schulung Behördenbriefe')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Erledigt zurücknehmen/ })).not.toBeInTheDocument();
  });

  it('says why the needs could not be read, and reads again', async () => {
    const list = jest
      .fn<Promise<ListedNeed[]>, []>()
      .mockRejectedValueOnce(new AppError('throttled', 'Zu viele Anfragen'))
      .mockResolvedValueOnce([]);
    const { user } = renderPlanen({ needs: { list } });
    await screen.findByText('Die Bedarfe konnten nicht geladen werden.');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await screen.findByText(/^Zurzeit ist kein Bedarf offen/);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('records a need by hand: the title is required, the count and the note are sent', async () => {
    const add = jest.fn((n: NewNeed) => Promise.resolve({ need: { ...n, id: '9' }, etag: '"9,1"' }));
    const { user } = renderPlanen({ needs: { list: () => Promise.resolve(NEEDS), add } });
    await user.click(await screen.findByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await user.click(screen.getByRole('button', { name: 'Bedarf von Hand erfassen' }));
    const form = screen.getByRole('form', { name: 'Bedarf von Hand erfassen' });
    await user.click(within(form).getByRole('button', { name: 'Bedarf erfassen' }));
    expect(await within(form).findByText('Bitte den Bedarf in einem kurzen Satz nennen.')).toBeInTheDocument();
    expect(add).not.toHaveBeenCalled();
    await user.type(within(form).getByRole('textbox', { name: /^Bedarf/ }), 'Räume für Sprachcafés');
    const count = within(form).getByRole('spinbutton', { name: 'Von wie vielen Initiativen genannt' });
    await user.clear(count);
    await user.type(count, '2');
    await user.tab();
    await user.type(within(form).getByRole('textbox', { name: 'Notiz zum Bedarf' }), 'Am liebsten zentral.');
    await user.click(within(form).getByRole('button', { name: 'Bedarf erfassen' }));
    await waitFor(() =>
      expect(add).toHaveBeenCalledWith(
        expect.objectContaining({
          title: 'Räume für Sprachcafés',
          initiatives: 2,
          mentions: 1,
          note: 'Am liebsten zentral.',
        }),
      ),
    );
    expect(await within(form).findByRole('status')).toHaveTextContent(
      '„Räume für Sprachcafés“ steht jetzt in der Liste',
    );
  });
});

describe('MarkAsNeed (Protokoll)', () => {
  function renderMinutes(notes: Record<string, string>, gateway: FakeGatewayOptions) {
    render(
      <FluentProvider theme={webLightTheme}>
        <ServicesContext.Provider value={services(gateway)}>
          <MarkAsNeed meeting={plannedMeeting} notes={notes} />
        </ServicesContext.Provider>
      </FluentProvider>,
    );
    return userEvent.setup();
  }
  const initiativen = plannedMeeting.agenda.find((a) => a.role === 'initiativen')!.id;

  it('says when nothing is noted yet', () => {
    renderMinutes({}, {});
    expect(screen.getByText('Zu „Aktuelles aus den Initiativen“ ist noch nichts notiert.')).toBeInTheDocument();
  });

  it('records the picked line: the initiative before the colon counted, a known title merged', async () => {
    const update = jest.fn((n: Need, etag: string) => Promise.resolve({ need: n, etag }));
    const add = jest.fn();
    const user = renderMinutes(
      { [initiativen]: '- Tafel Uslar: Schulung Behördenbriefe\n- Einbeck sucht Sprachpaten' },
      { needs: { list: () => Promise.resolve(NEEDS), update, add } },
    );
    expect(screen.getByText('Bedarf: Schulung Behördenbriefe (Initiative: Tafel Uslar)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zeile als Bedarf erfassen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Als Bedarf erfasst: „Schulung Behördenbriefe“ stand schon in der Liste',
    );
    // Uslar had raised it already: a mention more, no initiative more.
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: '2', mentions: 5, initiatives: 3 }),
      '"2,1"',
      expect.any(Function),
    );
    expect(add).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Zeile aus den Notizen' }), '1');
    expect(screen.getByText('Bedarf: Einbeck sucht Sprachpaten')).toBeInTheDocument();
  });

  it('after a colleague’s change (412), merges the mention into what the need holds now, without reading the list again', async () => {
    const list = jest.fn<Promise<ListedNeed[]>, []>().mockResolvedValue(NEEDS);
    const colleagues = need('2', 'Schulung Behördenbriefe', { initiatives: 3, mentions: 6 }).need;
    // The gateway meets the 412, reads the item (the colleague's version) and writes `again` of it.
    const update = jest.fn<Promise<ListedNeed>, [Need, string, ((now: Need) => Need)?]>((_, __, again) =>
      Promise.resolve({ need: again!(colleagues), etag: '"2,3"' }),
    );
    const user = renderMinutes(
      { [initiativen]: 'Café International: Schulung Behördenbriefe' },
      { needs: { list, update } },
    );
    await user.click(screen.getByRole('button', { name: 'Zeile als Bedarf erfassen' }));
    await screen.findByText(/stand schon in der Liste/);
    expect(update).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ mentions: 5 }), '"2,1"', expect.any(Function));
    expect(await update.mock.results[0]!.value).toMatchObject({ need: { mentions: 7, initiatives: 4 } });
    expect(list).toHaveBeenCalledTimes(1);
  });
});
