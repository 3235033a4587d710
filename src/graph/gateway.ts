import type { Client } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import type { AppConfig } from '../config/config';
import { createDefaultViewWriter } from './defaultView';
import { createDirectoryGateway } from './directoryGateway';
import { createEventsGateway } from './eventsGateway';
import { createHistoryGateway } from './historyGateway';
import { createInvitationGateway } from './invitationGateway';
import { createListMemory, type DeviceStore } from './listMemory';
import { createListsGateway } from './listsGateway';
import { createMailGateway } from './mailGateway';
import { createMeGateway } from './meGateway';
import { createPlanningGateway } from './planningGateway';
import { createReadinessGateway } from './readinessGateway';
import { createTodoGateway } from './todoGateway';

export type GatewayConfig = Pick<
  AppConfig,
  'site' | 'listName' | 'venueListName' | 'settingsListName' | 'sharedMailbox' | 'distributionList'
> &
  Partial<Pick<AppConfig, 'sharePointOrigin'>>;

export interface GatewayServices {
  /** For SharePoint's own API (default view), the Mail.Send consent check and the sign-in method. */
  tokenProvider?: TokenProvider;
  /** Where the lists' ids are remembered on this device (the pane's KeyValueStore). */
  store?: DeviceStore;
  fetchFn?: typeof fetch;
}

/** Everything the task pane may ask of Microsoft 365, as domain types. */
export function createGateway(client: Client, config: GatewayConfig, services: GatewayServices = {}) {
  const lists = createListsGateway(client, config.site, createListMemory(config.site, services.store));
  const events = createEventsGateway(client, config.sharedMailbox);
  const directory = createDirectoryGateway(client);
  const listNames = { meetings: config.listName, venues: config.venueListName, settings: config.settingsListName };
  const views =
    services.tokenProvider && config.sharePointOrigin
      ? createDefaultViewWriter({
          origin: config.sharePointOrigin,
          site: config.site,
          tokenProvider: services.tokenProvider,
          ...(services.fetchFn ? { fetchFn: services.fetchFn } : {}),
        })
      : undefined;
  return {
    me: createMeGateway(client),
    planning: createPlanningGateway(lists, listNames, config.distributionList, views),
    events,
    directory,
    invitation: createInvitationGateway(events),
    /** Reminders in Microsoft To Do (a meeting's invitation, at 09:00 on its due date): one per meeting. */
    reminders: createTodoGateway(client),
    history: createHistoryGateway(lists, { meetings: config.listName }),
    mail: createMailGateway(client),
    /** "Verbindung prüfen": a row per capability. */
    readiness: createReadinessGateway({
      client,
      lists,
      listNames,
      directory,
      sharedMailbox: config.sharedMailbox,
      ...(services.tokenProvider ? { tokenProvider: services.tokenProvider } : {}),
      ...(views ? { views } : {}),
    }),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
