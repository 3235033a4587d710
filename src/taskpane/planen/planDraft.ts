import type { Meeting } from '../../domain/planning';
import type { ItemRef } from '../../graph/planningGateway';
import type { KeyValueStore } from '../../office/roamingStore';

/** The plan as last typed on this device, kept before anything goes to SharePoint. */
export interface PlanDraft {
  meeting: Meeting;
  ref?: ItemRef;
  /** True while SharePoint has not got this version. */
  dirty: boolean;
  /** A create whose answer never came: look for the item before creating again. */
  createUncertain?: boolean;
}

const KEY = 'treffpunkt.planen.entwurf';

export function readDraft(store: KeyValueStore): PlanDraft | undefined {
  const draft = store.read<PlanDraft>(KEY);
  return draft && typeof draft.meeting?.id === 'string' ? draft : undefined;
}

export function writeDraft(store: KeyValueStore, draft: PlanDraft): void {
  void store.write(KEY, draft);
}
