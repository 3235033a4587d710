import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { PlanningModel } from '../../../src/taskpane/meeting/planningModel';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { testConfig } from './renderPane';

/** Everything of the session's model (`PlanningModel`) but the meeting and its `update`. */
export type FixedModel = Omit<PlanningModel, 'meeting' | 'update'>;

/** A fake session's fixed part: saved at `savedAt`, item 7, the default team settings; ids new-1, new-2, … */
export function fixedModel(today: string, savedAt: string, overrides: Partial<FixedModel> = {}): FixedModel {
  let n = 0;
  return {
    today,
    venues: [],
    rotation: { past: [], proposals: [] },
    sync: { status: 'saved', at: savedAt },
    saveNow: jest.fn(),
    resolveConflict: jest.fn(),
    addVenue: jest.fn(),
    newId: () => `new-${++n}`,
    itemRef: { itemId: '7', etag: '"3"' },
    meetings: [],
    openMeeting: jest.fn(() => Promise.resolve()),
    settings: defaultTeamSettings(testConfig.distributionList),
    saveSettings: jest.fn(),
    ...overrides,
  };
}

/**
 * Renders a view's screen with a fake session: real domain functions, the meeting in React state
 * so the screen re-renders; `update` records every change, `latest.meeting` is the meeting now.
 */
export function renderWithModel(options: {
  meeting: Meeting;
  fixed: FixedModel;
  services: Services;
  screen: (model: PlanningModel) => ReactNode;
}) {
  const latest = { meeting: options.meeting };
  const update = jest.fn();
  function Harness() {
    const [meeting, setMeeting] = useState(latest.meeting);
    latest.meeting = meeting;
    const model: PlanningModel = {
      ...options.fixed,
      meeting,
      update: (change, updateOptions) => {
        update(change, updateOptions);
        setMeeting((m) => change(m));
      },
    };
    return (
      <ServicesContext.Provider value={options.services}>
        <FluentProvider theme={webLightTheme}>{options.screen(model)}</FluentProvider>
      </ServicesContext.Provider>
    );
  }
  return { latest, update, render: () => render(<Harness />) };
}
