import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import { readSuggestions, SUGGESTIONS_KEY, type StoredSuggestion } from '../../../src/office/topicSuggestions';
import { useTopicSuggestions } from '../../../src/taskpane/planen/useTopicSuggestions';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { axeViolations } from '../support/axe';
import { fakeGateway, testConfig } from '../support/renderPane';
import type { Need, NewNeed } from '../../../src/domain/needs';
import { SuggestionsSection } from '../../../src/taskpane/planen/components/SuggestionsSection';

const from = (id: string, subject: string, senderName: string, senderAddress: string): StoredSuggestion => ({
  id,
  subject,
  senderName,
  senderAddress,
  receivedAt: '2027-01-12T09:30:00Z',
  suggestedAt: '2027-01-12T10:00:00Z',
});

const uslar = from('s1', 'Sprachcafé Uslar', 'Ayşe Demir', 'ayse.demir@example.org');
const einbeck = from('s2', 'AW: Themenaufruf – Sprachcafé in Uslar?', 'Jonas Weber', 'jonas.weber@example.org');
const bikes = from('s3', 'Fahrradwerkstatt', 'Ayşe Demir', 'ayse.demir@example.org');

function servicesWith(gateway = fakeGateway()): Services {
  let n = 0;
  return {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway,
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => '2027-01-29', now: () => new Date('2027-01-29T09:30:00Z') },
    newId: () => `new-${++n}`,
  };
}

function renderSection(services: Services, acceptSuggestion = jest.fn()) {
  return render(
    <ServicesContext.Provider value={services}>
      <FluentProvider theme={webLightTheme}>
        <SuggestionsSection
          suggestions={[bikes, uslar, einbeck]}
          acceptSuggestion={acceptSuggestion}
          dismissSuggestion={jest.fn()}
          meetingDate="2027-03-16"
        />
      </FluentProvider>
    </ServicesContext.Provider>,
  );
}

describe('Planen: suggestions on the same topic as one', () => {
  it('shows two initiatives on the same topic once, with both names', async () => {
    const acceptSuggestion = jest.fn();
    const { container } = renderSection(servicesWith(), acceptSuggestion);
    const user = userEvent.setup();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Sprachcafé Uslar');
    expect(items[0]).toHaveTextContent('Von Ayşe Demir und Jonas Weber – mehrere Vorschläge zum selben Thema');
    expect(items[1]).toHaveTextContent('Von Ayşe Demir, 12.01.2027');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '„Sprachcafé Uslar“ als Tagesordnungspunkt übernehmen' }));
    expect(acceptSuggestion).toHaveBeenCalledWith('s1');
  });

  it('records a topic as a need, raised by as many as suggested it, without their names', async () => {
    const add = jest.fn((need: NewNeed) => Promise.resolve({ need: { ...need, id: 'n1' }, etag: '"1"' }));
    const update = jest.fn((need: Need) => Promise.resolve({ need, etag: '"2"' }));
    renderSection(servicesWith(fakeGateway({ needs: { list: () => Promise.resolve([]), add, update } })));
    await userEvent.setup().click(screen.getByRole('button', { name: '„Sprachcafé Uslar“ als Bedarf erfassen' }));
    await screen.findByText('„Sprachcafé Uslar“ ist in der Liste der Bedarfe.');
    expect(add.mock.calls[0]![0]).toMatchObject({ title: 'Sprachcafé Uslar', firstRaised: '16.03.2027', raisedBy: [] });
    expect(update.mock.calls[0]![0]).toMatchObject({ id: 'n1', initiatives: 2, mentions: 2 });
    expect(JSON.stringify([add.mock.calls, update.mock.calls])).not.toMatch(/Demir|Weber/);
  });
});

describe('useTopicSuggestions: a topic several suggested', () => {
  function hook() {
    const store = createBrowserStore(null);
    void store.write(SUGGESTIONS_KEY, [uslar, bikes, einbeck]);
    let n = 0;
    const services = {
      config: testConfig,
      host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
      gateway: fakeGateway(),
      drafts: createBrowserStore(null),
      suggestions: store,
      clock: { today: () => '2027-01-29', now: () => new Date('2027-01-29T09:30:00Z') },
      newId: () => `new-${++n}`,
    } satisfies Services;
    let meeting: Meeting = { ...plannedMeeting, agenda: [] };
    const update = (change: (m: Meeting) => Meeting) => {
      meeting = change(meeting);
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
    );
    const { result } = renderHook(() => useTopicSuggestions(update), { wrapper });
    return { result, store, meeting: () => meeting };
  }

  it('takes it into the agenda once, noting each sender on a line of its own, and forgets all its mails', async () => {
    const { result, store, meeting } = hook();
    await act(async () => result.current.acceptSuggestion('s2'));
    expect(meeting().agenda).toHaveLength(1);
    expect(meeting().agenda[0]).toMatchObject({
      title: 'Sprachcafé Uslar',
      note: 'Vorschlag aus einer E-Mail von Ayşe Demir\nVorschlag aus einer E-Mail von Jonas Weber',
    });
    expect(meeting().adoptedSuggestions).toEqual(['s1', 's2']);
    expect(result.current.suggestions.map((s) => s.id)).toEqual(['s3']);
    expect(readSuggestions(store).map((s) => s.id)).toEqual(['s3']);
  });

  it('dismisses the whole topic', async () => {
    const { result, store, meeting } = hook();
    await act(async () => result.current.dismissSuggestion('s1'));
    expect(meeting().agenda).toHaveLength(0);
    expect(readSuggestions(store).map((s) => s.id)).toEqual(['s3']);
  });
});
