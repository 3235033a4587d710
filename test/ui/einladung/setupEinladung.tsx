import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '../../../src/domain/planning';
import type { TeamSettings } from '../../../src/domain/settings';
import type { Reply, StoredEvent } from '../../../src/domain/invitation';
import { createBrowserStore } from '../../../src/office/browserStore';
import { EinladungBody } from '../../../src/taskpane/einladung/EinladungView';
import { en } from '../../../src/taskpane/i18n/en';
import { de } from '../../../src/taskpane/i18n/de';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { StringsContext } from '../../../src/taskpane/i18n/useStrings';
import type { Services } from '../../../src/taskpane/services';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fixedModel, type FixedModel, renderWithModel } from '../support/fakePlanningModel';
import { fakeGateway, type FakeGatewayOptions, testConfig } from '../support/renderPane';

/** The meeting's event as the gateway returns it, with these replies. */
export function storedEvent(replies: Reply[] = [], id = 'evt-1'): StoredEvent {
  return {
    id,
    iCalUId: `uid-${id}`,
    webLink: `https://outlook.office.com/calendar/item/${id}`,
    isCancelled: false,
    replies,
  };
}

export const listReply: Reply = {
  name: 'Ehrenamtskoordination (Verteiler)',
  address: testConfig.distributionList,
  type: 'required',
  state: 'none',
};

export interface SetupOptions {
  meeting?: Meeting;
  /** 2027-02-01 by default: three weeks before the due date (23 February) of the 16 March meeting. */
  today?: string;
  settings?: Partial<TeamSettings>;
  model?: Partial<FixedModel>;
  gateway?: FakeGatewayOptions;
  /** The pane's language ('de' by default), as the App sets it from Outlook's display language. */
  language?: Language;
}

/** The Einladung screen with a fake `usePlanning()`: real domain functions, the meeting in React state. */
export async function setupEinladung(options: SetupOptions = {}) {
  const base = fixedModel(options.today ?? '2027-02-01', '2027-02-01T08:00:00Z', options.model);
  const fixed: FixedModel = { ...base, settings: { ...base.settings, ...options.settings } };
  const gateway = fakeGateway(options.gateway);
  const language = options.language ?? 'de';
  const services: Services = {
    config: testConfig,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false },
    gateway,
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => fixed.today, now: () => new Date('2027-02-01T09:30:00Z') },
    newId: fixed.newId,
  };
  const { latest, update, render } = renderWithModel({
    meeting: options.meeting ?? plannedMeeting,
    fixed,
    services,
    screen: (model) => (
      <LanguageContext.Provider value={language}>
        <StringsContext.Provider value={language === 'en' ? en : de}>
          <EinladungBody model={model} />
        </StringsContext.Provider>
      </LanguageContext.Provider>
    ),
  });
  // Rendered inside act so that what is read on opening is in before the test looks.
  const view = await act(async () => render());
  return { user: userEvent.setup(), update, latest, fixed, gateway, view };
}
