import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../config/config';
import { createDirectoryGateway } from './directoryGateway';
import { createEventsGateway } from './eventsGateway';
import { createHistoryGateway } from './historyGateway';
import { createInvitationGateway } from './invitationGateway';
import { createListsGateway } from './listsGateway';
import { createMailGateway } from './mailGateway';
import { createMeGateway } from './meGateway';
import { createPlanningGateway } from './planningGateway';
import { createTodoGateway } from './todoGateway';

/** Everything the task pane may ask of Microsoft 365, as domain types. */
export function createGateway(
  client: Client,
  config: Pick<
    AppConfig,
    'site' | 'listName' | 'venueListName' | 'settingsListName' | 'sharedMailbox' | 'distributionList'
  >,
) {
  const lists = createListsGateway(client, config.site);
  const events = createEventsGateway(client, config.sharedMailbox);
  return {
    me: createMeGateway(client),
    planning: createPlanningGateway(
      lists,
      { meetings: config.listName, venues: config.venueListName, settings: config.settingsListName },
      config.distributionList,
    ),
    events,
    directory: createDirectoryGateway(client),
    invitation: createInvitationGateway(events),
    /** Reminders in Microsoft To Do (a meeting's invitation, at 09:00 on its due date): one per meeting. */
    reminders: createTodoGateway(client),
    history: createHistoryGateway(lists, { meetings: config.listName }),
    mail: createMailGateway(client),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
