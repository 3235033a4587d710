import type { Client } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';
import type { AppConfig } from '../config/config';
import { TIME_ZONE } from '../domain/planning';
import type { ReadinessRow } from '../domain/readiness';
import { createDefaultViewWriter } from './defaultView';
import type { DirectoryGateway } from './directoryGateway';
import type { DocumentsGateway } from './documentsGateway';
import type { EventsGateway } from './eventsGateway';
import type { HistoryGateway } from './historyGateway';
import type { InvitationGateway } from './invitationGateway';
import { createListMemory, type DeviceStore } from './listMemory';
import { createListsGateway } from './listsGateway';
import type { MailGateway } from './mailGateway';
import { createMeGateway } from './meGateway';
import { createNeedsGateway, withOpenedNeeds } from './needsGateway';
import { createPlanningGateway } from './planningGateway';
import type { ReadinessDeps, ReadinessOptions } from './readinessGateway';
import type { TodoGateway } from './todoGateway';

/**
 * The gateway's public face: the task pane imports from graph/ only this module (plus graphClient in the
 * composition root); what it reads and writes are domain types (domain/).
 */
export type { PlanningGateway } from './planningGateway';
export type { NeedsGateway } from './needsGateway';
/** SharePoint's length limits for what the pane writes: checked before saving, shown at the fields. */
export { fieldLimitProblems, VENUE_TEXT_LIMITS, venueFieldLimitProblems } from './fieldLimits';
export { NEED_TEXT_LIMITS } from './needLimits';
export { meetingRoom } from './fieldRoom';

export type GatewayConfig = Pick<
  AppConfig,
  'site' | 'listName' | 'venueListName' | 'settingsListName' | 'sharedMailbox' | 'distributionList'
> &
  Partial<Pick<AppConfig, 'sharePointOrigin' | 'needsListName'>>;

export interface GatewayServices {
  /** For SharePoint's own API (default view), the Mail.Send consent check and the sign-in method. */
  tokenProvider?: TokenProvider;
  /** Where the lists' ids are remembered on this device (the pane's KeyValueStore). */
  store?: DeviceStore;
  fetchFn?: typeof fetch;
}

/** A part of the gateway built on first use, so its code loads only when a view needs it. */
function onFirstUse<T>(build: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () =>
    (built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    }));
}

/** The names of a gateway part's methods that return promises: those a part built on first call can offer. */
type AsyncMethod<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T];

/**
 * A part of the gateway whose module loads at its first call (every method named is asynchronous, so its
 * callers do not notice): the opening needs none of them, the views that do load them with themselves.
 */
function builtOnFirstCall<T, K extends AsyncMethod<T>>(build: () => Promise<T>, methods: readonly K[]): Pick<T, K> {
  const part = onFirstUse(build);
  const call =
    (name: K) =>
    async (...args: unknown[]) =>
      ((await part())[name] as (...args: unknown[]) => Promise<unknown>)(...args);
  return Object.fromEntries(methods.map((name) => [name, call(name)])) as Pick<T, K>;
}

/** Everything the task pane may ask of Microsoft 365, as domain types. */
export function createGateway(client: Client, config: GatewayConfig, services: GatewayServices = {}) {
  const lists = createListsGateway(client, config.site, createListMemory(config.site, services.store));
  const events = {
    timeZone: TIME_ZONE,
    ...builtOnFirstCall(
      async (): Promise<EventsGateway> =>
        (await import('./eventsGateway')).createEventsGateway(client, config.sharedMailbox),
      ['create', 'get', 'update', 'remove', 'cancel'],
    ),
  };
  const directory = builtOnFirstCall(
    async (): Promise<DirectoryGateway> => (await import('./directoryGateway')).createDirectoryGateway(client),
    ['members'],
  );
  const listNames = {
    meetings: config.listName,
    venues: config.venueListName,
    settings: config.settingsListName,
    needs: config.needsListName ?? 'Treffpunkt-Bedarfe',
  };
  const needs = createNeedsGateway(lists, listNames.needs);
  const views =
    services.tokenProvider && config.sharePointOrigin
      ? createDefaultViewWriter({
          origin: config.sharePointOrigin,
          site: config.site,
          tokenProvider: services.tokenProvider,
          ...(services.fetchFn ? { fetchFn: services.fetchFn } : {}),
        })
      : undefined;
  const mail = onFirstUse(async () => (await import('./mailGateway')).createMailGateway(client));
  const documents = onFirstUse(async () =>
    (await import('./documentsGateway')).createDocumentsGateway(client, config.site),
  );
  const readinessDeps: ReadinessDeps = {
    client,
    lists,
    listNames,
    directory,
    sharedMailbox: config.sharedMailbox,
    documents,
    ...(services.tokenProvider ? { tokenProvider: services.tokenProvider } : {}),
    ...(views ? { views } : {}),
  };
  const readiness = onFirstUse(async () => (await import('./readinessGateway')).createReadinessGateway(readinessDeps));
  return {
    me: createMeGateway(client),
    planning: withOpenedNeeds(createPlanningGateway(lists, listNames, config.distributionList, views), needs),
    /** The needs register (Bedarfe): list, add, update with If-Match; see needsGateway.ts. */
    needs: { list: needs.list, add: needs.add, update: needs.update },
    events,
    directory,
    invitation: builtOnFirstCall(async (): Promise<InvitationGateway> => {
      const [invitation, attachments] = await Promise.all([
        import('./invitationGateway'),
        import('./eventAttachmentsGateway'),
      ]);
      return invitation.createInvitationGateway(
        events,
        attachments.createEventAttachmentsGateway(client, config.sharedMailbox),
      );
    }, ['send', 'sendWithFile', 'holdTheDate', 'update']),
    /** Reminders in Microsoft To Do (a meeting's invitation, at 09:00 on its due date): one per meeting. */
    reminders: builtOnFirstCall(
      async (): Promise<TodoGateway> => (await import('./todoGateway')).createTodoGateway(client),
      ['addReminder'],
    ),
    history: builtOnFirstCall(
      async (): Promise<HistoryGateway> =>
        (await import('./historyGateway')).createHistoryGateway(lists, { meetings: config.listName }),
      ['readPage', 'readMeeting', 'yearCostRows'],
    ),
    /** The minutes mail and the call for topics (loaded on first use; the gateway keeps its memory of uncertain sends). */
    mail: {
      sendMinutes: async (...args: Parameters<MailGateway['sendMinutes']>) => (await mail()).sendMinutes(...args),
      sendCallForTopics: async (...args: Parameters<MailGateway['sendCallForTopics']>) =>
        (await mail()).sendCallForTopics(...args),
    },
    /**
     * The documents in the site's library, a folder per meeting (loaded on first use; the drive's and
     * the folders' ids are kept for the session). See documentsGateway.ts.
     */
    documents: {
      upload: async (...args: Parameters<DocumentsGateway['upload']>) => (await documents()).upload(...args),
      uploadYearReport: async (...args: Parameters<DocumentsGateway['uploadYearReport']>) =>
        (await documents()).uploadYearReport(...args),
    },
    /** "Verbindung prüfen": a row per capability (Einstellungen only: loaded on first use). */
    readiness: {
      check: async (options: ReadinessOptions): Promise<ReadinessRow[]> => (await readiness()).check(options),
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;
