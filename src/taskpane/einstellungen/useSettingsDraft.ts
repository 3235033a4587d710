import { useState } from 'react';
import type { TeamSettings } from '../../domain/settings';
import { readDraft, removeDraft, writeDraft } from '../hooks/draftStore';
import { useServices } from '../services';
import { openSettingsDraft, settingsDraftKind } from './keptSettingsDraft';
import type { SettingsDraft } from './settingsForm';

export interface SettingsDraftModel {
  draft: SettingsDraft;
  /** A colleague changed the settings in SharePoint since the typing on this device began. */
  stale: boolean;
  /** Changes one field; kept on this device at once, with the settings the typing started from. */
  set: <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => void;
  /** Starts again from `start`, the settings now in SharePoint; nothing typed is kept. */
  restart: (start: SettingsDraft) => void;
  /** `saved` is in SharePoint now: it is the new base, and the device keeps nothing. */
  saved: (saved: SettingsDraft) => void;
}

/**
 * The settings form's work in progress on this device (draft store `treffpunkt.einstellungen.entwurf`,
 * one for the team: `{ base, draft }`), so that a reload or a closed pane loses nothing typed.
 */
export function useSettingsDraft(settings: TeamSettings): SettingsDraftModel {
  const { drafts } = useServices();
  const [opened] = useState(() => openSettingsDraft(readDraft(drafts, settingsDraftKind), settings));
  const [draft, setDraft] = useState<SettingsDraft>(opened.draft);
  const [base, setBase] = useState<SettingsDraft>(opened.base);

  const set = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    const next: SettingsDraft = { ...draft, [field]: value };
    setDraft(next);
    void writeDraft(drafts, settingsDraftKind, { base, draft: next });
  };
  const saved = (savedDraft: SettingsDraft) => {
    setBase(savedDraft);
    void removeDraft(drafts, settingsDraftKind);
  };
  const restart = (start: SettingsDraft) => {
    setDraft(start);
    saved(start);
  };
  return { draft, stale: opened.stale && base === opened.base, set, restart, saved };
}
