import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/config';
import type { PlanningData } from '../domain/lists';
import type { Organiser } from '../domain/organiser';
import type { DocumentFormat, DocumentModel, MadeFile } from '../domain/documents/documentModel';
import type { PlainDate } from '../domain/planning';
import type { Gateway } from '../graph/gateway';
import type { OpenedAppointment } from '../office/appointment';
import type { HostContext } from '../office/officeHost';
import type { DraftsStore } from '../office/browserStore';
import type { KeyValueStore } from '../office/roamingStore';
import type { TabChannel } from '../office/tabChannel';

export interface Clock {
  /** Today in Europe/Berlin. */
  today: () => PlainDate;
  now: () => Date;
}

/** What the composition root hands to the pane. Components never create adapters themselves. */
export interface Services {
  config: AppConfig;
  host: HostContext;
  gateway: Gateway;
  /** Work in progress on this device (autosave), the signed-in user's only; never tokens. */
  drafts: DraftsStore;
  /** This page among the pane's open tabs: its drafts are its own, and it hears of the others' saves. */
  tab?: { id: string; channel: TabChannel };
  /** Topic suggestions from the ribbon command (the mailbox's roaming settings in Outlook). */
  suggestions: KeyValueStore;
  clock: Clock;
  newId: () => string;
  /** Turns a document's model into a file; unset, the renderers (src/documents/make) load on first use. */
  makeDocument?: (model: DocumentModel, format: DocumentFormat) => Promise<MadeFile>;
  /** The Outlook appointment the pane was opened on (its meeting is the one to work on). */
  openedFrom?: OpenedAppointment;
  /**
   * The opening's reads, started by the composition root before the first render (the lists and /me
   * in one round trip). Each is handed out once, to the first attempt; later ones read afresh.
   */
  firstReads?: FirstReads;
}

export interface FirstReads {
  planning: () => Promise<PlanningData> | undefined;
  organiser: () => Promise<Organiser> | undefined;
  /** The organiser, where the opening's round trip has answered already: the header's first paint has the name. */
  organiserNow?: () => Organiser | undefined;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing: render inside <App>.');
  return services;
}
